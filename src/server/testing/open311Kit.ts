import { eq } from 'drizzle-orm';
import { regions } from '../db/schema/index.ts';
import { call, createTestApp, login, type TestApp } from './testApp.ts';

// What the Open311 test files share: the app, the village errands are sent to, and form posts.

/** The model village (the demo's first village cadre's): where the tests' errands happen. */
export interface ModelVillage {
  code: string;
  name: string;
  lat: number | null;
  lng: number | null;
}

/** A test app seeded with the demo county, and its model village. */
export async function open311App(): Promise<{ t: TestApp; village: ModelVillage }> {
  const t = await createTestApp({}, { directory: true });
  const cadre = await login(t.app, 'village1');
  const code = (await call(t.app, cadre, 'GET', '/api/v1/auth/me')).json().roles[0].scope as string;
  const [village] = await t
    .ctx()
    .db.select({ code: regions.code, name: regions.name, lat: regions.lat, lng: regions.lng })
    .from(regions)
    .where(eq(regions.code, code));
  if (!village) throw new Error('model village');
  return { t, village };
}

/** POSTs `fields` to `url` as an HTML form (how GeoReport v2 clients send requests). */
export const postForm = (t: TestApp, url: string, fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, regions } from '../../db/schema/index.ts';
import { call, createTestApp, login, type TestApp } from '../../testing/testApp.ts';

// Open311 errands name their resident by phone: a key that keeps naming unknown phones is stopped
// (open311PhoneGuard.ts), so errands cannot probe who is registered.
let t: TestApp;
let village: { lat: number | null; lng: number | null };
const COUNTY = '410599000000';
const postForm = (url: string, fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

beforeAll(async () => {
  t = await createTestApp({}, { directory: true });
  const cadre = await login(t.app, 'village1');
  const code = (await call(t.app, cadre, 'GET', '/api/v1/auth/me')).json().roles[0].scope as string;
  const [row] = await t
    .ctx()
    .db.select({ lat: regions.lat, lng: regions.lng })
    .from(regions)
    .where(eq(regions.code, code));
  if (!row) throw new Error('model village');
  village = row;
}, 180_000);
afterAll(() => t.close());

describe('Open311 phone probing', () => {
  it('stops a key that keeps naming phones no resident has: 429 with Retry-After, other keys and reports unaffected', async () => {
    const county = await login(t.app, 'county');
    const keyOf = async (name: string) =>
      (
        await call(t.app, county, 'POST', '/api/v1/open311-keys', {
          payload: { name, county: COUNTY },
        })
      ).json().apiKey as string;
    const prober = await keyOf('逐个试号码的客户端');
    const honest = await keyOf('另一个客户端');
    const errand = (apiKey: string, phone: string) =>
      postForm('/open311/v2/requests.json', {
        api_key: apiKey,
        service_code: 'svc-02',
        description: '开证明',
        phone,
      });
    // ten numbers that match no resident: each a plain 400
    for (let i = 0; i < 10; i++)
      expect((await errand(prober, `1390000${String(1000 + i)}`)).statusCode).toBe(400);
    // the eleventh errand is refused before any lookup, whatever the number
    const blocked = await errand(prober, '13912345678');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json()[0]).toMatchObject({ code: 429 });
    const before = (await t.ctx().db.select({ id: cases.id }).from(cases)).length;
    // another key still names phones; the same key still files reports that name no one
    expect((await errand(honest, '13900002000')).statusCode).toBe(400);
    const report = await postForm('/open311/v2/requests.json', {
      api_key: prober,
      service_code: 'environment',
      description: '路边垃圾堆积',
      lat: String(village.lat),
      long: String(village.lng),
    });
    expect(report.statusCode, report.body).toBe(200);
    expect((await t.ctx().db.select({ id: cases.id }).from(cases)).length).toBe(before + 1);
    // an hour on, the key's misses have left the window
    t.clock.advanceMinutes(61);
    expect((await errand(prober, '13900003000')).statusCode).toBe(400);
  });
});

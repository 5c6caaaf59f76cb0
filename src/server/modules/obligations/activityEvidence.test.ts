import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityEvidence, auditEvents } from '../../db/schema/index.ts';
import {
  openObligationsFixture,
  STAFF_PASSWORD,
  type ObligationsFixture,
} from '../../testing/obligationsKit.ts';
import { call, login, type Session, type TestApp } from '../../testing/testApp.ts';
import { EVIDENCE_MAX_BYTES } from './activityEvidence.ts';

let fx: ObligationsFixture;
let t: TestApp;
let staff: Session;
let activityId = '';

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const webp = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x24, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(32, 3),
]);

const upload = (s: Session, id: string, data: Buffer, type: string, name = '走访.png') =>
  call(t.app, s, 'POST', `/api/v1/activities/${id}/evidence?name=${encodeURIComponent(name)}`, {
    payload: data,
    headers: { 'content-type': type },
  });
const stored = async () => {
  const db = t.deps.database.db;
  const [files] = await db.select({ n: count() }).from(activityEvidence);
  const [audits] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(eq(auditEvents.action, 'obligations.add_evidence'));
  return { files: files?.n ?? 0, audits: audits?.n ?? 0 };
};

beforeAll(async () => {
  fx = await openObligationsFixture();
  ({ t, staff } = fx);
  const res = await call(t.app, staff, 'POST', '/api/v1/activities', {
    payload: fx.visit({ title: '入户走访（带照片）' }),
  });
  expect(res.statusCode, res.body).toBe(201);
  activityId = (res.json() as { id: string }).id;
}, 120_000);
afterAll(() => t.close());

describe('activity evidence', () => {
  it('keeps a photo with the activity: listed on its detail and in lists, downloaded as sent', async () => {
    const res = await upload(staff, activityId, png, 'image/png');
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json() as { id: string; sha256: string };
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload(staff, activityId, webp, 'image/webp', '门前.webp')).statusCode).toBe(201);

    const detail = (await call(t.app, staff, 'GET', `/api/v1/activities/${activityId}`)).json() as {
      evidence: { id: string; name: string; contentType: string; size: number }[];
    };
    // Both were added at the same test-clock instant: compare without their order.
    expect(detail.evidence.map((e) => [e.name, e.contentType, e.size]).sort()).toEqual([
      ['走访.png', 'image/png', png.length],
      ['门前.webp', 'image/webp', webp.length],
    ]);
    const listed = (
      await call(t.app, staff, 'GET', `/api/v1/activities?subjectId=${fx.pairingId}`)
    ).json() as { items: { id: string; evidence: unknown[] }[] };
    expect(listed.items.find((i) => i.id === activityId)?.evidence).toHaveLength(2);

    const got = await call(
      t.app,
      fx.county,
      'GET',
      `/api/v1/activities/${activityId}/evidence/${file.id}`,
    );
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.rawPayload.equals(png)).toBe(true);
  });

  it('refuses the wrong type (415), a file too large (413) and an empty one (400), writing nothing', async () => {
    const before = await stored();
    const exe = Buffer.from('MZ\x90\x00 this is a program');
    expect((await upload(staff, activityId, exe, 'image/png')).statusCode).toBe(415);
    expect((await upload(staff, activityId, png, 'image/jpeg')).statusCode).toBe(415);
    expect((await upload(staff, activityId, png, 'application/zip')).statusCode).toBe(415);
    expect((await upload(staff, activityId, png, 'image/gif')).statusCode).toBe(415);
    const huge = Buffer.concat([png, Buffer.alloc(EVIDENCE_MAX_BYTES)]);
    expect((await upload(staff, activityId, huge, 'image/png')).statusCode).toBe(413);
    expect((await upload(staff, activityId, Buffer.alloc(0), 'image/png')).statusCode).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it('answers 404 outside the scope, for upload and download, and writes nothing', async () => {
    const before = await stored();
    const [file] = await t.deps.database.db
      .select({ id: activityEvidence.id })
      .from(activityEvidence)
      .limit(1);
    const other = await login(t.app, 'other-unit-staff', STAFF_PASSWORD);
    const villager = await login(t.app, 'villager');
    for (const s of [other, villager]) {
      expect((await upload(s, activityId, png, 'image/png')).statusCode).toBe(404);
      expect(
        (await call(t.app, s, 'GET', `/api/v1/activities/${activityId}/evidence/${file?.id}`))
          .statusCode,
      ).toBe(404);
    }
    // A cadre of the pairing's village records there; one of another village does not see it.
    for (const username of ['village1', 'village2']) {
      const cadre = await login(t.app, username);
      const me = (await call(t.app, cadre, 'GET', '/api/v1/auth/me')).json() as {
        roles: { scope: string }[];
      };
      const own = me.roles[0]?.scope === fx.village;
      expect((await upload(cadre, activityId, png, 'image/png')).statusCode).toBe(own ? 201 : 404);
      if (own) {
        before.files++;
        before.audits++;
      }
    }
    expect(await stored()).toEqual(before);
  });

  it('takes at most nine files per activity (409 after)', async () => {
    let held = (await stored()).files;
    while (held < 9) {
      expect((await upload(staff, activityId, png, 'image/png')).statusCode).toBe(201);
      held++;
    }
    expect((await upload(staff, activityId, png, 'image/png')).statusCode).toBe(409);
    expect((await stored()).files).toBe(9);
  });
});

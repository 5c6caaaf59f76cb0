import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../db/schema/index.ts';
import { open311App, postForm as postFormTo, type ModelVillage } from '../../testing/open311Kit.ts';
import { call, login, type TestApp } from '../../testing/testApp.ts';

// Open311 errands name their resident by phone: a key that keeps naming unknown phones is stopped
// (open311PhoneGuard.ts), so errands cannot probe who is registered.
let t: TestApp;
let village: ModelVillage;
const COUNTY = '410599000000';
const postForm = (url: string, fields: Record<string, string>) => postFormTo(t, url, fields);

beforeAll(async () => {
  ({ t, village } = await open311App());
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

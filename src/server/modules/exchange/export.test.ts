import { beforeAll, describe, expect, it } from 'vitest';
import { call, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { rowsOf, exchangeSessions } from '../../testing/exchangeKit.ts';

const t = useTestApp({}, { directory: true });
let county: Session;
let cadre: Session;
let village: string;
let otherVillage: string;

beforeAll(async () => {
  ({ county, cadre, village, otherVillage } = await exchangeSessions(t));
});

async function exported(session: Session, url: string) {
  const res = await call(t.app, session, 'GET', url);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  return rowsOf(res.rawPayload);
}

describe('export', () => {
  it('exports the filtered person list with ID numbers and phones masked', async () => {
    const rows = await exported(county, `/api/v1/exchange/export/persons?region=${village}`);
    const list = (
      await call(t.app, county, 'GET', `/api/v1/persons?region=${village}&pageSize=1`)
    ).json() as { total: number };
    expect(rows[0]?.slice(0, 4)).toEqual(['姓名', '身份证号', '手机号', '所在村（区划代码）']);
    expect(rows.length - 1).toBe(list.total);
    for (const row of rows.slice(1)) {
      expect(row[3]).toBe(village);
      expect(String(row[1])).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
      if (row[2] !== null) expect(String(row[2])).toMatch(/^\d{3}\*{4}\d{4}$/);
    }
    const veterans = await exported(
      county,
      `/api/v1/exchange/export/persons?region=${village}&tag=veteran`,
    );
    expect(veterans.length).toBeLessThan(rows.length);
    for (const row of veterans.slice(1)) expect(String(row[5])).toContain('退役军人');
  });

  it('a village cadre exports only their village; another village answers 404', async () => {
    const rows = await exported(cadre, '/api/v1/exchange/export/households');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row[1]).toBe(village);
    expect(
      (await call(t.app, cadre, 'GET', `/api/v1/exchange/export/persons?region=${otherVillage}`))
        .statusCode,
    ).toBe(404);
    expect(
      (await call(t.app, cadre, 'GET', '/api/v1/exchange/export/households?partyMember=true'))
        .statusCode,
    ).toBe(400);
  });
});

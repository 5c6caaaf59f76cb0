import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { villageNeeds } from '../../../domain/planning/pairing/villageNeeds.ts';
import { CAPABILITY_TAGS } from '../../../domain/directory/unitKinds.ts';
import { INDUSTRIES } from '../../../domain/directory/industries.ts';
import { auditEvents, pairings } from '../../db/schema/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import type { PairingPlanResult } from './pairingPlanning.ts';

const COUNTY = '410599000000';
const t = useTestApp({}, { directory: true }, 120_000);
let county: Session;

async function settle(
  jobId: string,
): Promise<{ status: string; result: unknown; message: string | null }> {
  for (let i = 0; i < 300; i++) {
    const job = (await call(t.app, county, 'GET', `/api/v1/jobs/${jobId}`)).json();
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('job did not finish');
}

async function plan(payload: unknown): Promise<PairingPlanResult> {
  const started = await call(t.app, county, 'POST', '/api/v1/planning/pairings', { payload });
  expect(started.statusCode, started.body).toBe(202);
  const job = await settle(started.json().jobId);
  expect(job.status, job.message ?? '').toBe('succeeded');
  return job.result as PairingPlanResult;
}

beforeAll(async () => {
  // The small demo's own pairings (seedObligations.ts) would take 2 of its 6 units: the planner is
  // tested on a county that has adopted none yet.
  await t.deps.database.db.delete(pairings);
  county = await login(t.app, 'county');
}, 120_000);

describe('village needs', () => {
  it('maps every industry to capability tags that exist, and very weak villages to finance', () => {
    const tags = new Set<string>(CAPABILITY_TAGS.map((c) => c.code));
    for (const industry of INDUSTRIES) {
      const needs = villageNeeds([industry.code], 0.5);
      expect(needs.length, industry.code).toBeGreaterThan(0);
      expect(needs.every((n) => tags.has(n))).toBe(true);
    }
    expect(villageNeeds(['tourism'], 0.2)).toEqual(['cultureTourism', 'finance']);
    expect(villageNeeds(['apple', 'grape'], 0.35)).toEqual(['agriculture', 'ecommerce']);
  });
});

describe('pairing planning', () => {
  it('pairs the county’s units with the villages given, then adopts the pairs once', async () => {
    const villages = (
      await call(t.app, county, 'GET', `/api/v1/regions?parent=410599100000`)
    ).json();
    const codes = (villages.items as { code: string }[])
      .map((v) => v.code)
      .filter((c) => Number(c.slice(9)) >= 200)
      .slice(0, 2);
    expect(codes.length).toBe(2);
    const result = await plan({
      region: COUNTY,
      villages: codes.map((code) => ({ code, needs: ['agriculture', 'finance'] })),
    });
    expect(result.pairs.length).toBeGreaterThan(0);
    expect(
      result.pairs.every((p) => p.unitName && p.villageName && codes.includes(p.village)),
    ).toBe(true);
    const perVillage = new Map<string, number>();
    for (const p of result.pairs) perVillage.set(p.village, (perVillage.get(p.village) ?? 0) + 1);
    expect(Math.max(...perVillage.values())).toBeLessThanOrEqual(2);

    const payload = {
      pairs: result.pairs.map((p) => ({ unit: p.unit, village: p.village })),
      periodStart: '2025-07-01',
      periodEnd: '2027-06-30',
    };
    const adopted = await call(t.app, county, 'POST', '/api/v1/planning/pairings/adopt', {
      payload,
    });
    expect(adopted.statusCode, adopted.body).toBe(201);
    expect(adopted.json().pairings).toHaveLength(result.pairs.length);
    const db = t.deps.database.db;
    expect(await db.select().from(pairings)).toHaveLength(result.pairs.length);
    expect(
      await db.select().from(auditEvents).where(eq(auditEvents.action, 'pairing.adopt')),
    ).toHaveLength(result.pairs.length);
    expect(
      (await call(t.app, county, 'POST', '/api/v1/planning/pairings/adopt', { payload }))
        .statusCode,
    ).toBe(409);
    const listed = (await call(t.app, county, 'GET', `/api/v1/pairings?region=${COUNTY}`)).json();
    expect(listed.items).toHaveLength(result.pairs.length);
    expect(listed.items[0]).toMatchObject({ periodStart: '2025-07-01', periodEnd: '2027-06-30' });
  });

  it('counts adopted pairings: a paired unit is not proposed again, a village only gets its free slots', async () => {
    const listed = (await call(t.app, county, 'GET', `/api/v1/regions?parent=410599100000`)).json();
    const codes = (listed.items as { code: string }[])
      .map((v) => v.code)
      .filter((c) => Number(c.slice(9)) >= 200)
      .slice(2, 4);
    expect(codes.length).toBe(2);
    const [paired, fresh] = codes as [string, string];
    const villages = codes.map((code) => ({ code, needs: ['agriculture', 'finance'] }));
    const before = await plan({ region: COUNTY, villages });
    const first = before.pairs.find((p) => p.village === paired);
    expect(first).toBeDefined();
    const adopted = await call(t.app, county, 'POST', '/api/v1/planning/pairings/adopt', {
      payload: { pairs: [{ unit: first?.unit, village: paired }], periodStart: '2025-07-01' },
    });
    expect(adopted.statusCode, adopted.body).toBe(201);
    // the units adopted in the first test (pairs that end 2027-06-30) are taken too
    const busy = new Set(
      (await t.deps.database.db.select({ unit: pairings.unitId }).from(pairings)).map(
        (r) => r.unit,
      ),
    );
    // even a strong explicit fit does not bring the paired unit back
    const fit = [{ unit: first?.unit, village: fresh, value: 100 }];
    const after = await plan({ region: COUNTY, villages, fit });
    expect(after.pairs.length).toBeGreaterThan(0);
    expect(after.pairs.filter((p) => busy.has(p.unit))).toEqual([]);
    expect(after.pairs.filter((p) => p.village === paired)).toHaveLength(1);
    expect(after.pairs.filter((p) => p.village === fresh).length).toBeLessThanOrEqual(2);
    expect(after.unfilled.find((u) => u.village === paired)?.missing ?? 0).toBe(0);
    // a pairing that has ended frees its unit again
    await t.deps.database.db
      .update(pairings)
      .set({ periodEnd: '2025-12-31' })
      .where(eq(pairings.unitId, first?.unit ?? ''));
    const freed = await plan({ region: COUNTY, villages, fit });
    expect(freed.pairs).toContainEqual(
      expect.objectContaining({ unit: first?.unit, village: fresh, fit: 100 }),
    );
  });

  it('derives the key villages and their needs when none are given', async () => {
    const result = await plan({ region: COUNTY, slotsPerVillage: 1 });
    expect(
      result.pairs.length + result.unfilled.reduce((n, u) => n + u.missing, 0),
    ).toBeGreaterThan(0);
  });

  it('refuses bad input, out-of-scope regions and other roles', async () => {
    const post = (url: string, payload: unknown, who = county) =>
      call(t.app, who, 'POST', url, { payload });
    expect(
      (
        await post('/api/v1/planning/pairings', {
          region: COUNTY,
          villages: [{ code: '410599100201', needs: ['magic'] }],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await post('/api/v1/planning/pairings', {
          region: COUNTY,
          villages: [{ code: '410598101201', needs: ['finance'] }],
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await post('/api/v1/planning/pairings', {
          region: COUNTY,
          fit: [
            { unit: '00000000-0000-7000-8000-000000000000', village: '410599100201', value: 1 },
          ],
        })
      ).statusCode,
    ).toBe(400);
    expect((await post('/api/v1/planning/pairings', { region: '420199000000' })).statusCode).toBe(
      404,
    );
    expect(
      (
        await post('/api/v1/planning/pairings/adopt', {
          pairs: [{ unit: '00000000-0000-7000-8000-000000000000', village: '410599100201' }],
          periodStart: '2025-07-01',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await post('/api/v1/planning/pairings/adopt', {
          pairs: [{ unit: '00000000-0000-7000-8000-000000000000', village: '410599100201' }],
          periodStart: '2025-02-30',
        })
      ).statusCode,
    ).toBe(400);
    const township = await login(t.app, 'township');
    expect((await post('/api/v1/planning/pairings', { region: COUNTY }, township)).statusCode).toBe(
      403,
    );
    expect(
      (await call(t.app, township, 'GET', `/api/v1/pairings?region=${COUNTY}`)).statusCode,
    ).toBe(404);
  });
});

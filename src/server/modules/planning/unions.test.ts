import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { checkUnionPlan } from '../../../domain/planning/unions/checkUnionPlan.ts';
import type { UnionPlan } from '../../../domain/planning/unions/types.ts';
import { validateUnionInput } from '../../../domain/planning/unions/validateUnionInput.ts';
import { auditEvents, unions, unionVillages } from '../../db/schema/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { clearDemoUnions } from '../../seed/seedUnions.ts';
import type { UnionPlanResult } from './unionPlanning.ts';

const COUNTY = '410599000000';
// The small county has ~150 people a village: rules scaled to it.
const rules = {
  minPopulation: 300,
  maxPopulation: 800,
  maxDistanceKm: 200,
  minSize: 2,
  maxSize: 4,
};
const t = useTestApp({}, { directory: true }, 120_000);
let county: Session;
let plan: UnionPlan;
let result: UnionPlanResult;

async function settle(
  session: Session,
  jobId: string,
): Promise<{ status: string; result: unknown; message: string | null }> {
  for (let i = 0; i < 600; i++) {
    const job = (await call(t.app, session, 'GET', `/api/v1/jobs/${jobId}`)).json();
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
}

beforeAll(async () => {
  // The small demo's own unions (seedUnions.ts) hold its township's villages: the planner is tested
  // on a county that has adopted none yet.
  await clearDemoUnions(t.deps.database.db);
  county = await login(t.app, 'county');
  const started = await call(t.app, county, 'POST', '/api/v1/planning/unions', {
    payload: { region: COUNTY, rules, timeLimitSeconds: 3 },
  });
  expect(started.statusCode).toBe(202);
  const job = await settle(county, started.json().jobId);
  expect(job.status, job.message ?? '').toBe('succeeded');
  result = job.result as UnionPlanResult;
  plan = result.plan;
}, 120_000);

describe('union planning', () => {
  it('plans the county’s villages (no communities) with no rule broken', () => {
    expect(result.villages.length).toBeGreaterThan(2);
    expect(result.villages.every((v) => Number(v.code.slice(9)) >= 200)).toBe(true);
    expect(plan.unions.length).toBeGreaterThan(0);
    expect(
      checkUnionPlan(validateUnionInput({ rules: result.rules, villages: result.villages }), plan),
    ).toEqual([]);
  });

  it('refuses bad requests before a job starts', async () => {
    const post = (payload: unknown) =>
      call(t.app, county, 'POST', '/api/v1/planning/unions', { payload });
    expect((await post({ region: COUNTY, rules: { minSize: 5, maxSize: 3 } })).statusCode).toBe(
      400,
    );
    expect((await post({ region: COUNTY, rules: { colour: 1 } })).statusCode).toBe(400);
    expect((await post({ region: COUNTY, timeLimitSeconds: 0 })).statusCode).toBe(400);
    expect((await post({ region: '420199000000' })).statusCode).toBe(404);
    expect((await post({ region: result.villages[0]?.code })).statusCode).toBe(400);
    const township = await login(t.app, 'township');
    expect(
      (
        await call(t.app, township, 'POST', '/api/v1/planning/unions', {
          payload: { region: COUNTY },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('rechecks a manual move live', async () => {
    const groups = plan.unions.map((u) => ({ lead: u.lead, members: u.members }));
    const ok = (
      await call(t.app, county, 'POST', '/api/v1/planning/unions/check', {
        payload: { region: COUNTY, rules, unions: groups },
      })
    ).json();
    expect(ok.violations).toEqual([]);
    expect(ok.cost).toBeCloseTo(plan.cost, 6);
    // Every village of the county crammed into the first union: too many, too populous, other townships.
    const first = groups[0];
    if (!first) throw new Error('no union');
    const crammed = [{ lead: first.lead, members: result.villages.map((v) => v.code) }];
    const bad = (
      await call(t.app, county, 'POST', '/api/v1/planning/unions/check', {
        payload: { region: COUNTY, rules, unions: crammed },
      })
    ).json();
    expect(bad.violations.map((v: { code: string }) => v.code)).toEqual(
      expect.arrayContaining(['size', 'population', 'township']),
    );
    expect(
      bad.violations.every(
        (v: { union: string; unionIndex: number }) => v.union === first.lead && v.unionIndex === 0,
      ),
    ).toBe(true);
    expect(bad.violations.find((v: { code: string }) => v.code === 'size')).toEqual({
      code: 'size',
      unionIndex: 0,
      union: first.lead,
      actual: result.villages.length,
      min: rules.minSize,
      max: rules.maxSize,
    });
    const population = result.villages.reduce((sum, v) => sum + v.population, 0);
    expect(bad.violations.find((v: { code: string }) => v.code === 'population')).toMatchObject({
      actual: population,
      min: result.rules.minPopulation,
      max: result.rules.maxPopulation,
    });
    const unknown = await call(t.app, county, 'POST', '/api/v1/planning/unions/check', {
      payload: { region: COUNTY, unions: [{ lead: '410599101001', members: [] }] },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('adopts a valid plan once, and nothing of a plan that breaks a rule', async () => {
    const first = plan.unions[0];
    if (!first) throw new Error('no union');
    const db = t.deps.database.db;
    const crammed = [{ lead: first.lead, members: result.villages.map((v) => v.code) }];
    const refused = await call(t.app, county, 'POST', '/api/v1/planning/unions/adopt', {
      payload: { region: COUNTY, rules, unions: crammed },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.violations.length).toBeGreaterThan(0);
    expect(await db.select().from(unions)).toHaveLength(0);

    const payload = {
      region: COUNTY,
      rules,
      unions: plan.unions.map((u, k) => ({
        lead: u.lead,
        members: u.members,
        ...(k === 0 ? { name: '测试联建' } : {}),
      })),
    };
    const adopted = await call(t.app, county, 'POST', '/api/v1/planning/unions/adopt', { payload });
    expect(adopted.statusCode).toBe(201);
    const body = adopted.json();
    expect(body.unions).toHaveLength(plan.unions.length);
    expect(body.unions[0]).toMatchObject({
      name: '测试联建',
      lead: first.lead,
      members: first.members,
    });
    expect(await db.select().from(unionVillages)).toHaveLength(
      plan.unions.reduce((n, u) => n + u.members.length, 0),
    );
    expect(
      await db.select().from(auditEvents).where(eq(auditEvents.action, 'union.adopt')),
    ).toHaveLength(plan.unions.length);

    const again = await call(t.app, county, 'POST', '/api/v1/planning/unions/adopt', {
      payload: { region: COUNTY, rules, unions: [{ lead: first.lead, members: first.members }] },
    });
    expect(again.statusCode).toBe(409);
    expect(await db.select().from(unions)).toHaveLength(plan.unions.length);

    const listed = (await call(t.app, county, 'GET', `/api/v1/unions?region=${COUNTY}`)).json();
    expect(listed.items).toHaveLength(plan.unions.length);
    const mine = listed.items.find((u: { id: string }) => u.id === body.unions[0].id);
    expect(mine.members[0]).toBe(first.lead);
    expect([...mine.members].sort()).toEqual([...first.members].sort());
    expect(mine.villages[0].name).toBe(result.villages.find((v) => v.code === first.lead)?.name);
  });
});

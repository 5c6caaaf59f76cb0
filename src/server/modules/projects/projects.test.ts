import { beforeAll, describe, expect, it } from 'vitest';
import {
  activities,
  auditEvents,
  pairings,
  projectFunds,
  projectMilestones,
  projectOutcomes,
  projects,
  projectSpends,
  projectVillages,
} from '../../db/schema/index.ts';
import {
  COUNTY,
  rootCtx,
  rowCounts,
  sessionWithRole,
  V1,
  V2,
  W1,
  W2,
  villageMetric,
} from '../../testing/fixtureCounty.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import '../evaluation/metricProviders.ts';
import { insertUnion } from '../unions/insertUnion.ts';
import { createUnit } from '../units/service.ts';
import type { ProjectDetail } from './views.ts';

// The hand-written county: 红旗镇 (410599101000) holds V1 and V2; 青山乡 holds W1 and W2, a union.
const PASSWORD = 'Projects#Pass2026';

const t = useTestApp({}, {}, 120_000);
let county: Session;
let village1: Session;
let village2: Session;
let auditor: Session;
let staff: Session;
let unionCadre: Session;
let pairingId = '';
let unionId = '';

beforeAll(async () => {
  const ctx = rootCtx(t);
  const unit = await createUnit(ctx, {
    name: '县农业农村局',
    kind: 'agency',
    regionCode: COUNTY,
    capabilities: ['agriculture'],
  });
  pairingId = uuidv7(ctx.clock().getTime());
  await ctx.db.insert(pairings).values({
    id: pairingId,
    regionCode: V2,
    countyCode: '410599',
    unitId: unit.id,
    villageCode: V2,
    periodStart: '2026-01-01',
    periodEnd: null,
    leaderPersonId: null,
    createdAt: ctx.clock(),
  });
  const union = await insertUnion(ctx, {
    regionCode: '410599201000',
    name: '青山联建',
    lead: W1,
    members: [W1, W2],
    form: 'projectDriven',
    org: { type: 'unionCommittee' },
  });
  unionId = union.id;
  county = await login(t.app, 'county');
  village1 = await login(t.app, 'village1');
  village2 = await login(t.app, 'village2');
  const account = (username: string, role: string, scope: string) =>
    sessionWithRole(t, county, { username, password: PASSWORD, role, scope });
  auditor = await account('proj-auditor', 'auditor', COUNTY);
  staff = await account('proj-staff', 'unit_staff', `unit:${unit.id}`);
  unionCadre = await account('proj-union', 'union_cadre', `union:${unionId}`);
}, 120_000);

const send = (
  s: Session,
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) => call(t.app, s, method, url, payload === undefined ? {} : { payload });
const get = (s: Session, url: string) => call(t.app, s, 'GET', url);

/** Row counts of everything a project write touches: a refused write changes none of them. */
const footprint = () =>
  rowCounts(t.deps.database.db, {
    projects: projects,
    villages: projectVillages,
    funds: projectFunds,
    milestones: projectMilestones,
    spends: projectSpends,
    outcomes: projectOutcomes,
    activities: activities,
    audit: auditEvents,
  });

let projectId = '';
let milestoneIds: string[] = [];

describe('a project from creation to its roll-up', () => {
  it('creates a project with budget lines and weighted milestones, progress 1×100 + 3×20 over 4 = 40', async () => {
    const res = await send(county, 'POST', '/api/v1/projects', {
      name: '村道亮化工程',
      type: 'infrastructure',
      status: 'ongoing',
      key: true,
      villages: [V1],
      startsOn: '2026-03-01',
      endsOn: '2026-12-31',
      funds: [
        { source: 'fiscal', budget: 500_000 },
        { source: 'partyFees', budget: 50_000 },
        { source: 'social', budget: 200_000 },
      ],
      milestones: [
        { name: '立项审批', weight: 1, progress: 100 },
        { name: '路灯安装', weight: 3, progress: 20, dueOn: '2026-10-31' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json() as ProjectDetail;
    projectId = p.id;
    milestoneIds = p.milestones.map((m) => m.id);
    expect(p).toMatchObject({
      regionCode: V1,
      villages: [{ code: V1 }],
      progress: 40,
      budget: 750_000,
      spent: 0,
      abilities: { update: true },
    });
    expect(p.milestones.map((m) => m.name)).toEqual(['立项审批', '路灯安装']);
  });

  it('sums recorded spend per source against its budget and flags the overspent source', async () => {
    for (const spend of [
      { source: 'fiscal', amount: 120_000, spentOn: '2026-04-10' },
      { source: 'social', amount: 150_000, spentOn: '2026-05-10' },
      { source: 'social', amount: 100_000, spentOn: '2026-06-10', note: '追加灯杆' },
    ]) {
      const res = await send(county, 'POST', `/api/v1/projects/${projectId}/spends`, spend);
      expect(res.statusCode, res.body).toBe(201);
    }
    const p = (await get(county, `/api/v1/projects/${projectId}`)).json() as ProjectDetail;
    expect(p.funds).toEqual({
      lines: [
        { source: 'fiscal', budget: 500_000, spent: 120_000 },
        { source: 'partyFees', budget: 50_000, spent: 0 },
        { source: 'social', budget: 200_000, spent: 250_000 },
      ],
      budget: 750_000,
      spent: 370_000,
      spentShare: 49.3,
      overBudget: ['social'],
    });
    expect(p.spends.map((s) => s.spentOn)).toEqual(['2026-06-10', '2026-05-10', '2026-04-10']);
    const listed = (await get(county, '/api/v1/projects')).json() as {
      items: { id: string; budget: number; spent: number }[];
    };
    expect(listed.items.find((i) => i.id === projectId)).toMatchObject({
      budget: 750_000,
      spent: 370_000,
    });
  });

  it('rolls a milestone’s new progress and a weighted child project up into the parent', async () => {
    const moved = await send(
      county,
      'PATCH',
      `/api/v1/projects/${projectId}/milestones/${milestoneIds[1]}`,
      { progress: 60 },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    // (1×100 + 3×60) / 4 = 70
    expect((moved.json() as ProjectDetail).progress).toBe(70);
    const child = await send(county, 'POST', '/api/v1/projects', {
      name: '亮化二期',
      type: 'infrastructure',
      villages: [V1],
      parentId: projectId,
      weight: 2,
      startsOn: '2026-06-01',
      milestones: [
        { name: '采购', weight: 1, progress: 100 },
        { name: '安装', weight: 1, progress: 0 },
      ],
    });
    expect(child.statusCode, child.body).toBe(201);
    expect((child.json() as ProjectDetail).progress).toBe(50);
    const p = (await get(county, `/api/v1/projects/${projectId}`)).json() as ProjectDetail;
    // (1×100 + 3×60 + 2×50) / 6 = 63.33…
    expect(p.progress).toBe(63.3);
    expect(p.children).toEqual([
      { id: (child.json() as ProjectDetail).id, name: '亮化二期', weight: 2, progress: 50 },
    ]);
    // A child takes no children of its own.
    const grandchild = await send(county, 'POST', '/api/v1/projects', {
      name: '三级项目',
      type: 'infrastructure',
      villages: [V1],
      parentId: (child.json() as ProjectDetail).id,
      startsOn: '2026-06-01',
    });
    expect(grandchild.statusCode).toBe(400);
    const removed = await send(
      county,
      'DELETE',
      `/api/v1/projects/${projectId}/milestones/${milestoneIds[0]}`,
    );
    // (3×60 + 2×50) / 5 = 56
    expect((removed.json() as ProjectDetail).progress).toBe(56);
  });

  it('records a 人大 inspection as an activity naming the project and shows this quarter as inspected', async () => {
    const before = (await get(county, `/api/v1/projects/${projectId}`)).json() as ProjectDetail;
    expect(before.inspection).toEqual({ quarter: '2026-Q4', inspected: false });
    const res = await send(county, 'POST', '/api/v1/activities', {
      subjectKind: 'village',
      subjectId: V1,
      activityType: 'inspection',
      occurredOn: '2026-11-10',
      title: '县人大代表视察村道亮化工程',
      outcome: '进度符合计划，建议加快二期采购',
      projectId,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ projectId, activityType: 'inspection' });
    const p = (await get(county, `/api/v1/projects/${projectId}`)).json() as ProjectDetail;
    expect(p.inspections).toEqual([
      {
        id: (res.json() as { id: string }).id,
        occurredOn: '2026-11-10',
        title: '县人大代表视察村道亮化工程',
        villageCode: V1,
        outcome: '进度符合计划，建议加快二期采购',
      },
    ]);
    expect(p.inspection).toEqual({ quarter: '2026-Q4', inspected: true });
  });

  it('refuses an activity naming a project that does not serve its village, writing nothing', async () => {
    const before = await footprint();
    const res = await send(county, 'POST', '/api/v1/activities', {
      subjectKind: 'village',
      subjectId: V2,
      activityType: 'inspection',
      occurredOn: '2026-11-10',
      title: '视察',
      projectId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('body.projectId');
    expect(await footprint()).toEqual(before);
  });

  it('lists projects by type, village and status, paged', async () => {
    await send(county, 'POST', '/api/v1/projects', {
      name: '食用菌大棚',
      type: 'industry',
      villages: [V2],
      startsOn: '2026-02-01',
    });
    const all = (await get(county, '/api/v1/projects?pageSize=2')).json() as {
      items: { name: string }[];
      total: number;
    };
    expect(all.total).toBe(3);
    expect(all.items.map((i) => i.name)).toEqual(['亮化二期', '村道亮化工程']);
    const industry = (await get(county, '/api/v1/projects?type=industry')).json() as {
      items: { name: string }[];
    };
    expect(industry.items.map((i) => i.name)).toEqual(['食用菌大棚']);
    const inV2 = (await get(county, `/api/v1/projects?region=${V2}`)).json() as { total: number };
    expect(inV2.total).toBe(1);
    const ongoing = (await get(county, '/api/v1/projects?status=ongoing')).json() as {
      items: { name: string }[];
    };
    expect(ongoing.items.map((i) => i.name)).toEqual(['村道亮化工程']);
    const page2 = (await get(county, '/api/v1/projects?pageSize=2&page=2')).json() as {
      items: { name: string }[];
    };
    expect(page2.items.map((i) => i.name)).toEqual(['食用菌大棚']);
  });
});

describe('who sees and changes a project', () => {
  it('tells the list who may start a project: writers yes, a reader who only audits no', async () => {
    const mayCreate = async (s: Session) =>
      ((await get(s, '/api/v1/projects')).json() as { abilities: { create: boolean } }).abilities
        .create;
    expect(await mayCreate(county)).toBe(true);
    expect(await mayCreate(village1)).toBe(true);
    expect(await mayCreate(staff)).toBe(true);
    expect(await mayCreate(unionCadre)).toBe(true);
    expect(await mayCreate(auditor)).toBe(false);
  });

  it('answers 404 to a village cadre of another village and 403 to an auditor who reads it', async () => {
    expect((await get(village2, `/api/v1/projects/${projectId}`)).statusCode).toBe(404);
    expect(
      (await send(village2, 'PATCH', `/api/v1/projects/${projectId}`, { name: '改名' })).statusCode,
    ).toBe(404);
    const read = await get(auditor, `/api/v1/projects/${projectId}`);
    expect(read.statusCode).toBe(200);
    expect((read.json() as ProjectDetail).abilities.update).toBe(false);
    expect(
      (await send(auditor, 'PATCH', `/api/v1/projects/${projectId}`, { name: '改名' })).statusCode,
    ).toBe(403);
    const v1 = (await get(village1, '/api/v1/projects')).json() as { items: { name: string }[] };
    expect(v1.items.map((i) => i.name).sort()).toEqual(['亮化二期', '村道亮化工程']);
  });

  it('lets a unit’s staff run their pairing’s project, and nothing else', async () => {
    const made = await send(staff, 'POST', '/api/v1/projects', {
      name: '冷链仓储',
      type: 'industry',
      pairingId,
      startsOn: '2026-04-01',
      funds: [{ source: 'social', budget: 80_000 }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const p = made.json() as ProjectDetail;
    expect(p.villages.map((v) => v.code)).toEqual([V2]);
    expect(p.pairing).toEqual({ id: pairingId, name: `县农业农村局 ↔ ${p.villages[0]?.name}` });
    const list = (await get(staff, '/api/v1/projects')).json() as { items: { id: string }[] };
    expect(list.items.map((i) => i.id)).toEqual([p.id]);
    expect((await get(staff, `/api/v1/projects/${projectId}`)).statusCode).toBe(404);
    // A pairing's project serves the pairing's village only.
    const stray = await send(staff, 'POST', '/api/v1/projects', {
      name: '越界项目',
      type: 'industry',
      pairingId,
      villages: [V1],
      startsOn: '2026-04-01',
    });
    expect(stray.statusCode).toBe(400);
  });

  it('lets a union cadre run the union’s projects, with the union’s villages', async () => {
    const made = await send(unionCadre, 'POST', '/api/v1/projects', {
      name: '联建果蔬合作社',
      type: 'industry',
      unionId,
      startsOn: '2026-01-15',
      milestones: [{ name: '建棚', weight: 2, progress: 50 }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const p = made.json() as ProjectDetail;
    expect(p).toMatchObject({
      regionCode: '410599201000',
      union: { id: unionId, name: '青山联建' },
      abilities: { update: true },
    });
    expect(p.villages.map((v) => v.code)).toEqual([W1, W2]);
    expect((await get(unionCadre, `/api/v1/projects/${projectId}`)).statusCode).toBe(404);
    const income = await send(unionCadre, 'PUT', `/api/v1/projects/${p.id}/outcomes/2026`, {
      incomeAdded: 300_000,
      householdsBenefiting: 120,
    });
    expect(income.statusCode, income.body).toBe(200);
    expect((income.json() as ProjectDetail).outcomes).toEqual([
      { year: 2026, incomeAdded: 300_000, householdsBenefiting: 120 },
    ]);
  });
});

describe('bad input', () => {
  it('answers 4xx and changes nothing', async () => {
    const before = await footprint();
    const tries: [Session, 'POST' | 'PATCH' | 'PUT', string, unknown, number][] = [
      [
        county,
        'POST',
        `/api/v1/projects/${projectId}/spends`,
        { source: 'fiscal', amount: -100, spentOn: '2026-05-01' },
        400,
      ],
      [
        county,
        'POST',
        `/api/v1/projects/${projectId}/spends`,
        { source: 'fiscal', amount: 100, spentOn: '2026-12-01' },
        400,
      ],
      [
        county,
        'POST',
        `/api/v1/projects/${projectId}/milestones`,
        { name: '零权重', weight: 0 },
        400,
      ],
      [
        county,
        'POST',
        `/api/v1/projects/${projectId}/milestones`,
        { name: '负权重', weight: -2 },
        400,
      ],
      [
        county,
        'PATCH',
        `/api/v1/projects/${projectId}/milestones/${milestoneIds[1]}`,
        { progress: 101 },
        400,
      ],
      [county, 'PATCH', `/api/v1/projects/${projectId}`, { endsOn: '2026-01-01' }, 400],
      [
        county,
        'PATCH',
        `/api/v1/projects/${projectId}`,
        { funds: [{ source: 'fiscal', budget: 1 }] },
        400,
      ],
      [
        county,
        'PUT',
        `/api/v1/projects/${projectId}/outcomes/2027`,
        { incomeAdded: 1, householdsBenefiting: 1 },
        400,
      ],
      [
        county,
        'PUT',
        `/api/v1/projects/${projectId}/outcomes/2026`,
        { incomeAdded: -1, householdsBenefiting: 1 },
        400,
      ],
      [
        county,
        'POST',
        '/api/v1/projects',
        {
          name: '倒序',
          type: 'industry',
          villages: [V1],
          startsOn: '2026-05-01',
          endsOn: '2026-04-01',
        },
        400,
      ],
      [
        county,
        'POST',
        '/api/v1/projects',
        { name: '无村', type: 'industry', startsOn: '2026-05-01' },
        400,
      ],
      [
        county,
        'POST',
        '/api/v1/projects',
        { name: '外县', type: 'industry', villages: ['420199101201'], startsOn: '2026-05-01' },
        400,
      ],
      // A village outside the cadre's scope is not found; with one of theirs beside it, forbidden.
      [
        village1,
        'POST',
        '/api/v1/projects',
        { name: '越界', type: 'industry', villages: [V2], startsOn: '2026-05-01' },
        404,
      ],
      [
        village1,
        'POST',
        '/api/v1/projects',
        { name: '跨村', type: 'industry', villages: [V1, V2], startsOn: '2026-05-01' },
        403,
      ],
      [
        auditor,
        'POST',
        '/api/v1/projects',
        { name: '审计', type: 'industry', villages: [V1], startsOn: '2026-05-01' },
        403,
      ],
      [
        county,
        'POST',
        '/api/v1/projects',
        { name: '坏类型', type: 'farming', villages: [V1], startsOn: '2026-05-01' },
        400,
      ],
    ];
    for (const [session, method, url, payload, status] of tries) {
      const res = await send(session, method, url, payload);
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)}: ${res.body}`).toBe(
        status,
      );
    }
    expect(await footprint()).toEqual(before);
  });

  it('refuses new dates that leave a milestone’s due day outside the project, naming the date', async () => {
    const before = await footprint();
    // 路灯安装 is due 2026-10-31.
    for (const [patch, path] of [
      [{ endsOn: '2026-09-30' }, 'body.endsOn'],
      [{ startsOn: '2026-11-01', endsOn: null }, 'body.startsOn'],
    ] as const) {
      const res = await send(county, 'PATCH', `/api/v1/projects/${projectId}`, patch);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.body).toContain(path);
      expect(res.body).toContain('路灯安装');
    }
    expect(await footprint()).toEqual(before);
    const p = (await get(county, `/api/v1/projects/${projectId}`)).json() as ProjectDetail;
    expect([p.startsOn, p.endsOn]).toEqual(['2026-03-01', '2026-12-31']);
  });
});

describe('metrics for star rules', () => {
  const snapshotOf = (metric: string, village: string) => villageMetric(t, metric, village);

  it('gives projectProgress as the mean roll-up of the village’s top-level projects', async () => {
    // V1: 村道亮化工程 at 56 (its child counts inside it, not again).
    expect(await snapshotOf('projectProgress', V1)).toMatchObject({
      value: 56,
      source: 'projects',
    });
    // W1: the union's 联建果蔬合作社 at 50.
    expect((await snapshotOf('projectProgress', W1))?.value).toBe(50);
  });

  it('gives projectIncomeAdded in 万元, a union project’s income shared among its villages', async () => {
    await send(county, 'PUT', `/api/v1/projects/${projectId}/outcomes/2026`, {
      incomeAdded: 86_000,
      householdsBenefiting: 40,
    });
    expect(await snapshotOf('projectIncomeAdded', V1)).toMatchObject({
      value: 8.6,
      source: 'projects',
    });
    // 300,000 元 over W1 and W2: 15 万元 each.
    expect((await snapshotOf('projectIncomeAdded', W2))?.value).toBe(15);
  });

  it('reads the outcomes of the round’s year, not the clock’s', async () => {
    // The 2026 outcomes above count for a 2026 round only; a 2025 round finds none.
    expect((await villageMetric(t, 'projectIncomeAdded', V1, '2025'))?.value).toBe(0);
    expect((await villageMetric(t, 'projectIncomeAdded', V1, '2026'))?.value).toBe(8.6);
  });
});

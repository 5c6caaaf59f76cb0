import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../domain/access/policy.ts';
import { ROLES, type Role } from '../domain/access/roles.ts';
import { isWithinScope } from '../domain/region/regionCode.ts';
import { createAccount } from './modules/accounts/service.ts';
import { createGrid } from './modules/grids/service.ts';
import { createMembership } from './modules/memberships/write.ts';
import { createOrg } from './modules/orgs/service.ts';
import { createPosition } from './modules/positions/write.ts';
import { createUnit } from './modules/units/service.ts';
import { createRegion } from './modules/regions/service.ts';
import { createEdge } from './modules/responsibility/edges.ts';
import { ROUTES } from './routeTable.ts';
import { insertHouseholdOfOne } from './testing/directoryFixtures.ts';
import { call, login, type Session } from './testing/testApp.ts';
import { useTestApp } from './testing/appKit.ts';
import {
  MATRIX_COUNTY as COUNTY,
  MATRIX_PASSWORD as PASSWORD,
  RELATIONS,
  type Outcome,
  type Relation,
  type Request,
  type Target,
} from './testing/matrixKit.ts';
import { seedCaseTargets } from './testing/matrix/cases.ts';
import { seedEvaluationTargets } from './testing/matrix/evaluation.ts';
import { MATRIX } from './testing/matrix/index.ts';
import { seedJobTargets } from './testing/matrix/jobs.ts';
import { seedObligationTargets } from './testing/matrix/obligations.ts';
import { seedPairingTargets } from './testing/matrix/pairings.ts';
import { seedProjectTargets } from './testing/matrix/projects.ts';
import { seedEconomyTargets } from './testing/matrix/economy.ts';
import { seedUnionTargets } from './testing/matrix/unions.ts';
import { seedTaskTargets } from './testing/matrix/tasks.ts';

/**
 * Every route × role × {own scope, sibling scope, parent scope, another county} → the declared
 * answer. The route list comes from the server's own table: a route missing here fails the suite.
 * Each module states its rows in testing/matrix/<module>.ts; this file builds the fixture and asks.
 */

const TOWNSHIP = '410599101000';
const VILLAGE = '410599101201';

/** Where each role's test account is bound. */
const SCOPE_OF: Record<Role, string> = {
  county_admin: COUNTY,
  township_admin: TOWNSHIP,
  village_cadre: VILLAGE,
  union_cadre: TOWNSHIP,
  party_member: VILLAGE,
  group_leader: VILLAGE,
  unit_staff: COUNTY,
  mediator: VILLAGE,
  deputy: TOWNSHIP,
  villager: VILLAGE,
  auditor: COUNTY,
};

const TARGETS: Record<string, Record<Relation, string>> = {
  [COUNTY]: {
    own: COUNTY,
    sibling: '410598000000',
    parent: '410500000000',
    otherCounty: '420199000000',
  },
  [TOWNSHIP]: {
    own: TOWNSHIP,
    sibling: '410599201000',
    parent: COUNTY,
    otherCounty: '420199101000',
  },
  [VILLAGE]: {
    own: VILLAGE,
    sibling: '410599101202',
    parent: TOWNSHIP,
    otherCounty: '420199101201',
  },
};
const FIXTURE_REGIONS = [
  '410598000000',
  '410598101000',
  '410598101201',
  '420000000000',
  '420100000000',
  '420199000000',
  '420199101000',
  '420199101201',
];
// Grids (and what hangs off them) sit in a village: each target region lends the last of these
// inside it, so a township's or county's village lies outside the scopes below it.
const FIXTURE_VILLAGES = [
  '410599101201',
  '410599101202',
  '410599201201',
  '410598101201',
  '420199101201',
];
const villageOf = (region: string): string => {
  const village = FIXTURE_VILLAGES.filter((v) => isWithinScope(v, region)).at(-1);
  if (!village) throw new Error(`no fixture village in ${region}`);
  return village;
};

let counter = 0;

const t = useTestApp({}, {}, 240_000);
const targets = new Map<string, Target>();
const sessions = new Map<Role, Session>();

async function sessionOf(role: Role): Promise<Session> {
  const cached = sessions.get(role);
  if (cached) return cached;
  const session = await login(t.app, `matrix-${role.replace('_', '-')}`, PASSWORD);
  sessions.set(role, session);
  return session;
}

beforeAll(async () => {
  // A root actor that can write anywhere the fixtures live (system set-up, not a real role holder).
  const root: Actor = {
    accountId: '00000000-0000-7000-8000-000000000000',
    username: 'fixture',
    grants: ['410000000000', '420000000000'].map((r) => ({
      role: 'county_admin' as const,
      scope: r,
      regionCode: r,
    })),
  };
  const ctx = { ...t.ctx(), actor: root };
  for (const code of FIXTURE_REGIONS) {
    if (code === '420000000000') {
      await t.deps.database.db.execute(
        `INSERT INTO regions (code, region_code, county_code, parent_code, level, name, created_at, updated_at) VALUES ('420000000000', '420000000000', '420000', NULL, 'province', '湖北省', now(), now())`,
      );
      continue;
    }
    await createRegion(ctx, { code, name: `夹具${code}` });
  }
  const regionsNeeded = new Set(Object.values(TARGETS).flatMap((r) => Object.values(r)));
  for (const region of regionsNeeded) {
    const username = `target-${region}`;
    const account = await createAccount(ctx, {
      username,
      displayName: '目标账号',
      password: PASSWORD,
      phone: '13900000000',
      roles: [{ role: 'villager', scope: region }],
    });
    // A distinct name per region, so a search finds exactly this target's person.
    const personName = `矩${'甲乙丙丁戊己庚辛壬癸子丑寅卯'[targets.size] ?? '末'}${'天地玄黄'[targets.size % 4]}`;
    const household = await insertHouseholdOfOne(ctx, region, personName);
    const org = await createOrg(ctx, {
      name: `矩阵支部${region}`,
      type: 'branch',
      kind: 'rural',
      regionCode: region,
    });
    const unit = await createUnit(ctx, {
      name: `矩阵单位${region}`,
      kind: 'agency',
      regionCode: region,
      capabilities: ['agriculture'],
    });
    const village = villageOf(region);
    const grid = await createGrid(ctx, {
      regionCode: village,
      kind: 'grid',
      name: `矩阵网格${region}`,
    });
    const position = await createPosition(ctx, {
      personId: household.personId,
      code: 'mediator',
      regionCode: region,
      startDate: '2020-01-01',
    });
    // …and a 人大代表 there, the deputy a reception day in the region names.
    await createPosition(ctx, {
      personId: household.personId,
      code: 'peoplesCongressDeputy',
      regionCode: region,
      startDate: '2021-12-01',
    });
    await createMembership(ctx, {
      personId: household.personId,
      orgId: org.id,
      kind: 'formal',
      joinDate: '2005-07-01',
    });
    const spare = await insertHouseholdOfOne(ctx, region, `${personName}备`);
    const edge = await createEdge(ctx, {
      level: 4,
      responsibleId: household.personId,
      targetKind: 'household',
      targetId: spare.householdId,
      regionCode: region,
    });
    targets.set(region, {
      region,
      accountId: account.id,
      username,
      personId: household.personId,
      personName,
      householdId: household.householdId,
      orgId: org.id,
      unitId: unit.id,
      village,
      gridId: grid.id,
      positionId: position.id,
      spareId: spare.personId,
      spareHouseholdId: spare.householdId,
      edgeId: edge.id,
      caseId: '',
      attachmentId: '',
      roundId: '',
      evaluationId: '',
      pairingId: '',
      activityId: '',
    });
  }
  await seedCaseTargets(ctx, targets.values(), targets.get(VILLAGE)?.accountId ?? '');
  await seedObligationTargets(ctx, targets.values());
  await seedPairingTargets(ctx, targets.values());
  await seedUnionTargets(ctx);
  await seedTaskTargets(ctx, targets.values());
  await seedProjectTargets(ctx, targets.values());
  await seedEconomyTargets(ctx, targets.values());
  await seedEvaluationTargets(ctx, targets.values());
  for (const role of ROLES) {
    await createAccount(ctx, {
      username: `matrix-${role.replace('_', '-')}`,
      displayName: role,
      password: PASSWORD,
      roles: [{ role, scope: SCOPE_OF[role] }],
    });
  }
  await seedJobTargets(ctx);
  await createAccount(ctx, {
    username: 'matrix-login',
    displayName: 'login',
    password: PASSWORD,
    roles: [{ role: 'villager', scope: VILLAGE }],
  });
}, 240_000);

async function outcomeOf(session: Session | null, req: Request): Promise<Outcome> {
  const res = await call(
    t.app,
    session,
    req.method,
    req.url,
    req.payload === undefined ? {} : { payload: req.payload },
  );
  if (res.statusCode === 200 && req.listed) return req.listed(res.json()) ? 'listed' : 'hidden';
  if (res.statusCode >= 500)
    throw new Error(`${req.method} ${req.url} → ${res.statusCode} ${res.body}`);
  return res.statusCode;
}

describe('authorization matrix', () => {
  it('covers every route in the route table, and nothing else', () => {
    const routeKeys = ROUTES.map((r) => `${r.method} ${r.url}`).sort();
    const missing = routeKeys.filter((k) => !MATRIX[k]);
    expect(missing, 'routes missing from the authorization matrix').toEqual([]);
    expect(Object.keys(MATRIX).sort()).toEqual(routeKeys);
  });

  it('has every logged-in route declare the permission or the policy that decides it', () => {
    const undeclared = ROUTES.filter((r) => r.auth === 'session' && !r.permission && !r.policy).map(
      (r) => `${r.method} ${r.url}`,
    );
    expect(undeclared, 'logged-in routes with neither a permission nor a policy').toEqual([]);
    expect(
      ROUTES.filter((r) => r.permission && r.policy).map((r) => `${r.method} ${r.url}`),
      'routes with both',
    ).toEqual([]);
  });

  it('has every logged-in route declare its response (a schema, no content, or a file)', () => {
    const undeclared = ROUTES.filter((r) => r.auth === 'session' && !r.response).map(
      (r) => `${r.method} ${r.url}`,
    );
    expect(undeclared, 'logged-in routes without a response contract').toEqual([]);
  });

  it('answers each route without a session as declared', async () => {
    const target = targets.get(VILLAGE);
    if (!target) throw new Error('fixture missing');
    for (const [key, entry] of Object.entries(MATRIX)) {
      const outcome = await outcomeOf(null, entry.request(target, ++counter));
      expect(outcome, key).toBe(entry.unauthenticated);
    }
  });

  for (const role of ROLES) {
    it(`answers ${role} as declared on every route × scope`, async () => {
      const failures: string[] = [];
      for (const [key, entry] of Object.entries(MATRIX)) {
        for (const relation of entry.targetless ? (['own'] as Relation[]) : RELATIONS) {
          const region = TARGETS[SCOPE_OF[role]]?.[relation];
          const target = region ? targets.get(region) : undefined;
          if (!target) throw new Error(`no target for ${role} ${relation}`);
          const got = await outcomeOf(await sessionOf(role), entry.request(target, ++counter));
          // Logging in again rotates the session and logging out ends it: the next cell logs in anew.
          if (key.startsWith('POST /api/v1/auth/')) sessions.delete(role);
          const want = entry.expect[role][relation];
          if (got !== want)
            failures.push(
              `${key} as ${role} on ${relation} (${region}): expected ${want}, got ${got}`,
            );
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

import { and, asc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { demoActivities, type DemoSubject } from '../../domain/obligations/demoActivities.ts';
import { presetRules } from '../../domain/obligations/rules.ts';
import { planUnions } from '../../domain/planning/unions/planUnions.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { auditSeedStep } from './auditSeedStep.ts';
import type { Db } from '../db/client.ts';
import {
  memberships,
  partyOrgs,
  persons,
  positions,
  unionEvents,
  unions,
  unionVillages,
} from '../db/schema/index.ts';
import { insertAccount } from '../modules/accounts/insertAccount.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { unionInputFor } from '../modules/planning/unionPlanning.ts';
import { insertUnion } from '../modules/unions/insertUnion.ts';
import { setOfficers } from '../modules/unions/officers.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { planningSolver } from '../platform/solverPool.ts';
import { demoAccountOf } from './demoAccountOf.ts';
import { systemCtx, type Runtime } from '../runtime.ts';
import { DEMO_PASSWORD } from './demoAccounts.ts';
import { demoYearStart, insertActivities } from './seedObligations.ts';

export const DEMO_UNION_USERNAME = 'union';

/**
 * The demo township's 跨村联建: the union planner's own proposal on its villages (rules scaled to
 * their populations), adopted as the county admin would, each with its 联合党委, the lead village's
 * secretary as its secretary and the other villages' secretaries as its committee; and the `union`
 * demo account (union cadre of the first union). Once: the account marks it. The planner runs
 * without a clock, so its answer is the same on every run.
 */
export async function seedDemoUnions(runtime: Runtime, log: (line: string) => void): Promise<void> {
  if (!runtime.deps.config.demoUnions) return;
  const base = systemCtx(runtime, 'system:demo-seed-unions');
  if (await demoAccountOf(base, DEMO_UNION_USERNAME)) return;
  const admin = await demoAccountOf(base, 'county');
  const township = await demoAccountOf(base, 'township');
  if (!admin || !township) return; // not a demo database
  const ctx: Ctx = {
    ...base,
    actor: {
      accountId: admin.id,
      username: 'county',
      grants: [{ role: 'county_admin', scope: admin.scope, regionCode: admin.scope }],
    },
  };
  const { villages } = await unionInputFor(ctx, township.scope, undefined);
  const mean = villages.reduce((n, v) => n + v.population, 0) / Math.max(1, villages.length);
  const rules = {
    minSize: 2,
    maxSize: 4,
    minPopulation: Math.floor(mean * 1.5),
    maxPopulation: Math.ceil(mean * 5),
    maxDistanceKm: 50,
  };
  const { input } = await unionInputFor(ctx, township.scope, rules);
  const { plan } = await planUnions(input, {
    solver: planningSolver().solve,
    timeLimitSeconds: 60,
  });
  const nameOf = new Map(villages.map((v) => [v.code, v.name]));
  // Founded, as the pairings began, on the demo year's first day: the board has a year to judge.
  const activeFrom = demoYearStart(shanghaiDate(ctx.clock()));
  const founded = new Date(`${activeFrom}T00:00:00+08:00`);
  const ids: string[] = [];
  await transaction(ctx, async (tx) => {
    for (const union of plan.unions) {
      const row = await insertUnion(
        { ...tx, clock: () => founded },
        {
          regionCode: township.scope,
          name: `${nameOf.get(union.lead) ?? union.lead}等${union.members.length}村联建`,
          lead: union.lead,
          members: union.members,
          form: 'leadVillage',
          org: { type: union.members.length > 2 ? 'unionCommittee' : 'jointVillageBranch' },
        },
      );
      await seedOfficers(
        tx,
        { id: row.orgId ?? '', regionCode: union.lead, countyCode: row.countyCode },
        union,
      );
      ids.push(row.id);
    }
    const first = ids[0];
    if (first) await insertUnionAccount(tx, first, township.scope);
    const detail = { unions: ids.length, rules };
    await auditSeedStep(tx, 'system.seed_demo_unions', township.scope, detail);
  });
  // Their joint meetings, observations and forums since (安丘), held as the union rules ask.
  const subjects = plan.unions.flatMap((union, i) => {
    const id = ids[i];
    if (!id) return [];
    const subject: DemoSubject = {
      id,
      kind: 'union',
      village: union.lead,
      activeFrom,
      activeTo: null,
      leaderId: null,
      memberIds: [],
      householdIds: [],
    };
    return [subject];
  });
  const generated = demoActivities(subjects, presetRules(), shanghaiDate(ctx.clock()), 'unions');
  await insertActivities(ctx, generated.activities, admin.id, ctx.clock());
  log(
    `  演示跨村联建已生成 / demo unions: ${plan.unions.length} in ${township.scope}, ${generated.activities.length} activities`,
  );
}

/**
 * One 书记 and a few 委员, as a township would name them: the lead village's party secretary leads
 * the union and each other village's secretary sits on its committee. A village's secretary is
 * the one of its own top organization (党委 / 党总支), not of the branches under it.
 */
async function seedOfficers(
  tx: Ctx,
  org: { id: string; regionCode: string; countyCode: string },
  union: { lead: string; members: string[] },
): Promise<void> {
  const parent = alias(partyOrgs, 'parent');
  const secretaries = await tx.db
    .select({ personId: positions.personId, village: positions.regionCode })
    .from(positions)
    .innerJoin(memberships, eq(memberships.personId, positions.personId))
    .innerJoin(partyOrgs, eq(partyOrgs.id, positions.orgId))
    .leftJoin(parent, eq(parent.id, partyOrgs.parentId))
    .where(
      and(
        eq(positions.code, 'secretary'),
        isNull(positions.endDate),
        inArray(positions.regionCode, union.members),
        // the village's top org: its parent, if any, lies outside the village
        or(isNull(parent.id), ne(parent.regionCode, partyOrgs.regionCode)),
      ),
    )
    .orderBy(asc(positions.regionCode), asc(positions.personId));
  const secretaryOf = new Map<string, string>();
  for (const s of secretaries)
    if (!secretaryOf.has(s.village)) secretaryOf.set(s.village, s.personId);
  const lead = secretaryOf.get(union.lead) ?? (await anyMember(tx, union.lead));
  if (lead) await setOfficers(tx, org, 'secretary', [lead]);
  const committee = union.members
    .filter((v) => v !== union.lead)
    .flatMap((v) => {
      const id = secretaryOf.get(v);
      return id && id !== lead ? [id] : [];
    });
  if (committee.length > 0) await setOfficers(tx, org, 'committeeMember', committee);
}

async function anyMember(tx: Ctx, village: string): Promise<string | undefined> {
  const [row] = await tx.db
    .select({ id: persons.id })
    .from(persons)
    .innerJoin(memberships, eq(memberships.personId, persons.id))
    .where(eq(persons.regionCode, village))
    .orderBy(asc(persons.nameSort), asc(persons.id))
    .limit(1);
  return row?.id;
}

async function insertUnionAccount(tx: Ctx, unionId: string, anchor: string): Promise<void> {
  const grant = { role: 'union_cadre' as const, scope: `union:${unionId}`, regionCode: anchor };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const record = { username: DEMO_UNION_USERNAME, displayName: '联建干部', passwordHash };
  await insertAccount(
    tx.db,
    tx.cipher,
    { ...record, phone: '13800000008', roles: [grant] },
    tx.clock(),
  );
}

/** Removes every union with its org, officers and history (tests that plan a county afresh). */
export async function clearDemoUnions(db: Db): Promise<void> {
  const orgIds = (await db.select({ id: unions.orgId }).from(unions)).flatMap((u) =>
    u.id ? [u.id] : [],
  );
  if (orgIds.length > 0) {
    await db.delete(positions).where(inArray(positions.orgId, orgIds));
    await db.delete(partyOrgs).where(inArray(partyOrgs.id, orgIds));
  }
  await db.delete(unionEvents);
  await db.delete(unionVillages);
  await db.delete(unions);
}

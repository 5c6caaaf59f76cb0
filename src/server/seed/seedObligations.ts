import { effectiveRules } from '../modules/obligations/rules.ts';
import { rebuildStandings } from '../modules/obligations/standings.ts';
import { asc, eq, sql } from 'drizzle-orm';
import {
  demoActivities,
  type DemoActivity,
  type DemoSubject,
} from '../../domain/obligations/demoActivities.ts';
import { demoWorkPlan } from '../../domain/obligations/demoWorkPlan.ts';
import { presetRules, RESIDENTIAL_COMPOUND } from '../../domain/obligations/rules.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { auditSeedStep } from './auditSeedStep.ts';
import {
  accounts,
  activities,
  contactPairs,
  grids,
  pairingPlanItems,
  pairings,
  regions,
  units,
} from '../db/schema/index.ts';
import { insertAccount } from '../modules/accounts/insertAccount.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { systemCtx, type Runtime } from '../runtime.ts';
import { DEMO_PASSWORD } from './demoAccounts.ts';

/** The demo county's 结对共建 (高州: 108 units ↔ 54 key villages, here 50 pairings at most). */
const DEMO_PAIRINGS = 50;
export const DEMO_UNIT_USERNAME = 'unit';
const BATCH = 500;

/**
 * Pairings from the demo county's 1+1+N pairs (the unit ↔ key village links it already has), a
 * year of their recorded activities with planted laggards, each village's 一月一主题, and the
 * `unit` demo account (staff of the first pairing's unit, its 组长). Once: the account marks it.
 */
export async function seedDemoObligations(
  runtime: Runtime,
  log: (line: string) => void,
): Promise<void> {
  const ctx = systemCtx(runtime, 'system:demo-seed-obligations');
  const [done] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.username, DEMO_UNIT_USERNAME));
  if (done) return;
  const [county] = await ctx.db
    .select({ scope: accounts.regionCode })
    .from(accounts)
    .where(eq(accounts.username, 'county'));
  if (!county) return; // not a demo database
  await transaction(ctx, (tx) => seedIn(tx, county.scope, log));
}

/** The demo's records start on 1 January of this year (of last year in the first half): the board's year is full. */
export function demoYearStart(today: string): string {
  const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 7 ? 1 : 0);
  return `${year}-01-01`;
}

async function seedIn(ctx: Ctx, countyCode: string, log: (line: string) => void): Promise<void> {
  const today = shanghaiDate(ctx.clock());
  const activeFrom = demoYearStart(today);
  const links = (
    (await ctx.db.execute(sql`
      SELECT unit_id AS "unitId", region_code AS village,
             min(unit_member_id::text) AS "leaderId",
             array_agg(DISTINCT rural_member_id::text) AS members,
             array_agg(DISTINCT h::text) AS households
      FROM ${contactPairs} CROSS JOIN unnest(household_ids) AS h
      WHERE county_code = ${countyCode.slice(0, 6)}
      GROUP BY unit_id, region_code
      ORDER BY region_code, unit_id
      LIMIT ${DEMO_PAIRINGS}`)) as unknown as {
      rows: {
        unitId: string;
        village: string;
        leaderId: string;
        members: string[];
        households: string[];
      }[];
    }
  ).rows;
  const now = ctx.clock();
  const rows = links.map((l) => ({
    id: uuidv7(now.getTime()),
    regionCode: l.village,
    countyCode: l.village.slice(0, 6),
    unitId: l.unitId,
    villageCode: l.village,
    periodStart: activeFrom,
    periodEnd: null,
    leaderPersonId: l.leaderId,
    createdAt: now,
  }));
  if (rows.length > 0) await ctx.db.insert(pairings).values(rows).onConflictDoNothing();
  const villages = await ctx.db
    .select({ code: regions.code })
    .from(regions)
    .where(
      sql`${regions.level} = 'village' AND ${regions.code} LIKE ${countyCode.slice(0, 6) + '%'}`,
    )
    .orderBy(asc(regions.code));
  const compounds = await ctx.db
    .select({ id: grids.id, regionCode: grids.regionCode })
    .from(grids)
    .where(
      sql`${grids.kind} = ${RESIDENTIAL_COMPOUND} AND ${grids.regionCode} LIKE ${countyCode.slice(0, 6) + '%'}`,
    )
    .orderBy(asc(grids.regionCode), asc(grids.seq));
  const subjects: DemoSubject[] = [
    ...rows.map((r, i) => ({
      id: r.id,
      kind: 'pairing' as const,
      village: r.villageCode,
      activeFrom,
      activeTo: null,
      leaderId: r.leaderPersonId,
      memberIds: links[i]?.members ?? [],
      householdIds: links[i]?.households ?? [],
    })),
    ...villages.map((v) => ({
      id: v.code,
      kind: 'village' as const,
      village: v.code,
      activeFrom,
      activeTo: null,
      leaderId: null,
      memberIds: [],
      householdIds: [],
    })),
    // The 小区 secretaries' observation, training and forum (闻喜), held as the rules ask.
    ...compounds.map((c) => ({
      id: c.id,
      kind: 'compound' as const,
      village: c.regionCode,
      activeFrom,
      activeTo: null,
      leaderId: null,
      memberIds: [],
      householdIds: [],
    })),
  ];
  const generated = demoActivities(subjects, presetRules(), today);
  const planItemOf = await insertWorkPlans(ctx, rows, Number(activeFrom.slice(0, 4)), now);
  const [system] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.username, 'county'));
  const recordedBy = system?.id ?? '00000000-0000-0000-0000-000000000000';
  await insertActivities(ctx, generated.activities, recordedBy, now, planItemOf);
  const first = rows[0];
  if (first) {
    const [unit] = await ctx.db
      .select({ regionCode: units.regionCode })
      .from(units)
      .where(eq(units.id, first.unitId));
    const id = await insertAccount(
      ctx.db,
      ctx.cipher,
      {
        username: DEMO_UNIT_USERNAME,
        displayName: '结对单位干部（组长）',
        passwordHash: await hashPassword(DEMO_PASSWORD),
        phone: '13800000007',
        roles: [
          {
            role: 'unit_staff',
            scope: `unit:${first.unitId}`,
            regionCode: unit?.regionCode ?? countyCode,
          },
        ],
      },
      now,
    );
    await ctx.db
      .update(accounts)
      .set({ personId: first.leaderPersonId })
      .where(eq(accounts.id, id));
  }
  await auditSeedStep(ctx, 'system.seed_demo_obligations', countyCode, {
    pairings: rows.length,
    planItems: planItemOf.items,
    activities: generated.activities.length,
    plantedMisses: generated.planted.length,
    plantedPairingMisses: generated.planted.filter((p) => rows.some((r) => r.id === p.subjectId))
      .length,
    from: activeFrom,
    to: today,
  });
  log(
    `  演示结对共建与活动已生成 / demo pairings and activities: ${rows.length} pairings, ${generated.activities.length} activities, ${generated.planted.length} planted misses`,
  );
}

/**
 * Each demo pairing's work plan (domain/obligations/demoWorkPlan.ts); answers the item a
 * generated activity serves: every other activity of a type one of its pairing's items serves.
 */
async function insertWorkPlans(
  ctx: Ctx,
  pairingRows: readonly { id: string; regionCode: string; countyCode: string }[],
  year: number,
  now: Date,
): Promise<PlanItemOf & { items: number }> {
  const servedBy = new Map<string, string>();
  const items = pairingRows.flatMap((pairing, n) =>
    demoWorkPlan(n, year).map((item) => {
      const id = uuidv7(now.getTime());
      const { serves, ...fields } = item;
      if (serves) servedBy.set(`${pairing.id}|${serves}`, id);
      const { regionCode, countyCode } = pairing;
      return { ...fields, id, regionCode, countyCode, pairingId: pairing.id };
    }),
  );
  const createdBy = '00000000-0000-0000-0000-000000000000';
  for (let i = 0; i < items.length; i += BATCH)
    await ctx.db
      .insert(pairingPlanItems)
      .values(
        items.slice(i, i + BATCH).map((r) => ({ ...r, createdBy, createdAt: now, updatedAt: now })),
      );
  const of = (a: DemoActivity, index: number): string | null => {
    if (a.subjectKind !== 'pairing' || index % 2 === 1) return null;
    return servedBy.get(`${a.subjectId}|${a.activityType}`) ?? null;
  };
  return Object.assign(of, { items: items.length });
}

type PlanItemOf = (activity: DemoActivity, index: number) => string | null;

/** Generated activities written in batches (the demo seed and the compliance bench), then their counties' standings. */
export async function insertActivities(
  ctx: Pick<Ctx, 'db'>,
  generated: readonly DemoActivity[],
  recordedBy: string,
  now: Date,
  planItemOf: PlanItemOf = () => null,
): Promise<void> {
  for (let i = 0; i < generated.length; i += BATCH) {
    await ctx.db.insert(activities).values(
      generated.slice(i, i + BATCH).map((a, j) => ({
        id: uuidv7(now.getTime()),
        regionCode: a.village,
        countyCode: a.village.slice(0, 6),
        subjectKind: a.subjectKind,
        subjectId: a.subjectId,
        activityType: a.activityType,
        occurredOn: a.occurredOn,
        title: a.title,
        participantIds: a.participantIds,
        householdIds: a.householdIds,
        planItemId: planItemOf(a, i + j),
        recordedBy,
        createdAt: now,
      })),
    );
  }
  const counties = new Set(generated.map((a) => a.village.slice(0, 6)));
  for (const county of counties)
    await rebuildStandings(ctx, county, await effectiveRules(ctx, county));
}

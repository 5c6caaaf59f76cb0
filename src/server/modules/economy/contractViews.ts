import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { annualFee } from '../../../domain/economy/contracts.ts';
import { contractFindings, paymentStanding } from '../../../domain/economy/findings.ts';
import {
  TWO_COMMITTEES_POSITIONS,
  type AssetClass,
  type CleanupOutcome,
  type ContractStatus,
  type PaymentSchedule,
} from '../../../domain/economy/kinds.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import {
  economyAssets,
  economyContracts,
  economyPayments,
  persons,
  positions,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { asClassRule, classRulesOf } from './classRules.ts';
import type { ContractView } from './views.ts';

export type ContractRow = typeof economyContracts.$inferSelect;

/**
 * The villages where each lessee's household holds a sitting 两委 member (the lessee included),
 * from the directory's positions.
 */
export async function cadreVillagesOf(
  ctx: Pick<Ctx, 'db'>,
  lessees: readonly string[],
): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  if (lessees.length === 0) return out;
  const rows = await ctx.db
    .select({ lessee: persons.id, village: positions.regionCode })
    .from(persons)
    .innerJoin(sql`persons m`, sql`m.household_id = ${persons.householdId}`)
    .innerJoin(positions, sql`${positions.personId} = m.id`)
    .where(
      and(
        inArray(persons.id, [...lessees]),
        inArray(positions.code, [...TWO_COMMITTEES_POSITIONS]),
        isNull(positions.endDate),
      ),
    );
  for (const r of rows) out.set(r.lessee, (out.get(r.lessee) ?? new Set()).add(r.village));
  return out;
}

/** Contracts with their asset, payments, standing and 清化收 flags on today. */
export async function contractViews(
  ctx: Pick<Ctx, 'db' | 'clock'>,
  rows: readonly ContractRow[],
): Promise<ContractView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const assets = await ctx.db
    .select({ id: economyAssets.id, name: economyAssets.name, cls: economyAssets.assetClass })
    .from(economyAssets)
    .where(inArray(economyAssets.id, [...new Set(rows.map((r) => r.assetId))]));
  const assetOf = new Map(assets.map((a) => [a.id, a]));
  const payments = await ctx.db
    .select()
    .from(economyPayments)
    .where(inArray(economyPayments.contractId, ids))
    .orderBy(asc(economyPayments.paidOn), asc(economyPayments.id));
  const cadre = await cadreVillagesOf(
    ctx,
    rows.flatMap((r) => (r.lesseePersonId ? [r.lesseePersonId] : [])),
  );
  const rulesByCounty = new Map<string, Awaited<ReturnType<typeof classRulesOf>>>();
  for (const county of new Set(rows.map((r) => r.countyCode)))
    rulesByCounty.set(county, await classRulesOf(ctx, county));
  const asOf = shanghaiDate(ctx.clock());
  return rows.map((r) => {
    const asset = assetOf.get(r.assetId);
    const assetClass = (asset?.cls ?? 'farmland') as AssetClass;
    const mine = payments.filter((p) => p.contractId === r.id);
    const facts = {
      status: r.status as ContractStatus,
      areaHundredths: r.areaHundredths,
      pricePerMuFen: r.pricePerMuFen,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      schedule: r.schedule as PaymentSchedule,
      cadreHousehold:
        r.lesseePersonId !== null && (cadre.get(r.lesseePersonId)?.has(r.regionCode) ?? false),
      recusalRecorded: r.recusalNote !== null,
    };
    const standing = paymentStanding(facts, mine, asOf);
    const rule = asClassRule(rulesByCounty.get(r.countyCode)?.get(assetClass));
    return {
      id: r.id,
      village: r.regionCode,
      assetId: r.assetId,
      assetName: asset?.name ?? '',
      assetClass,
      lessee: r.lessee,
      lesseePersonId: r.lesseePersonId,
      area: r.areaHundredths / 100,
      pricePerMuFen: r.pricePerMuFen,
      annualFeeFen: annualFee(r.areaHundredths, r.pricePerMuFen),
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      schedule: facts.schedule,
      status: facts.status,
      recusalNote: r.recusalNote,
      outcome:
        r.outcome && r.outcomeOn
          ? {
              outcome: r.outcome as CleanupOutcome,
              on: r.outcomeOn,
              incomeAddedFen: r.incomeAddedFen ?? 0,
              note: r.outcomeNote,
            }
          : null,
      dueFen: standing.dueFen,
      paidFen: standing.paidFen,
      arrearsFen: facts.status === 'active' ? standing.arrearsFen : 0,
      payments: mine.map((p) => ({
        id: p.id,
        paidOn: p.paidOn,
        amountFen: p.amountFen,
        note: p.note,
      })),
      findings: contractFindings(facts, mine, rule, asOf),
    };
  });
}

/** One contract's row, or null. */
export async function findContract(ctx: Pick<Ctx, 'db'>, id: string): Promise<ContractRow | null> {
  const [row] = await ctx.db.select().from(economyContracts).where(eq(economyContracts.id, id));
  return row ?? null;
}

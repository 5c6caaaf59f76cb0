import { asc, eq, gte, isNull, or } from 'drizzle-orm';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { checkPairingPlan } from '../../../domain/planning/pairing/checkPairingPlan.ts';
import { planPairings } from '../../../domain/planning/pairing/planPairings.ts';
import { validatePairingInput } from '../../../domain/planning/pairing/validatePairingInput.ts';
import {
  KEY_VILLAGE_STRENGTH,
  villageNeeds,
} from '../../../domain/planning/pairing/villageNeeds.ts';
import { pairings, units } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { startJob } from '../../platform/jobs/runJob.ts';
import { scoped } from '../../platform/scope.ts';
import { getRegion } from '../regions/service.ts';
import { parsePlanningInput, regionVillages } from './villages.ts';

export interface PairingPlanBody {
  region: string;
  slotsPerVillage: number;
  villages?: { code: string; needs: string[]; slots?: number | undefined }[] | undefined;
  fit?: { unit: string; village: string; value: number }[] | undefined;
}

/** What a pairing plan job stores as its result. */
export interface PairingPlanResult {
  pairs: {
    unit: string;
    unitName: string;
    village: string;
    villageName: string;
    fit: number;
    matched: string[];
  }[];
  totalFit: number;
  unfilled: { village: string; missing: number }[];
}

/** How many villages one unit pairs with at a time (高州: one unit, one key village). */
const UNIT_CAPACITY = 1;

const invalid = (zh: string, en: string, path: string): AppError =>
  new AppError('VALIDATION', { zh, en }, { issues: [{ path, message: en }] });

/** The county's adopted pairings still running on `today` (no end, or ending today or later). */
async function activePairings(
  ctx: Ctx,
  county: string,
  today: string,
): Promise<{ unit: string; village: string }[]> {
  return ctx.db
    .select({ unit: pairings.unitId, village: pairings.villageCode })
    .from(pairings)
    .where(
      scoped(
        requireActor(ctx),
        'planning.run',
        pairings.regionCode,
        eq(pairings.countyCode, county),
        or(isNull(pairings.periodEnd), gte(pairings.periodEnd, today)),
      ),
    );
}

/**
 * Pairs the county's units with the region's key villages (strength below 0.4, needs from
 * villageNeeds) or with the villages given, in a background job; bad input is a 400 first.
 * Adopted pairings still running count: a unit's capacity and a village's slots are what they
 * leave free, and an adopted (unit, village) pair is never proposed again.
 */
export async function startPairingPlan(
  ctx: Ctx,
  body: PairingPlanBody,
): Promise<{ jobId: string }> {
  const info = await getRegion(ctx, body.region, 'planning.run');
  if (info.level !== 'county' && info.level !== 'township')
    throw invalid('只能在县或乡镇范围内规划', 'Plan within a county or a township', 'body.region');
  const all = await regionVillages(ctx, body.region);
  const byCode = new Map(all.map((v) => [v.code, v]));
  const villages = body.villages
    ? body.villages.map((v) => {
        if (!byCode.has(v.code))
          throw invalid(
            `不是本区域的村：${v.code}`,
            `Not a village of this region: ${v.code}`,
            'body.villages',
          );
        return { code: v.code, needs: v.needs, slots: v.slots ?? body.slotsPerVillage };
      })
    : all
        .filter((v) => (v.strength ?? 0) < KEY_VILLAGE_STRENGTH)
        .map((v) => ({
          code: v.code,
          needs: villageNeeds(v.industries ?? [], v.strength ?? 0),
          slots: body.slotsPerVillage,
        }));
  if (villages.length === 0)
    throw invalid(
      '该区域没有需要结对的村',
      'No village in this region needs pairing',
      'body.villages',
    );
  const unitRows = await ctx.db
    .select({ id: units.id, name: units.name, capabilities: units.capabilities })
    .from(units)
    .where(
      scoped(
        requireActor(ctx),
        'planning.run',
        units.regionCode,
        eq(units.countyCode, body.region.slice(0, 6)),
      ),
    )
    .orderBy(asc(units.name));
  if (unitRows.length === 0)
    throw invalid('本县没有可结对的单位', 'The county has no units to pair', 'body.region');
  const existing = await activePairings(ctx, body.region.slice(0, 6), shanghaiDate(ctx.clock()));
  const unitUsed = new Map<string, number>();
  const villageUsed = new Map<string, number>();
  for (const p of existing) {
    unitUsed.set(p.unit, (unitUsed.get(p.unit) ?? 0) + 1);
    villageUsed.set(p.village, (villageUsed.get(p.village) ?? 0) + 1);
  }
  const unitIds = new Set(unitRows.map((u) => u.id));
  const villageCodes = new Set(villages.map((v) => v.code));
  const input = parsePlanningInput(() =>
    validatePairingInput({
      units: unitRows.map((u) => ({
        id: u.id,
        capabilities: u.capabilities,
        capacity: Math.max(0, UNIT_CAPACITY - (unitUsed.get(u.id) ?? 0)),
      })),
      villages: villages.map((v) => ({
        ...v,
        slots: Math.max(0, v.slots - (villageUsed.get(v.code) ?? 0)),
      })),
      fit: body.fit ?? [],
      exclude: existing.filter((p) => unitIds.has(p.unit) && villageCodes.has(p.village)),
    }),
  );
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  const jobId = await startJob(ctx, 'planning.pairings', body.region, async (progress) => {
    progress(0.1, '规划中 / planning');
    const plan = planPairings(input);
    const problems = checkPairingPlan(input, plan);
    if (problems.length > 0)
      throw new Error(`the pairing plan breaks its rules: ${problems.slice(0, 3).join('; ')}`);
    const result: PairingPlanResult = {
      pairs: plan.pairs.map((p) => ({
        unit: p.unit,
        unitName: unitName.get(p.unit) ?? p.unit,
        village: p.village,
        villageName: byCode.get(p.village)?.name ?? p.village,
        fit: p.fit,
        matched: p.matched,
      })),
      totalFit: plan.totalFit,
      unfilled: plan.unfilled,
    };
    return { result, message: `${plan.pairs.length} 对 / pairs` };
  });
  return { jobId };
}

import { matchedTags } from './pairingTypes.ts';
import type { PairingInput, PairingPlan } from './types.ts';

/**
 * Re-verifies a pairing plan against its input and returns every rule it breaks (empty when
 * the plan is valid): unknown ids, a pair used twice, an excluded pair, a unit over capacity, a
 * village over its slots, a fit or matched-tag list that does not follow from the input, wrong totals.
 */
export function checkPairingPlan(input: PairingInput, plan: PairingPlan): string[] {
  const problems: string[] = [];
  const units = new Map(input.units.map((u) => [u.id, u]));
  const villages = new Map(input.villages.map((v) => [v.code, v]));
  const explicit = new Map(input.fit.map((f) => [`${f.unit}\u0000${f.village}`, f.value]));
  const excluded = new Set((input.exclude ?? []).map((e) => `${e.unit}\u0000${e.village}`));
  const used = new Map<string, number>();
  const filled = new Map<string, number>();
  const seen = new Set<string>();
  let total = 0;
  for (const pair of plan.pairs) {
    const unit = units.get(pair.unit);
    const village = villages.get(pair.village);
    if (!unit || !village) {
      problems.push(`pair ${pair.unit}→${pair.village}: unknown unit or village`);
      continue;
    }
    const key = `${pair.unit}\u0000${pair.village}`;
    if (seen.has(key))
      problems.push(`pair ${pair.unit}→${pair.village}: unit used twice in one village`);
    if (excluded.has(key)) problems.push(`pair ${pair.unit}→${pair.village}: an excluded pair`);
    seen.add(key);
    used.set(unit.id, (used.get(unit.id) ?? 0) + 1);
    filled.set(village.code, (filled.get(village.code) ?? 0) + 1);
    const matched = matchedTags(unit.capabilities, village.needs);
    const fit = explicit.get(key) ?? matched.length;
    if (pair.fit !== fit)
      problems.push(`pair ${pair.unit}→${pair.village}: fit ${pair.fit}, expected ${fit}`);
    if (pair.matched.join('|') !== matched.join('|'))
      problems.push(`pair ${pair.unit}→${pair.village}: matched tags wrong`);
    total += pair.fit;
  }
  for (const unit of input.units) {
    const n = used.get(unit.id) ?? 0;
    if (n > unit.capacity)
      problems.push(`unit ${unit.id}: ${n} pairs over capacity ${unit.capacity}`);
  }
  const reported = new Map(plan.unfilled.map((u) => [u.village, u.missing]));
  for (const village of input.villages) {
    const n = filled.get(village.code) ?? 0;
    if (n > village.slots)
      problems.push(`village ${village.code}: ${n} units over ${village.slots} slots`);
    const missing = Math.max(0, village.slots - n);
    if ((reported.get(village.code) ?? 0) !== missing) {
      problems.push(
        `village ${village.code}: unfilled reported ${reported.get(village.code) ?? 0}, actual ${missing}`,
      );
    }
  }
  if (Math.abs(total - plan.totalFit) > 1e-9)
    problems.push(`totalFit ${plan.totalFit}, pairs sum to ${total}`);
  return problems;
}

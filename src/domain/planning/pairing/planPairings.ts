import { MinCostFlow } from '../flow/minCostFlow.ts';
import { matchedTags, unitClasses, villageClasses, type EquivalenceClass } from './pairingTypes.ts';
import type { Pair, PairingInput, PairingPlan } from './types.ts';

interface ClassFlow {
  unitClass: EquivalenceClass;
  villageClass: EquivalenceClass;
  edge: number;
}

/**
 * Exact pairing planner. Fills as many village slots as total capacity allows, each unit within
 * its capacity and at most once per village, never an excluded pair, and among those maximises
 * total fit.
 *
 * Interchangeable units and villages are merged into classes, so the min-cost flow runs on
 * (unit classes × village classes) instead of every pair; the class flows are then split back
 * into distinct unit–village pairs by wrap-around filling, which always succeeds because a
 * class-to-class edge carries at most |units| × min(capacity, |villages|).
 */
export function planPairings(input: PairingInput): PairingPlan {
  const explicit = new Map(
    input.fit.map((entry) => [`${entry.unit}\u0000${entry.village}`, entry.value]),
  );
  const excluded = new Set(
    (input.exclude ?? []).map((entry) => `${entry.unit}\u0000${entry.village}`),
  );
  const fitOf = (unit: number, village: number): number => {
    const u = input.units[unit];
    const v = input.villages[village];
    if (!u || !v) return 0;
    return explicit.get(`${u.id}\u0000${v.code}`) ?? matchedTags(u.capabilities, v.needs).length;
  };
  const units = unitClasses(input);
  const villages = villageClasses(input);
  const source = 0;
  const sink = 1;
  const graph = new MinCostFlow(2 + units.length + villages.length);
  units.forEach((uc, i) => graph.addEdge(source, 2 + i, uc.members.length * uc.amount, 0));
  villages.forEach((vc, j) =>
    graph.addEdge(2 + units.length + j, sink, vc.members.length * vc.amount, 0),
  );
  const flows: ClassFlow[] = [];
  units.forEach((unitClass, i) => {
    villages.forEach((villageClass, j) => {
      // classes are uniform, so the first members stand for all of them; a unit or village named
      // in an excluded pair is a class of its own, so skipping the edge excludes exactly that pair
      const u = input.units[unitClass.members[0] ?? 0];
      const v = input.villages[villageClass.members[0] ?? 0];
      if (u && v && excluded.has(`${u.id}\u0000${v.code}`)) return;
      const fit = fitOf(unitClass.members[0] ?? 0, villageClass.members[0] ?? 0);
      const capacity =
        unitClass.members.length * Math.min(unitClass.amount, villageClass.members.length);
      const edge = graph.addEdge(2 + i, 2 + units.length + j, capacity, -fit);
      flows.push({ unitClass, villageClass, edge });
    });
  });
  graph.solve(source, sink);
  const pairs = splitClassFlows(flows, graph).map(([unit, village]) => {
    const u = input.units[unit];
    const v = input.villages[village];
    return { unit, village, u, v };
  });
  pairs.sort((a, b) => a.village - b.village || a.unit - b.unit);
  const result: Pair[] = pairs.map(({ unit, village, u, v }) => ({
    unit: u?.id ?? '',
    village: v?.code ?? '',
    fit: fitOf(unit, village),
    matched: u && v ? matchedTags(u.capabilities, v.needs) : [],
  }));
  const received = new Map<string, number>();
  for (const pair of result) received.set(pair.village, (received.get(pair.village) ?? 0) + 1);
  const unfilled = input.villages
    .map((v) => ({ village: v.code, missing: v.slots - (received.get(v.code) ?? 0) }))
    .filter((entry) => entry.missing > 0);
  return { pairs: result, totalFit: result.reduce((sum, p) => sum + p.fit, 0), unfilled };
}

/** Turns class-to-class flow amounts into distinct (unit index, village index) pairs. */
function splitClassFlows(flows: ClassFlow[], graph: MinCostFlow): [number, number][] {
  // per unit class: spread each block's amount over its units by wrap-around, so no unit exceeds
  // its capacity and none takes more than min(capacity, |village class|) from one block
  const unitCursor = new Map<EquivalenceClass, number>();
  const demands = new Map<EquivalenceClass, [number, number][]>();
  for (const { unitClass, villageClass, edge } of flows) {
    const amount = Math.round(graph.flowOn(edge));
    if (amount <= 0) continue;
    const size = unitClass.members.length;
    let cursor = unitCursor.get(unitClass) ?? 0;
    const share = new Map<number, number>();
    for (let k = 0; k < amount; k++) {
      const unit = unitClass.members[cursor] ?? 0;
      share.set(unit, (share.get(unit) ?? 0) + 1);
      cursor = (cursor + 1) % size;
    }
    unitCursor.set(unitClass, cursor);
    const list = demands.get(villageClass) ?? [];
    for (const [unit, count] of share) list.push([unit, count]);
    demands.set(villageClass, list);
  }
  // per village class: each unit takes `count` consecutive villages (wrap-around), which are
  // distinct because count ≤ |class| and keep every village within its slots
  const pairs: [number, number][] = [];
  for (const [villageClass, list] of demands) {
    const size = villageClass.members.length;
    let cursor = 0;
    for (const [unit, count] of list) {
      for (let k = 0; k < count; k++) {
        pairs.push([unit, villageClass.members[cursor] ?? 0]);
        cursor = (cursor + 1) % size;
      }
    }
  }
  return pairs;
}

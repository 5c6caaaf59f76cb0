import { memberCost } from './blockModel.ts';
import { haversineKm } from './haversine.ts';
import type { UnionInput, UnionPlan } from './types.ts';

const TOLERANCE = 1e-6;

/** What a violation is about; the web renders each through i18n with the violation's fields. */
export const UNION_VIOLATION_CODES = [
  'unknownLead',
  'leadNotFirst',
  'size',
  'unknownVillage',
  'ineligible',
  'twoUnions',
  'township',
  'distance',
  'population',
  'populationReported',
  'costReported',
  'unplaced',
  'placedAndUnassigned',
  'coverageReported',
  'totalCostReported',
  'boundAboveCost',
  'boundNotOptimal',
] as const;
export type UnionViolationCode = (typeof UNION_VIOLATION_CODES)[number];

/**
 * One broken rule as data: which rule (code), where (the union by its position and its lead, the
 * villages concerned) and the numbers (the rule's limits, the value found, the value the plan
 * reported). Only the fields that apply are present.
 */
export interface UnionViolation {
  code: UnionViolationCode;
  /** position of the union in plan.unions */
  unionIndex?: number;
  /** the union's lead village */
  union?: string;
  /** the villages the violation names */
  villages?: string[];
  /** the rule's lower limit (size, population) */
  min?: number;
  /** the rule's upper limit (size, population, distance in km) */
  max?: number;
  /** the value found (villages, population, km, cost, coverage, bound) */
  actual?: number;
  /** the value the plan reported where it differs from `actual` */
  reported?: number;
}

const at = (k: number, lead: string) => ({ unionIndex: k, union: lead });
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Re-verifies a union plan against the input and rules; returns every violation (empty when
 * valid): unknown or ineligible villages, a village in two unions, size, population, distance
 * and township rules, lead not first, costs and totals that do not follow from the data, an
 * unassigned list that does not match, a bound above the cost.
 */
export function findUnionViolations(input: UnionInput, plan: UnionPlan): UnionViolation[] {
  const { rules } = input;
  const byCode = new Map(input.villages.map((v) => [v.code, v]));
  const found: UnionViolation[] = [];
  const placed = new Set<string>();
  let totalCost = 0;
  let coverage = 0;
  for (const [k, union] of plan.unions.entries()) {
    const lead = byCode.get(union.lead);
    if (!lead) {
      found.push({ code: 'unknownLead', ...at(k, union.lead), villages: [union.lead] });
      continue;
    }
    if (union.members[0] !== union.lead) found.push({ code: 'leadNotFirst', ...at(k, union.lead) });
    if (union.members.length < rules.minSize || union.members.length > rules.maxSize) {
      found.push({
        code: 'size',
        ...at(k, union.lead),
        actual: union.members.length,
        min: rules.minSize,
        max: rules.maxSize,
      });
    }
    let population = 0;
    let cost = 0;
    let strong = false;
    for (const code of union.members) {
      const village = byCode.get(code);
      if (!village) {
        found.push({ code: 'unknownVillage', ...at(k, union.lead), villages: [code] });
        continue;
      }
      if (!village.eligible)
        found.push({ code: 'ineligible', ...at(k, union.lead), villages: [code] });
      if (placed.has(code))
        found.push({ code: 'twoUnions', ...at(k, union.lead), villages: [code] });
      placed.add(code);
      population += village.population;
      coverage += village.priority;
      strong ||= village.strength >= rules.strongThreshold;
      if (code === union.lead) continue;
      const link = memberCost(lead, village, rules);
      if (link !== Infinity) cost += link;
      else if (rules.sameTownship && lead.township !== village.township)
        found.push({ code: 'township', ...at(k, union.lead), villages: [code] });
      else
        found.push({
          code: 'distance',
          ...at(k, union.lead),
          villages: [code],
          actual: round(haversineKm(lead.lat, lead.lng, village.lat, village.lng)),
          max: rules.maxDistanceKm,
        });
    }
    if (!strong) cost += rules.weakOnlyPenalty;
    if (population < rules.minPopulation || population > rules.maxPopulation) {
      found.push({
        code: 'population',
        ...at(k, union.lead),
        actual: population,
        min: rules.minPopulation,
        max: rules.maxPopulation,
      });
    }
    if (population !== union.population)
      found.push({
        code: 'populationReported',
        ...at(k, union.lead),
        actual: population,
        reported: union.population,
      });
    if (Math.abs(cost - union.cost) > TOLERANCE * Math.max(1, cost))
      found.push({
        code: 'costReported',
        ...at(k, union.lead),
        actual: cost,
        reported: union.cost,
      });
    totalCost += cost;
  }
  const listed = new Set(plan.unassigned.map((u) => u.code));
  for (const village of input.villages) {
    if (!placed.has(village.code) && !listed.has(village.code))
      found.push({ code: 'unplaced', villages: [village.code] });
    if (placed.has(village.code) && listed.has(village.code))
      found.push({ code: 'placedAndUnassigned', villages: [village.code] });
  }
  if (Math.abs(coverage - plan.coverage) > TOLERANCE * Math.max(1, coverage))
    found.push({ code: 'coverageReported', actual: coverage, reported: plan.coverage });
  if (Math.abs(totalCost - plan.cost) > TOLERANCE * Math.max(1, totalCost))
    found.push({ code: 'totalCostReported', actual: totalCost, reported: plan.cost });
  if (plan.bound.cost > plan.cost + TOLERANCE * Math.max(1, plan.cost))
    found.push({ code: 'boundAboveCost', actual: plan.bound.cost, max: plan.cost });
  if (
    plan.bound.kind === 'optimal' &&
    Math.abs(plan.bound.cost - plan.cost) > TOLERANCE * Math.max(1, plan.cost)
  ) {
    found.push({ code: 'boundNotOptimal', actual: plan.bound.cost, reported: plan.cost });
  }
  return found;
}

/** A violation in English, for the command line, logs and error messages. */
export function describeViolation(v: UnionViolation): string {
  const where =
    v.unionIndex !== undefined ? `unions[${v.unionIndex}] (lead ${v.union ?? '?'}): ` : '';
  const village = v.villages?.[0] ?? '?';
  switch (v.code) {
    case 'unknownLead':
      return `${where}unknown lead`;
    case 'leadNotFirst':
      return `${where}lead must be listed first among members`;
    case 'size':
      return `${where}${v.actual} villages, rules allow ${v.min}–${v.max}`;
    case 'unknownVillage':
      return `${where}unknown village ${village}`;
    case 'ineligible':
      return `${where}village ${village} is not eligible`;
    case 'twoUnions':
      return `${where}village ${village} is in two unions`;
    case 'township':
      return `${where}village ${village} is out of reach of the lead (another township)`;
    case 'distance':
      return `${where}village ${village} is out of reach of the lead (${v.actual} km, rules allow ${v.max} km)`;
    case 'population':
      return `${where}population ${v.actual}, rules allow ${v.min}–${v.max}`;
    case 'populationReported':
      return `${where}population reported ${v.reported}, actual ${v.actual}`;
    case 'costReported':
      return `${where}cost reported ${v.reported}, actual ${v.actual}`;
    case 'unplaced':
      return `village ${village}: neither in a union nor unassigned`;
    case 'placedAndUnassigned':
      return `village ${village}: both in a union and unassigned`;
    case 'coverageReported':
      return `coverage reported ${v.reported}, actual ${v.actual}`;
    case 'totalCostReported':
      return `cost reported ${v.reported}, actual ${v.actual}`;
    case 'boundAboveCost':
      return `bound ${v.actual} above the cost ${v.max}`;
    case 'boundNotOptimal':
      return 'bound claims optimal but differs from the cost';
  }
}

/** The violations of a plan in English (empty when valid); see findUnionViolations. */
export function checkUnionPlan(input: UnionInput, plan: UnionPlan): string[] {
  return findUnionViolations(input, plan).map(describeViolation);
}

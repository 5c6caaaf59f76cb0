import { isObject, keyedRecord, PlanningInputError } from '../inputError.ts';
import { DEFAULT_UNION_RULES, type UnionInput, type UnionRules, type Village } from './types.ts';

function parseRules(raw: unknown): UnionRules {
  if (raw === undefined) return { ...DEFAULT_UNION_RULES };
  if (!isObject(raw)) throw new PlanningInputError('rules', 'must be an object');
  const rules = { ...DEFAULT_UNION_RULES };
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in DEFAULT_UNION_RULES)) throw new PlanningInputError(`rules.${key}`, 'unknown rule');
    const expected = typeof DEFAULT_UNION_RULES[key as keyof UnionRules];
    if (
      typeof value !== expected ||
      (typeof value === 'number' && (!Number.isFinite(value) || value < 0))
    ) {
      throw new PlanningInputError(
        `rules.${key}`,
        `must be a ${expected === 'number' ? 'non-negative number' : expected}`,
      );
    }
    Object.assign(rules, { [key]: value });
  }
  if (!Number.isInteger(rules.minSize) || !Number.isInteger(rules.maxSize) || rules.minSize < 2) {
    throw new PlanningInputError(
      'rules.minSize',
      'group sizes must be integers and a union needs at least 2 villages',
    );
  }
  if (rules.minSize > rules.maxSize) {
    throw new PlanningInputError(
      'rules.minSize',
      `no group can meet minSize ${rules.minSize} > maxSize ${rules.maxSize}`,
    );
  }
  if (rules.minPopulation > rules.maxPopulation) {
    throw new PlanningInputError(
      'rules.minPopulation',
      `no group can meet minPopulation ${rules.minPopulation} > maxPopulation ${rules.maxPopulation}`,
    );
  }
  return rules;
}

function parseVillage(raw: unknown, index: number, seen: Set<string>): Village {
  const { fields, id: code, record } = keyedRecord(raw, 'villages', index, 'code', seen, 'village');
  const num = (field: string, min: number, max: number): number => {
    const value = fields[field];
    if (value === undefined || value === null)
      throw new PlanningInputError(record, `missing ${field}`);
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new PlanningInputError(record, `${field} must be a number`);
    if (value < min || value > max)
      throw new PlanningInputError(record, `${field} ${value} is outside ${min}..${max}`);
    return value;
  };
  const str = (field: string): string => {
    const value = fields[field];
    if (typeof value !== 'string') throw new PlanningInputError(record, `missing ${field}`);
    return value;
  };
  if (typeof fields.population === 'number' && fields.population < 0) {
    throw new PlanningInputError(record, `negative population ${fields.population}`);
  }
  if (fields.eligible !== undefined && typeof fields.eligible !== 'boolean')
    throw new PlanningInputError(record, 'eligible must be true or false');
  return {
    code,
    name: typeof fields.name === 'string' ? fields.name : code,
    lat: num('lat', -90, 90),
    lng: num('lng', -180, 180),
    population: num('population', 0, Number.MAX_SAFE_INTEGER),
    industry: str('industry'),
    strength: num('strength', 0, 1),
    township: str('township'),
    eligible: fields.eligible ?? true,
    priority: fields.priority === undefined ? 1 : num('priority', 0, 1e9),
  };
}

/** Parses untrusted JSON into union-planner input, naming the first bad record. */
export function validateUnionInput(raw: unknown): UnionInput {
  if (!isObject(raw)) throw new PlanningInputError('', 'input must be a JSON object with villages');
  if (!Array.isArray(raw.villages) || raw.villages.length === 0) {
    throw new PlanningInputError('villages', 'must be a non-empty array');
  }
  const rules = parseRules(raw.rules);
  const seen = new Set<string>();
  const villages = raw.villages.map((village: unknown, i: number) =>
    parseVillage(village, i, seen),
  );
  return { rules, villages };
}

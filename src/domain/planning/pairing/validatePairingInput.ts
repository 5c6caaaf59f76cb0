import { isObject, keyedRecord, PlanningInputError } from '../inputError.ts';
import type {
  ExcludedPair,
  ExplicitFit,
  PairingInput,
  PairingUnit,
  PairingVillage,
} from './types.ts';

function tagList(value: unknown, record: string, field: string): string[] {
  if (!Array.isArray(value))
    throw new PlanningInputError(record, `${field} must be an array of tags`);
  const tags: string[] = [];
  for (const tag of value) {
    if (typeof tag !== 'string' || tag.length === 0) {
      throw new PlanningInputError(record, `${field} must hold non-empty strings`);
    }
    // a repeated tag would count twice towards fit
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function count(value: unknown, fallback: number, record: string, field: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new PlanningInputError(
      record,
      `${field} must be a non-negative integer, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function parseUnit(raw: unknown, index: number, seen: Set<string>): PairingUnit {
  const { fields, id, record } = keyedRecord(raw, 'units', index, 'id', seen, 'unit');
  return {
    id,
    capabilities: tagList(fields.capabilities, record, 'capabilities'),
    capacity: count(fields.capacity, 1, record, 'capacity'),
  };
}

function parseVillage(raw: unknown, index: number, seen: Set<string>): PairingVillage {
  const { fields, id, record } = keyedRecord(raw, 'villages', index, 'code', seen, 'village');
  return {
    code: id,
    needs: tagList(fields.needs, record, 'needs'),
    slots: count(fields.slots, 2, record, 'slots'),
  };
}

function parseFit(
  raw: unknown,
  index: number,
  units: Set<string>,
  villages: Set<string>,
  seen: Set<string>,
): ExplicitFit {
  const record = `fit[${index}]`;
  if (!isObject(raw)) throw new PlanningInputError(record, 'must be an object');
  const { unit, village, value } = raw;
  if (typeof unit !== 'string' || !units.has(unit))
    throw new PlanningInputError(record, `unknown unit ${JSON.stringify(unit)}`);
  if (typeof village !== 'string' || !villages.has(village)) {
    throw new PlanningInputError(record, `unknown village ${JSON.stringify(village)}`);
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new PlanningInputError(record, 'value must be a finite number');
  const key = `${unit}\u0000${village}`;
  if (seen.has(key))
    throw new PlanningInputError(record, `duplicate fit for unit ${unit} and village ${village}`);
  seen.add(key);
  return { unit, village, value };
}

function parseExcluded(
  raw: unknown,
  index: number,
  units: Set<string>,
  villages: Set<string>,
): ExcludedPair {
  const record = `exclude[${index}]`;
  if (!isObject(raw)) throw new PlanningInputError(record, 'must be an object');
  const { unit, village } = raw;
  if (typeof unit !== 'string' || !units.has(unit))
    throw new PlanningInputError(record, `unknown unit ${JSON.stringify(unit)}`);
  if (typeof village !== 'string' || !villages.has(village)) {
    throw new PlanningInputError(record, `unknown village ${JSON.stringify(village)}`);
  }
  return { unit, village };
}

/** Parses untrusted JSON into a pairing input, naming the first bad record. */
export function validatePairingInput(raw: unknown): PairingInput {
  if (!isObject(raw))
    throw new PlanningInputError('', 'input must be a JSON object with units and villages');
  if (!Array.isArray(raw.units) || raw.units.length === 0)
    throw new PlanningInputError('units', 'must be a non-empty array');
  if (!Array.isArray(raw.villages) || raw.villages.length === 0) {
    throw new PlanningInputError('villages', 'must be a non-empty array');
  }
  const unitIds = new Set<string>();
  const units = raw.units.map((unit: unknown, i: number) => parseUnit(unit, i, unitIds));
  const codes = new Set<string>();
  const villages = raw.villages.map((village: unknown, i: number) =>
    parseVillage(village, i, codes),
  );
  if (raw.fit !== undefined && !Array.isArray(raw.fit))
    throw new PlanningInputError('fit', 'must be an array when given');
  const fitKeys = new Set<string>();
  const fit = (raw.fit ?? []).map((entry: unknown, i: number) =>
    parseFit(entry, i, unitIds, codes, fitKeys),
  );
  if (raw.exclude !== undefined && !Array.isArray(raw.exclude))
    throw new PlanningInputError('exclude', 'must be an array when given');
  const exclude = (raw.exclude ?? []).map((entry: unknown, i: number) =>
    parseExcluded(entry, i, unitIds, codes),
  );
  return { units, villages, fit, exclude };
}

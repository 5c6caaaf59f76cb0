import { parseRegionCode } from '../../../domain/region/regionCode.ts';
import type { regions } from '../../db/schema/index.ts';

export interface RegionInput {
  code: string;
  name: string;
  urbanRuralClass?: string | null;
  lat?: number | null;
  lng?: number | null;
  population?: number | null;
  households?: number | null;
}

/** The stored row of a region: level, parent and county follow from its code. */
export function regionRow(
  input: RegionInput,
  now: Date,
): typeof regions.$inferInsert & { level: string; parentCode: string | null } {
  const parsed = parseRegionCode(input.code);
  if (!parsed.ok) throw new Error(`invalid region code ${input.code}: ${parsed.reason}`);
  return {
    code: input.code,
    regionCode: input.code,
    countyCode: parsed.info.countyCode,
    parentCode: parsed.info.parentCode,
    level: parsed.info.level,
    name: input.name,
    urbanRuralClass: input.urbanRuralClass ?? null,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    population: input.population ?? null,
    households: input.households ?? null,
    createdAt: now,
    updatedAt: now,
  };
}

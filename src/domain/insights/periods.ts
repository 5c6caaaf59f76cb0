import { LEVEL_PREFIX_LENGTH, REGION_LEVELS, type RegionLevel } from '../region/regionCode.ts';

/** The level a 12-digit code names, read from its trailing zeros. */
export function levelOfCode(code: string): RegionLevel {
  for (const level of REGION_LEVELS) {
    if (/^0*$/.test(code.slice(LEVEL_PREFIX_LENGTH[level]))) return level;
  }
  return 'village';
}

/** The code itself and every region above it, each keyed by its level. */
export function ancestorsOf(code: string): { level: RegionLevel; code: string }[] {
  const own = REGION_LEVELS.indexOf(levelOfCode(code));
  return REGION_LEVELS.slice(0, own + 1).map((level) => ({
    level,
    code: code.slice(0, LEVEL_PREFIX_LENGTH[level]).padEnd(12, '0'),
  }));
}

/** The periods a month rolls into: itself, its quarter, its year ("2026-05" → 2026-Q2, 2026). */
export function periodsOfMonth(month: string): string[] {
  const year = month.slice(0, 4);
  const quarter = Math.floor((Number(month.slice(5, 7)) + 2) / 3);
  return [month, `${year}-Q${quarter}`, year];
}

/** The twelve months of a year, for trend lines. */
export function monthsOf(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

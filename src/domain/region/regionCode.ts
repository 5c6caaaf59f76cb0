/**
 * 统计用区划代码: 12 digits `PP CC DD TTT VVV` (province, city, county, township, village).
 * Scope checks in Lingyan are prefix checks on this code, so its structure is validated strictly.
 */
export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Digits that identify a region at each level; the rest of the code is zeros. */
export const LEVEL_PREFIX_LENGTH: Record<RegionLevel, number> = {
  province: 2,
  city: 4,
  county: 6,
  township: 9,
  village: 12,
};

export type TownshipKind = 'subdistrict' | 'town' | 'township';
export type VillageKind = 'community' | 'village';

export interface RegionCodeInfo {
  code: string;
  level: RegionLevel;
  /** The code of the enclosing region, or null for a province. */
  parentCode: string | null;
  /** First six digits: the county a tenant row belongs to (DESIGN.md §5, sharding key). */
  countyCode: string;
  townshipKind?: TownshipKind;
  villageKind?: VillageKind;
}

export type RegionCodeResult = { ok: true; info: RegionCodeInfo } | { ok: false; reason: string };

const SEGMENTS: { level: RegionLevel; start: number; end: number }[] = [
  { level: 'province', start: 0, end: 2 },
  { level: 'city', start: 2, end: 4 },
  { level: 'county', start: 4, end: 6 },
  { level: 'township', start: 6, end: 9 },
  { level: 'village', start: 9, end: 12 },
];

function townshipKindOf(n: number): TownshipKind | null {
  if (n >= 1 && n <= 99) return 'subdistrict'; // 街道
  if (n >= 100 && n <= 199) return 'town'; // 镇
  if (n >= 200 && n <= 399) return 'township'; // 乡
  return null;
}

/** Parses and validates a 12-digit region code. */
export function parseRegionCode(code: string): RegionCodeResult {
  if (!/^\d{12}$/.test(code)) return { ok: false, reason: 'must be exactly 12 digits' };
  const values = SEGMENTS.map((s) => Number(code.slice(s.start, s.end)));
  const province = values[0] ?? 0;
  if (province < 11 || province > 82) return { ok: false, reason: 'province digits must be 11–82' };
  let depth = 0;
  for (let i = 1; i < SEGMENTS.length; i++) {
    if ((values[i] ?? 0) !== 0) {
      if (depth !== i - 1)
        return {
          ok: false,
          reason: `${SEGMENTS[i]?.level} digits set under an empty ${SEGMENTS[i - 1]?.level}`,
        };
      depth = i;
    }
  }
  const level = SEGMENTS[depth]?.level ?? 'province';
  const info: RegionCodeInfo = {
    code,
    level,
    parentCode: depth === 0 ? null : padCode(code.slice(0, SEGMENTS[depth - 1]?.end ?? 0)),
    countyCode: code.slice(0, 6),
  };
  if (depth >= 3) {
    const kind = townshipKindOf(values[3] ?? 0);
    if (!kind)
      return {
        ok: false,
        reason: 'township digits must be 001–399 (001–099 街道, 100–199 镇, 200–399 乡)',
      };
    info.townshipKind = kind;
  }
  if (depth === 4) info.villageKind = (values[4] ?? 0) <= 199 ? 'community' : 'village';
  return { ok: true, info };
}

export function isValidRegionCode(code: string): boolean {
  return parseRegionCode(code).ok;
}

/** Right-pads a prefix with zeros to a full 12-digit code. */
export function padCode(prefix: string): string {
  return prefix.padEnd(12, '0');
}

/** The significant prefix of a valid code: `410599101000` → `410599101`. */
export function scopePrefix(code: string): string {
  const parsed = parseRegionCode(code);
  if (!parsed.ok) throw new Error(`invalid region code ${code}: ${parsed.reason}`);
  return code.slice(0, LEVEL_PREFIX_LENGTH[parsed.info.level]);
}

/** Inclusive bounds of every code inside a scope, for an index-friendly range predicate. */
export function scopeRange(code: string): { low: string; high: string } {
  const prefix = scopePrefix(code);
  return { low: prefix.padEnd(12, '0'), high: prefix.padEnd(12, '9') };
}

/** True when `code` lies in the subtree rooted at `scopeCode` (a region contains itself). */
export function isWithinScope(code: string, scopeCode: string): boolean {
  return code.startsWith(scopePrefix(scopeCode));
}

/** The level directly below, or null for a village. */
export function childLevel(level: RegionLevel): RegionLevel | null {
  return REGION_LEVELS[REGION_LEVELS.indexOf(level) + 1] ?? null;
}

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

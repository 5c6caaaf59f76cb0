import type { RegionLevel } from '../region/regionCode.ts';
import type { TargetDefinition } from './scheme.ts';

/**
 * The preset targets that hold for a region: a target set for one level (a city's plan of absolute
 * counts: 安阳 127 five-star branches) only there; shares (三星以上 79 %) are inherited below,
 * because a county of 280 branches cannot be measured against a city's count.
 */
export function targetsForLevel(
  targets: readonly TargetDefinition[],
  level: RegionLevel,
): TargetDefinition[] {
  return targets.filter((t) => t.setFor === undefined || t.setFor === level);
}

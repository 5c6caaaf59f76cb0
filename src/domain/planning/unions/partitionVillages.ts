import { PlanningInputError } from '../inputError.ts';
import { haversineKm } from './haversine.ts';
import type { UnionRules, Village } from './types.ts';

/** Largest independent block the dense per-block matrices accept (3,000² doubles ≈ 72 MB). */
export const MAX_BLOCK_VILLAGES = 3000;

/**
 * Splits eligible villages into independent blocks: no union can span two blocks, because
 * blocks are different townships (when required) or out of reach of each other. Returns
 * indices into `villages`, each block in input order, blocks ordered by their first village.
 */
export function partitionVillages(villages: Village[], rules: UnionRules): number[][] {
  const parent = villages.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const join = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // grid cells one reach wide: partners can only sit in the 3 × 3 cells around a village
  const maxAbsLat = Math.min(
    89,
    villages.reduce((most, v) => Math.max(most, Math.abs(v.lat)), 0),
  );
  const cellLat = Math.max(rules.maxDistanceKm, 1e-6) / 111;
  const cellLng = cellLat / Math.cos((maxAbsLat * Math.PI) / 180);
  const cells = new Map<string, number[]>();
  const keyOf = (i: number): [number, number] => [
    Math.floor(villages[i]!.lat / cellLat),
    Math.floor(villages[i]!.lng / cellLng),
  ];
  villages.forEach((v, i) => {
    if (!v.eligible) return;
    const [a, b] = keyOf(i);
    const key = `${a},${b}`;
    const list = cells.get(key) ?? [];
    list.push(i);
    cells.set(key, list);
  });
  villages.forEach((v, i) => {
    if (!v.eligible) return;
    const [a, b] = keyOf(i);
    for (let da = -1; da <= 1; da++) {
      for (let db = -1; db <= 1; db++) {
        for (const k of cells.get(`${a + da},${b + db}`) ?? []) {
          if (k <= i) continue;
          const w = villages[k]!;
          if (rules.sameTownship && w.township !== v.township) continue;
          if (haversineKm(v.lat, v.lng, w.lat, w.lng) <= rules.maxDistanceKm) join(i, k);
        }
      }
    }
  });
  const blocks = new Map<number, number[]>();
  villages.forEach((v, i) => {
    if (!v.eligible) return;
    const root = find(i);
    const block = blocks.get(root) ?? [];
    block.push(i);
    blocks.set(root, block);
  });
  const result = [...blocks.values()];
  for (const block of result) {
    if (block.length > MAX_BLOCK_VILLAGES) {
      const first = villages[block[0]!]!;
      throw new PlanningInputError(
        `township ${first.township}`,
        `${block.length} villages lie within reach of each other (limit ${MAX_BLOCK_VILLAGES}); split the area or require the same township`,
      );
    }
  }
  return result;
}

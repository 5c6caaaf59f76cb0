import { seededRandom } from '../../src/domain/planning/random.ts';

const TAGS = [
  'agriculture',
  'forestry',
  'finance',
  'health',
  'transport',
  'water',
  'legal',
  'tourism',
  'education',
  'trade',
  'ecommerce',
  'culture',
];

function pickTags(random: () => number, min: number, max: number): string[] {
  const count = min + Math.floor(random() * (max - min + 1));
  const tags = new Set<string>();
  while (tags.size < count) tags.add(TAGS[Math.floor(random() * TAGS.length)] ?? 'agriculture');
  return [...tags];
}

/** A pairing instance shaped like 高州 (units with 1–3 capabilities, villages needing 2–4). */
export function generatePairing(units: number, villages: number, slots: number, seed: number) {
  const random = seededRandom(seed);
  return {
    units: Array.from({ length: units }, (_, i) => ({
      id: `U${i}`,
      capabilities: pickTags(random, 1, 3),
    })),
    villages: Array.from({ length: villages }, (_, j) => ({
      code: `V${j}`,
      needs: pickTags(random, 2, 4),
      slots,
    })),
  };
}

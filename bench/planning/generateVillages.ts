import { seededRandom } from '../../src/domain/planning/random.ts';

const INDUSTRIES = ['grain', 'vegetables', 'fruit', 'livestock', 'tea', 'tourism', 'processing'];

/**
 * A synthetic county-like region: townships of ~50 villages spread over ~10 × 10 km each,
 * log-normal populations (median ~420, a few over 2,000), industries clustered by township,
 * about a quarter of villages strong. Deterministic for a seed.
 */
export function generateVillages(count: number, seed: number, villagesPerTownship = 50) {
  const random = seededRandom(seed);
  const normal = (): number =>
    Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const townships = Math.max(1, Math.round(count / villagesPerTownship));
  const side = Math.ceil(Math.sqrt(townships));
  const villages = [];
  for (let k = 0; k < count; k++) {
    const t = k % townships;
    const centerLat = 36 + Math.floor(t / side) * 0.1;
    const centerLng = 119 + (t % side) * 0.12;
    const main = INDUSTRIES[t % INDUSTRIES.length] ?? 'grain';
    const industry =
      random() < 0.6 ? main : (INDUSTRIES[Math.floor(random() * INDUSTRIES.length)] ?? 'grain');
    const population = Math.max(60, Math.round(420 * Math.exp(0.55 * normal())));
    villages.push({
      code: `37${String(t).padStart(7, '0')}${String(200 + Math.floor(k / townships)).padStart(3, '0')}`,
      name: `村${k}`,
      lat: Number((centerLat + (random() - 0.5) * 0.09).toFixed(6)),
      lng: Number((centerLng + (random() - 0.5) * 0.11).toFixed(6)),
      population,
      industry,
      strength: Number(random().toFixed(3)),
      township: `T${t}`,
      priority: random() < 0.2 ? 2 : 1,
    });
  }
  return { villages };
}

import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../domain/planning/random.ts';
import { checkUnionPlan } from '../domain/planning/unions/checkUnionPlan.ts';
import { planUnions } from '../domain/planning/unions/planUnions.ts';
import { validateUnionInput } from '../domain/planning/unions/validateUnionInput.ts';
import { SearchPool } from './searchPool.ts';

const searchPool = new SearchPool(2);
afterAll(() => searchPool.close());

/** Three townships of 40 villages each over ~8 × 8 km. */
function county() {
  const random = seededRandom(4);
  return {
    villages: Array.from({ length: 120 }, (_, i) => ({
      code: `V${i}`,
      name: `V${i}`,
      lat: 36 + Math.floor(i / 40) + random() * 0.07,
      lng: 119 + random() * 0.09,
      population: 200 + Math.floor(random() * 500),
      industry: random() < 0.5 ? 'grain' : 'fruit',
      strength: random(),
      township: `T${Math.floor(i / 40)}`,
    })),
  };
}

describe('SearchPool', () => {
  it('searches the blocks on worker threads exactly as the calling thread does when time is no limit', async () => {
    const input = validateUnionInput(county());
    const options = {
      seed: 4,
      iterationsPerVillage: 5,
      timeLimitSeconds: 600,
      now: () => performance.now(),
    };
    const here = await planUnions(input, options);
    const progress: number[] = [];
    const pooled = await planUnions(input, {
      ...options,
      searcher: searchPool.search,
      searchParallelism: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(here.blocks.length).toBeGreaterThan(1);
    expect(pooled.plan).toEqual(here.plan);
    expect(checkUnionPlan(input, pooled.plan)).toEqual([]);
    expect(progress).toEqual(here.blocks.map((_, b) => b + 1));
  });
});

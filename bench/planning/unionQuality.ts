// Heuristic vs proven optimum on generated county instances, block by block.
// Run: npx tsx bench/planning/unionQuality.ts [seed] [villages] [secondsPerBlock]
import { planUnions } from '../../src/domain/planning/unions/planUnions.ts';
import { validateUnionInput } from '../../src/domain/planning/unions/validateUnionInput.ts';
import { HighsPool } from '../../src/solver/highsPool.ts';
import { generateVillages } from './generateVillages.ts';

export interface QualityRow {
  seed: number;
  villages: number;
  blocks: number;
  provenBlocks: number;
  sameCoverage: number;
  heuristicCost: number;
  optimumCost: number;
  gapPercent: number;
  heuristicSeconds: number;
  exactSeconds: number;
}

/** Plans once without a solver (the heuristic alone), once with a generous exact budget per block. */
export async function unionQuality(
  seed: number,
  count: number,
  secondsPerBlock: number,
  pool: HighsPool,
): Promise<QualityRow> {
  const input = validateUnionInput(generateVillages(count, seed));
  const t0 = performance.now();
  const heuristic = await planUnions(input, {
    seed,
    now: () => performance.now(),
    timeLimitSeconds: 600,
  });
  const heuristicSeconds = (performance.now() - t0) / 1000;
  const blocks = heuristic.blocks.length;
  const t1 = performance.now();
  const exact = await planUnions(input, {
    seed,
    now: () => performance.now(),
    solver: pool.solve,
    solverParallelism: 2,
    timeLimitSeconds: (secondsPerBlock * blocks) / 2,
  });
  const exactSeconds = (performance.now() - t1) / 1000;
  let provenBlocks = 0;
  let sameCoverage = 0;
  let heuristicCost = 0;
  let optimumCost = 0;
  exact.blocks.forEach((block, b) => {
    if (!block.result.exact) return;
    const h = heuristic.blocks[b]!.result.objective;
    provenBlocks += 1;
    if (Math.abs(h.value - block.result.objective.value) < 1e-9) {
      sameCoverage += 1;
      heuristicCost += h.cost;
      optimumCost += block.result.objective.cost;
    }
  });
  const gapPercent = optimumCost > 0 ? (100 * (heuristicCost - optimumCost)) / optimumCost : 0;
  return {
    seed,
    villages: count,
    blocks,
    provenBlocks,
    sameCoverage,
    heuristicCost,
    optimumCost,
    gapPercent,
    heuristicSeconds,
    exactSeconds,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pool = new HighsPool(2);
  const row = await unionQuality(
    Number(process.argv[2] ?? 1),
    Number(process.argv[3] ?? 900),
    Number(process.argv[4] ?? 60),
    pool,
  );
  console.log(JSON.stringify(row));
  await pool.close();
}

// Pairing planner: 108 × 54 (高州) and 10,000 × 5,000 × 2, time and peak memory, each in its own
// process; an exact HiGHS LP over every pair checks optimality at 400 × 200 in the same run.
// Run: npx tsx bench/planning/pairingBench.ts
import { execFileSync } from 'node:child_process';
import { matchedTags } from '../../src/domain/planning/pairing/pairingTypes.ts';
import { planPairings } from '../../src/domain/planning/pairing/planPairings.ts';
import type { PairingInput } from '../../src/domain/planning/pairing/types.ts';
import { validatePairingInput } from '../../src/domain/planning/pairing/validatePairingInput.ts';
import { HighsPool } from '../../src/solver/highsPool.ts';
import { generatePairing } from './generatePairing.ts';

/** Plain greedy baseline: villages in order take the best-fitting units still free. */
function greedyPairing(input: PairingInput): { pairs: number; fit: number } {
  const left = input.units.map((u) => u.capacity);
  let pairs = 0;
  let fit = 0;
  for (const v of input.villages) {
    const ranked = input.units
      .map((u, i) => ({ i, f: matchedTags(u.capabilities, v.needs).length }))
      .sort((a, b) => b.f - a.f);
    let slots = v.slots;
    for (const { i, f } of ranked) {
      if (slots === 0) break;
      if ((left[i] ?? 0) === 0) continue;
      left[i] = (left[i] ?? 0) - 1;
      slots -= 1;
      pairs += 1;
      fit += f;
    }
  }
  return { pairs, fit };
}

function runOne(units: number, villages: number, slots: number): void {
  const raw = generatePairing(units, villages, slots, 6);
  const t0 = performance.now();
  const plan = planPairings(validatePairingInput(raw));
  const seconds = (performance.now() - t0) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const greedy = units * villages <= 2_000_000 ? greedyPairing(validatePairingInput(raw)) : null;
  console.log(
    JSON.stringify({
      units,
      villages,
      slots,
      pairs: plan.pairs.length,
      totalFit: plan.totalFit,
      seconds,
      peakMb,
      greedy,
    }),
  );
}

function lp(input: PairingInput, fillWeight: number): string {
  const terms: string[] = [];
  const rows: string[] = [];
  input.units.forEach((u, i) =>
    input.villages.forEach((v, j) =>
      terms.push(`+ ${fillWeight + matchedTags(u.capabilities, v.needs).length} p${i}_${j}`),
    ),
  );
  input.units.forEach((u, i) =>
    rows.push(` u${i}: ${input.villages.map((_, j) => `+ p${i}_${j}`).join(' ')} <= ${u.capacity}`),
  );
  input.villages.forEach((v, j) =>
    rows.push(` v${j}: ${input.units.map((_, i) => `+ p${i}_${j}`).join(' ')} <= ${v.slots}`),
  );
  const bounds = input.units.flatMap((_, i) => input.villages.map((_, j) => ` p${i}_${j} <= 1`));
  const wrapped: string[] = [];
  for (let k = 0; k < terms.length; k += 40) wrapped.push(` ${terms.slice(k, k + 40).join(' ')}`);
  return ['Maximize', ' fit:', ...wrapped, 'Subject To', ...rows, 'Bounds', ...bounds, 'End'].join(
    '\n',
  );
}

async function exactCheck(): Promise<void> {
  // 390 units for 400 slots: the fill-first rule is exercised too
  const input = validatePairingInput(generatePairing(390, 200, 2, 7));
  const plan = planPairings(input);
  const pool = new HighsPool(1);
  const fillWeight = 10_000;
  const result = await pool.solve(lp(input, fillWeight), { timeLimitSeconds: 300 });
  await pool.close();
  const lpPairs = Math.round((result.objective ?? 0) / fillWeight);
  const lpFit = Math.round((result.objective ?? 0) - lpPairs * fillWeight);
  console.log(
    JSON.stringify({
      exactCheck: '390x200x2',
      status: result.status,
      plannerPairs: plan.pairs.length,
      plannerFit: plan.totalFit,
      lpPairs,
      lpFit,
      lpSeconds: result.seconds,
    }),
  );
}

const [mode, a, b, c] = process.argv.slice(2);
if (mode === '--one') runOne(Number(a), Number(b), Number(c));
else {
  for (const [u, v, s] of [
    [108, 54, 2],
    [1000, 500, 2],
    [10_000, 5_000, 2],
  ] as const) {
    process.stdout.write(
      execFileSync(
        'npx',
        ['tsx', 'bench/planning/pairingBench.ts', '--one', String(u), String(v), String(s)],
        { encoding: 'utf8' },
      ),
    );
  }
  await exactCheck();
}

// Writes the "## Planners" section of docs/PERFORMANCE.md from bench/results/*.jsonl, leaving
// every other section as it is. Run after the benches: npx tsx bench/planning/writePerformance.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DOC = 'docs/PERFORMANCE.md';
type Row = Record<string, unknown>;

function rows(file: string): Row[] {
  const path = `bench/results/${file}`;
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Row);
}

const num = (value: unknown, digits = 2): string =>
  typeof value === 'number' ? value.toFixed(digits) : '–';
const get = (row: Row, key: string): Row => (row[key] ?? {}) as Row;

function pmedcapTable(): string[] {
  const all = rows('pmedcap.jsonl');
  const data = all.filter((r) => r.instance !== undefined);
  const summary = get(all.find((r) => r.summary) ?? {}, 'summary');
  return [
    '| instance | n | ours | optimum | gap % | ours s | exact HiGHS s (status) | greedy | greedy / optimum |',
    '|---|---|---|---|---|---|---|---|---|',
    ...data.map(
      (r) =>
        `| ${r.instance} | ${r.n} | ${r.value} | ${r.optimum} | ${num(r.gapPercent)} | ${num(r.seconds)} | ${num(r.exactSeconds)} (${r.exactStatus}) | ${r.greedyValue ?? '–'} | ${num(Number(r.greedyValue) / Number(r.optimum), 3)} |`,
    ),
    '',
    `Optimum on ${summary.optimal ?? '?'} of ${summary.of ?? '?'}; mean gap ${num(summary.meanGapPercent, 3)} %; faster than the exact solve on ${summary.fasterThanExact ?? '?'} of ${summary.of ?? '?'}; plain greedy (k-means++ leads + regret insertion) averages ${num(summary.greedyMeanRatio, 3)} × the optimum.`,
    '',
    'Other seeds, search only (`npx tsx bench/planning/pmedcapSeeds.ts 2 3 4 5`):',
    '',
    ...rows('pmedcap-seeds.jsonl').map(
      (r) =>
        `- seed ${r.seed}: optimum on ${r.optimal} of ${r.of}, mean gap ${num(r.meanGapPercent, 3)} %, ${num(r.cpuSeconds, 1)} CPU s for all ten`,
    ),
  ];
}

function pairingTable(): string[] {
  const all = rows('pairing.jsonl');
  const check = all.find((r) => r.exactCheck);
  return [
    '| units × villages × slots | pairs | total fit | seconds | peak RSS MB | greedy pairs / fit |',
    '|---|---|---|---|---|---|',
    ...all
      .filter((r) => r.units !== undefined)
      .map((r) => {
        const greedy = r.greedy as Row | null;
        return `| ${r.units} × ${r.villages} × ${r.slots} | ${r.pairs} | ${r.totalFit} | ${num(r.seconds, 3)} | ${num(r.peakMb, 0)} | ${greedy ? `${greedy.pairs} / ${greedy.fit}` : '–'} |`;
      }),
    '',
    check
      ? `Exactness check in the same run (${check.exactCheck}, 390 units for 400 slots): planner ${check.plannerPairs} pairs / fit ${check.plannerFit}; HiGHS LP over every pair ${check.lpPairs} pairs / fit ${check.lpFit} (${check.status}, ${num(check.lpSeconds)} s).`
      : '',
  ];
}

function unionTables(): string[] {
  const scale = rows('unions.jsonl');
  const quality = rows('union-quality.jsonl');
  return [
    '| villages (seed) | limit s | wall s | peak MB | blocks proven | coverage / upper bound | cost | bound (kind) | cost − bound | search only cost | greedy coverage / cost | violations |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...scale.map((r) => {
      const bound = get(r, 'bound');
      const search = get(r, 'searchOnly');
      const greedy = get(r, 'greedy');
      return `| ${r.villages} (${r.seed}) | ${r.timeLimit} | ${num(r.seconds, 1)} | ${num(r.peakMb, 0)} | ${r.provenBlocks} / ${r.blocks} | ${r.coverage} / ${r.coverageUpperBound} | ${num(r.cost, 1)} | ${num(bound.cost, 1)} (${bound.kind}) | ${num(r.gapToBoundPercent)} % | ${num(search.cost, 1)} | ${greedy.coverage} / ${num(greedy.cost, 1)} | ${r.violations} |`;
    }),
    '',
    'Search alone vs proven optimum, county instances (900 villages, 18 townships), blocks where HiGHS proved the optimum within 60 s per block:',
    '',
    '| seed | proven blocks | same coverage | search cost | optimum cost | gap % | search s | exact run s |',
    '|---|---|---|---|---|---|---|---|',
    ...quality.map(
      (r) =>
        `| ${r.seed} | ${r.provenBlocks} / ${r.blocks} | ${r.sameCoverage} / ${r.provenBlocks} | ${num(r.heuristicCost, 1)} | ${num(r.optimumCost, 1)} | ${num(r.gapPercent, 3)} | ${num(r.heuristicSeconds, 1)} | ${num(r.exactSeconds, 0)} |`,
    ),
  ];
}

export function plannersSection(notes: string[]): string {
  return [
    '## Planners',
    '',
    ...notes,
    '',
    '### Capacitated p-median (pmedcap1, OR-Library)',
    '',
    '`npx tsx bench/planning/pmedcapBench.ts 1`',
    '',
    ...pmedcapTable(),
    '',
    '### Pairing planner',
    '',
    '`npx tsx bench/planning/pairingBench.ts`',
    '',
    ...pairingTable(),
    '',
    '### Union planner',
    '',
    '`bash bench/planning/runUnionBenches.sh` (runs `unionScaleBench.ts <villages> <limit> <seed>` and `unionQuality.ts <seed> 900 60`)',
    '',
    ...unionTables(),
    '',
  ].join('\n');
}

const notesPath = 'bench/planning/performanceNotes.md';
const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8').trimEnd().split('\n') : [];
const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Performance\n';
const section = plannersSection(notes);
const start = current.indexOf('## Planners');
let next = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
if (next >= 0) next += 1;
const updated =
  start < 0
    ? `${current.trimEnd()}\n\n${section}`
    : `${current.slice(0, start)}${section}${next >= 0 ? `\n${current.slice(next)}` : ''}`;
writeFileSync(DOC, updated);
console.log(`wrote the Planners section of ${DOC}`);

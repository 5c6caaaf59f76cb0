import { pmedianDistance, type PmedianInstance } from './pmedianInstance.ts';

/**
 * The exact capacitated p-median MIP as CPLEX LP text (x_i_j: point i served by median j,
 * y_j: j open), with the strong linking rows x_i_j ≤ y_j. Used to prove optima and as the
 * reference solve in the benchmark.
 */
export function pmedianLp(instance: PmedianInstance): string {
  const n = instance.ids.length;
  const out: string[] = ['Minimize', ' cost:'];
  const terms: string[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) terms.push(`+ ${pmedianDistance(instance, i, j)} x_${i}_${j}`);
  out.push(...chunk(terms), 'Subject To');
  for (let i = 0; i < n; i++) out.push(` a${i}: ${range(n, (j) => `+ x_${i}_${j}`)} = 1`);
  out.push(` p: ${range(n, (j) => `+ y_${j}`)} = ${instance.medians}`);
  for (let j = 0; j < n; j++) {
    out.push(
      ` c${j}: ${range(n, (i) => `+ ${instance.demand[i] ?? 0} x_${i}_${j}`)} - ${instance.capacity} y_${j} <= 0`,
    );
  }
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (i !== j) out.push(` l${i}_${j}: x_${i}_${j} - y_${j} <= 0`);
  out.push(
    'Binary',
    ...chunk([
      ...range(n, (j) => `y_${j}`).split(' '),
      ...Array.from({ length: n * n }, (_, k) => `x_${Math.floor(k / n)}_${k % n}`),
    ]),
    'End',
  );
  return out.join('\n');
}

function range(n: number, term: (k: number) => string): string {
  return Array.from({ length: n }, (_, k) => term(k)).join(' ');
}

// LP format lines must stay short enough for the parser
function chunk(terms: string[]): string[] {
  const lines: string[] = [];
  for (let k = 0; k < terms.length; k += 50) lines.push(` ${terms.slice(k, k + 50).join(' ')}`);
  return lines;
}

import { PlanningInputError } from '../inputError.ts';

export interface PmedianInstance {
  ids: string[];
  x: number[];
  y: number[];
  demand: number[];
  medians: number;
  capacity: number;
  /** Published optimum from the file's first line, when present. */
  knownOptimum: number | null;
}

/** Distances follow the OR-Library pmedcap1 convention: Euclidean, rounded down. */
export function pmedianDistance(instance: PmedianInstance, i: number, j: number): number {
  return Math.floor(
    Math.hypot(
      (instance.x[i] ?? 0) - (instance.x[j] ?? 0),
      (instance.y[i] ?? 0) - (instance.y[j] ?? 0),
    ),
  );
}

/**
 * Parses the pmedcap1 text format: "number optimum", "n p capacity", then n lines
 * "id x y demand". Names the line of the first problem.
 */
export function parsePmedianInstance(text: string): PmedianInstance {
  const lines = text
    .split(/\r?\n/)
    .map((line, index) => ({ fields: line.trim().split(/\s+/).filter(Boolean), lineNo: index + 1 }))
    .filter((line) => line.fields.length > 0);
  if (lines.length < 2)
    throw new PlanningInputError('', 'empty instance: expected a header line and a size line');
  const numbers = (line: { fields: string[]; lineNo: number }, count: number): number[] => {
    const values = line.fields.slice(0, count).map(Number);
    if (line.fields.length < count || values.some((v) => !Number.isFinite(v))) {
      throw new PlanningInputError(
        `line ${line.lineNo}`,
        `expected ${count} numbers, got "${line.fields.join(' ')}"`,
      );
    }
    return values;
  };
  const header = lines[0];
  const sizes = lines[1];
  if (!header || !sizes) throw new PlanningInputError('', 'empty instance');
  const [, optimum] = header.fields.length >= 2 ? numbers(header, 2) : [0, NaN];
  const [n = 0, p = 0, capacity = 0] = numbers(sizes, 3);
  if (!Number.isInteger(n) || n < 1)
    throw new PlanningInputError(`line ${sizes.lineNo}`, 'point count must be a positive integer');
  if (!Number.isInteger(p) || p < 1 || p > n)
    throw new PlanningInputError(`line ${sizes.lineNo}`, `median count must be 1..${n}`);
  if (capacity <= 0)
    throw new PlanningInputError(`line ${sizes.lineNo}`, 'capacity must be positive');
  const points = lines.slice(2, 2 + n);
  if (points.length < n)
    throw new PlanningInputError('', `expected ${n} point lines, found ${points.length}`);
  const instance: PmedianInstance = {
    ids: [],
    x: [],
    y: [],
    demand: [],
    medians: p,
    capacity,
    knownOptimum: Number.isFinite(optimum) ? (optimum ?? null) : null,
  };
  const seen = new Set<string>();
  for (const line of points) {
    const [, x = 0, y = 0, demand = 0] = numbers(line, 4);
    const id = line.fields[0] ?? '';
    if (seen.has(id))
      throw new PlanningInputError(`line ${line.lineNo} (point ${id})`, 'duplicate point id');
    if (demand < 0)
      throw new PlanningInputError(`line ${line.lineNo} (point ${id})`, 'negative demand');
    if (demand > capacity)
      throw new PlanningInputError(
        `line ${line.lineNo} (point ${id})`,
        `demand ${demand} exceeds capacity ${capacity}`,
      );
    seen.add(id);
    instance.ids.push(id);
    instance.x.push(x);
    instance.y.push(y);
    instance.demand.push(demand);
  }
  const total = instance.demand.reduce((a, b) => a + b, 0);
  if (total > p * capacity)
    throw new PlanningInputError('', `total demand ${total} exceeds ${p} × capacity ${capacity}`);
  return instance;
}

/**
 * Weighted progress (0–100) of a project: the weighted mean of its parts — its milestones and its
 * child projects, each with a positive weight — rolled up recursively. A project with no parts has
 * made no measurable progress (0); a finished one is not assumed 100 unless its parts say so.
 */
export interface ProgressNode {
  weight: number;
  /** A milestone's own progress; ignored when the node has parts. */
  progress?: number;
  parts?: readonly ProgressNode[];
}

export function rollUp(node: Pick<ProgressNode, 'progress' | 'parts'>): number {
  const parts = node.parts ?? [];
  if (parts.length === 0) return clamp(node.progress ?? 0);
  let total = 0;
  let weighted = 0;
  for (const part of parts) {
    if (!(part.weight > 0)) continue;
    total += part.weight;
    weighted += part.weight * rollUp(part);
  }
  return total === 0 ? 0 : clamp(weighted / total);
}

/** Progress as the page shows it: one decimal. */
export const roundProgress = (value: number): number => Math.round(value * 10) / 10;

const clamp = (v: number): number => Math.min(100, Math.max(0, v));

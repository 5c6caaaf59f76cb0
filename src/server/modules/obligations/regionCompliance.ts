import type { Actor } from '../../../domain/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { boardCells } from './boardCells.ts';
import { effectiveRules } from './rules.ts';

/**
 * 结对与联户义务完成率 of a region as the reader sees it: periods met over periods due of the
 * pairings and the villages' own rules (一月一主题) in the year up to `asOf`. The star metric
 * (one village) and the dashboard's gauge (any region) read this one definition.
 */
export async function regionCompliance(
  ctx: Ctx,
  reader: Actor,
  region: string,
  year: number,
  asOf: string,
): Promise<{ due: number; met: number; rate: number | null }> {
  const rules = await effectiveRules(ctx, region.slice(0, 6));
  let due = 0;
  let met = 0;
  for (const kind of ['pairing', 'village'] as const) {
    const lines = await boardCells(
      ctx,
      reader,
      kind,
      region,
      rules.filter((r) => r.subjectKind === kind),
      year,
      asOf,
    );
    for (const line of lines.filter((l) => l.subjectId !== null)) {
      due += line.due;
      met += line.met;
    }
  }
  return { due, met, rate: due === 0 ? null : Math.round((1000 * met) / due) / 10 };
}

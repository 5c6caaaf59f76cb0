import { and, asc, eq, inArray, lt, notInArray } from 'drizzle-orm';
import { nextOwner } from '../../../domain/cases/ladder.ts';
import { OPEN_FOR_WORK } from '../../../domain/cases/lifecycle.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { cases } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { caseTypeOf } from './catalog.ts';
import { routeFacts } from './routing.ts';
import { ownerOf, recordStep, transition } from './transition.ts';

const OPEN = [...OPEN_FOR_WORK];
const DAY_MS = 86_400_000;

export interface SweepResult {
  escalated: number;
  overdueAtTop: number;
  autoConfirmed: number;
  /** Cases this run could not handle: set aside for this run only, tried again on the next. */
  failed: { id: string; error: string }[];
}

/** One due case in its own transaction: one rung up, or (at the top) the breach recorded and the clock restarted. */
async function escalateDue(ctx: Ctx, id: string, now: Date, out: SweepResult): Promise<void> {
  await transaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(cases)
      .where(and(eq(cases.id, id), inArray(cases.state, OPEN), lt(cases.dueAt, now)))
      .for('update');
    if (!row) return; // handled meanwhile
    const type = await caseTypeOf(tx, row.countyCode, row.typeCode);
    if (!type) throw new Error(`case type ${row.typeCode} is not in the county's catalog`);
    const next = nextOwner(
      type.ladder,
      ownerOf(row),
      await routeFacts(tx, type, row.regionCode, row.householdId),
    );
    if (next) {
      await transition(
        tx,
        row,
        type,
        { type: 'escalate', owner: next, reason: 'sla' },
        {
          actorAccountId: null,
          data: {
            reason: 'sla',
            from: row.ownerStep,
            to: next.step,
            dueAt: row.dueAt?.toISOString(),
          },
        },
      );
      out.escalated++;
      return;
    }
    // 难事不出县: the county keeps it; the breach is recorded and its clock runs again.
    const nextDue = new Date(now.getTime() + type.slaHours * 3_600_000);
    await tx.db.update(cases).set({ dueAt: nextDue, updatedAt: now }).where(eq(cases.id, row.id));
    await recordStep(tx, row, {
      type: 'overdue',
      data: { reason: 'sla', atTop: true },
      actorAccountId: null,
    });
    await appendAudit(tx, {
      action: 'cases.overdue',
      objectType: 'case',
      objectId: row.id,
      regionCode: row.regionCode,
      actorUsername: 'system',
      detail: { atTop: true },
    });
    out.overdueAtTop++;
  });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Overdue detection and auto-confirmation, run at start and on a timer. Works through every due
 * case in batches until none is left, each case in its own transaction, so a restart never skips
 * one: whatever fell due while the server was down is found on the next run. A case that cannot
 * be handled (its type gone, a database error) is set aside for this run and reported, so it
 * neither stops the cases due after it nor spins the loop; the next run tries it again.
 */
export async function sweepCases(ctx: Ctx, batch = 200): Promise<SweepResult> {
  const out: SweepResult = { escalated: 0, overdueAtTop: 0, autoConfirmed: 0, failed: [] };
  const now = ctx.clock();
  for (;;) {
    const skip = out.failed.map((f) => f.id);
    const due = await ctx.db
      .select({ id: cases.id })
      .from(cases)
      .where(
        and(
          inArray(cases.state, OPEN),
          lt(cases.dueAt, now),
          skip.length > 0 ? notInArray(cases.id, skip) : undefined,
        ),
      )
      .orderBy(asc(cases.dueAt), asc(cases.id))
      .limit(batch);
    if (due.length === 0) break;
    for (const { id } of due) {
      try {
        await escalateDue(ctx, id, now, out);
      } catch (error) {
        out.failed.push({ id, error: message(error) });
      }
    }
  }
  // Auto-confirmation: resolved long enough without objection (each type has its own N days).
  const resolved = await ctx.db
    .select({
      id: cases.id,
      countyCode: cases.countyCode,
      typeCode: cases.typeCode,
      resolvedAt: cases.resolvedAt,
    })
    .from(cases)
    .where(
      and(eq(cases.state, 'resolved'), lt(cases.resolvedAt, new Date(now.getTime() - DAY_MS))),
    );
  for (const r of resolved) {
    try {
      const type = await caseTypeOf(ctx, r.countyCode, r.typeCode);
      if (!type) throw new Error(`case type ${r.typeCode} is not in the county's catalog`);
      if (!r.resolvedAt || r.resolvedAt.getTime() + type.autoConfirmDays * DAY_MS > now.getTime())
        continue;
      await transaction(ctx, async (tx) => {
        const [row] = await tx.db
          .select()
          .from(cases)
          .where(and(eq(cases.id, r.id), eq(cases.state, 'resolved')))
          .for('update');
        if (!row) return;
        await transition(
          tx,
          row,
          type,
          { type: 'auto_confirm', autoConfirmDays: type.autoConfirmDays },
          { actorAccountId: null, data: { days: type.autoConfirmDays } },
        );
        out.autoConfirmed++;
      });
    } catch (error) {
      out.failed.push({ id: r.id, error: message(error) });
    }
  }
  return out;
}

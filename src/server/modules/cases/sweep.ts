import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import { nextOwner } from '../../../domain/cases/ladder.ts';
import type { CaseOwner } from '../../../domain/cases/lifecycle.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { cases } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { caseTypeOf } from './catalog.ts';
import { recordEvent, routeFacts, transition } from './service.ts';

const OPEN = ['assigned', 'in_progress', 'reopened'];
const DAY_MS = 86_400_000;

/**
 * Overdue detection and auto-confirmation, run at start and on a timer. Works through every due
 * case in batches until none is left, each case in its own transaction, so a restart never skips
 * one: whatever fell due while the server was down is found on the next run.
 */
export async function sweepCases(ctx: Ctx, batch = 200): Promise<{ escalated: number; overdueAtTop: number; autoConfirmed: number }> {
  const out = { escalated: 0, overdueAtTop: 0, autoConfirmed: 0 };
  const now = ctx.clock();
  for (;;) {
    const due = await ctx.db.select({ id: cases.id }).from(cases).where(and(inArray(cases.state, OPEN), lt(cases.dueAt, now))).orderBy(asc(cases.dueAt)).limit(batch);
    if (due.length === 0) break;
    for (const { id } of due) {
      await transaction(ctx, async (tx) => {
        const [row] = await tx.db.select().from(cases).where(and(eq(cases.id, id), inArray(cases.state, OPEN), lt(cases.dueAt, now))).for('update');
        if (!row) return; // handled meanwhile
        const type = await caseTypeOf(tx, row.countyCode, row.typeCode);
        if (!type) return;
        const current: CaseOwner = { kind: row.ownerKind as CaseOwner['kind'], id: row.ownerId, step: row.ownerStep as CaseOwner['step'] };
        const next = nextOwner(type.ladder, current, await routeFacts(tx, type, row.regionCode, row.householdId));
        if (next) {
          await transition(tx, row, type, { type: 'escalate', owner: next, reason: 'sla' }, { actorAccountId: null, data: { reason: 'sla', from: row.ownerStep, to: next.step, dueAt: row.dueAt?.toISOString() } });
          out.escalated++;
          return;
        }
        // 难事不出县: the county keeps it; the breach is recorded and its clock runs again.
        const nextDue = new Date(now.getTime() + type.slaHours * 3_600_000);
        await tx.db.update(cases).set({ dueAt: nextDue, updatedAt: now }).where(eq(cases.id, row.id));
        await recordEvent(tx, row, { type: 'overdue', from: row.state, to: row.state, owner: current, data: { reason: 'sla', atTop: true }, actorAccountId: null });
        await appendAudit(tx, { action: 'cases.overdue', objectType: 'case', objectId: row.id, regionCode: row.regionCode, actorUsername: 'system', detail: { atTop: true } });
        out.overdueAtTop++;
      });
    }
  }
  // Auto-confirmation: resolved long enough without objection (each type has its own N days).
  const resolved = await ctx.db.select({ id: cases.id, countyCode: cases.countyCode, typeCode: cases.typeCode, resolvedAt: cases.resolvedAt }).from(cases).where(and(eq(cases.state, 'resolved'), lt(cases.resolvedAt, new Date(now.getTime() - DAY_MS))));
  for (const r of resolved) {
    const type = await caseTypeOf(ctx, r.countyCode, r.typeCode);
    if (!type || !r.resolvedAt || r.resolvedAt.getTime() + type.autoConfirmDays * DAY_MS > now.getTime()) continue;
    await transaction(ctx, async (tx) => {
      const [row] = await tx.db.select().from(cases).where(and(eq(cases.id, r.id), eq(cases.state, 'resolved'))).for('update');
      if (!row) return;
      await transition(tx, row, type, { type: 'auto_confirm', autoConfirmDays: type.autoConfirmDays }, { actorAccountId: null, data: { days: type.autoConfirmDays } });
      out.autoConfirmed++;
    });
  }
  return out;
}

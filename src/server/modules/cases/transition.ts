import { eq } from 'drizzle-orm';
import type { CaseType } from '../../../domain/cases/catalog.ts';
import {
  applyEvent,
  type CaseEvent,
  type CaseOwner,
  type CaseSnapshot,
  type CaseState,
} from '../../../domain/cases/lifecycle.ts';
import { dueAt } from '../../../domain/cases/sla.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { caseEvents, cases } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import type { CaseRow } from './access.ts';
import { notify, ownerAccounts } from './notify.ts';

export const ownerOf = (r: CaseRow): CaseOwner => ({
  kind: r.ownerKind as CaseOwner['kind'],
  id: r.ownerId,
  step: r.ownerStep as CaseOwner['step'],
});

export const snapshotOf = (r: CaseRow): CaseSnapshot => ({
  state: r.state as CaseState,
  owner: ownerOf(r),
  ownerSince: r.ownerSince,
  resolvedAt: r.resolvedAt,
  rating: r.rating,
  escalations: r.escalations,
  reopenCount: r.reopenCount,
});

/** 409 for an action the state machine (or the ladder) does not allow now. */
export const conflict = (reason: string) =>
  new AppError(
    'CONFLICT',
    { zh: `当前状态不允许此操作：${reason}`, en: `Not allowed in the current state: ${reason}` },
    { reason },
  );

interface StepRecord {
  type: string;
  note?: string | undefined;
  data?: Record<string, unknown> | undefined;
  actorAccountId: string | null;
}

type StepLine = StepRecord & { from: string | null; to: string; owner: CaseOwner };

/** Lines of the case's record of steps, in order, in one statement. */
export async function recordEvents(
  tx: Ctx,
  row: { id: string; regionCode: string },
  lines: readonly StepLine[],
): Promise<void> {
  const at = tx.clock();
  await tx.db.insert(caseEvents).values(
    lines.map((e) => ({
      ...newRow(at, row.regionCode),
      caseId: row.id,
      type: e.type,
      fromState: e.from,
      toState: e.to,
      ownerKind: e.owner.kind,
      ownerId: e.owner.id,
      ownerStep: e.owner.step,
      note: e.note ?? null,
      data: e.data ?? null,
      actorAccountId: e.actorAccountId,
      at,
    })),
  );
}

/** One line of the case's record of steps. */
export function recordEvent(
  tx: Ctx,
  row: { id: string; regionCode: string },
  e: StepLine,
): Promise<void> {
  return recordEvents(tx, row, [e]);
}

/** A step that changes neither state nor owner (a note, a mediation session, a claimed wish, a breach at the top). */
export function recordStep(tx: Ctx, row: CaseRow, e: StepRecord): Promise<void> {
  return recordEvent(tx, row, { ...e, from: row.state, to: row.state, owner: ownerOf(row) });
}

/** Applies a domain event to a loaded row and writes the new row, the step record and the audit. */
export async function transition(
  tx: Ctx,
  row: CaseRow,
  type: CaseType,
  event: CaseEvent,
  opts: {
    actorAccountId: string | null;
    note?: string | undefined;
    data?: Record<string, unknown> | undefined;
    details?: Record<string, unknown> | undefined;
    due?: Date | undefined;
    action?: string;
  },
): Promise<CaseRow> {
  const now = tx.clock();
  const result = applyEvent(snapshotOf(row), event, now);
  if (!result.ok) throw conflict(result.reason);
  const n = result.next;
  const ownerChanged = n.owner.kind !== row.ownerKind || n.owner.id !== row.ownerId;
  const chain =
    n.owner.kind === 'person' && !row.chainPersonIds.includes(n.owner.id)
      ? [...row.chainPersonIds, n.owner.id]
      : row.chainPersonIds;
  const patch: Partial<CaseRow> = {
    state: n.state,
    ownerKind: n.owner.kind,
    ownerId: n.owner.id,
    ownerStep: n.owner.step,
    ownerSince: n.ownerSince,
    dueAt:
      opts.due ??
      (n.ownerSince.getTime() !== row.ownerSince.getTime()
        ? dueAt(n.ownerSince, type.slaHours)
        : row.dueAt),
    resolvedAt: n.resolvedAt,
    firstResolvedAt: row.firstResolvedAt ?? n.resolvedAt,
    rating: n.rating,
    escalations: n.escalations,
    reopenCount: n.reopenCount,
    chainPersonIds: chain,
    details: opts.details ?? row.details,
    updatedAt: now,
  };
  if (n.state === 'confirmed' || n.state === 'auto_confirmed') patch.confirmedAt = now;
  if (n.state === 'closed') patch.closedAt = now;
  const [updated] = await tx.db.update(cases).set(patch).where(eq(cases.id, row.id)).returning();
  if (!updated) throw notFound();
  await recordEvent(tx, row, {
    type: opts.action ?? event.type,
    from: row.state,
    to: n.state,
    owner: n.owner,
    note: opts.note,
    data: opts.data,
    actorAccountId: opts.actorAccountId,
  });
  if (ownerChanged)
    await notify(tx, await ownerAccounts(tx, n.owner), {
      regionCode: row.regionCode,
      caseId: row.id,
      kind: event.type === 'escalate' ? 'case.escalated' : 'case.assigned',
      title: `${event.type === 'escalate' ? '上报事项' : '新事项'}：${row.title}`,
    });
  if (n.state === 'resolved')
    await notify(tx, [row.requesterAccountId], {
      regionCode: row.regionCode,
      caseId: row.id,
      kind: 'case.resolved',
      title: `已办结，请确认：${row.title}`,
    });
  if (n.state === 'reopened')
    await notify(tx, await ownerAccounts(tx, n.owner), {
      regionCode: row.regionCode,
      caseId: row.id,
      kind: 'case.reopened',
      title: `群众未认可，已重新打开：${row.title}`,
    });
  await appendAudit(tx, {
    action: `cases.${opts.action ?? event.type}`,
    objectType: 'case',
    objectId: row.id,
    regionCode: row.regionCode,
    before: { state: row.state, owner: [row.ownerKind, row.ownerId, row.ownerStep] },
    after: { state: n.state, owner: [n.owner.kind, n.owner.id, n.owner.step] },
  });
  return updated;
}

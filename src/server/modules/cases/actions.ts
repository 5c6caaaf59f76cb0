import { and, eq } from 'drizzle-orm';
import type { CaseType } from '../../../domain/cases/catalog.ts';
import { nextOwner } from '../../../domain/cases/ladder.ts';
import { isOpen, type CaseEvent, type CaseState } from '../../../domain/cases/lifecycle.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { cases, units } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { loadVisible, me, type CaseRow, type Me } from './access.ts';
import { caseTypeOf } from './catalog.ts';
import { claimCase } from './claim.ts';
import { authorizeCase } from './policy.ts';
import { caseDetail } from './queries.ts';
import { routeFacts } from './routing.ts';
import type { CaseAction } from './schema.ts';
import { conflict, ownerOf, recordStep, transition } from './transition.ts';

/** Shanghai end of a calendar day: deadlines given as dates run to 23:59:59 local time. */
const endOfShanghaiDay = (date: string) => new Date(`${date}T23:59:59+08:00`);

/** What an action's handler is given: the locked, visible, authorized case and its type. */
interface Acting<A extends CaseAction> {
  tx: Ctx;
  m: Me;
  row: CaseRow;
  type: CaseType;
  action: A;
}
type ActionHandlers = {
  [K in CaseAction['type']]: (a: Acting<Extract<CaseAction, { type: K }>>) => Promise<unknown>;
};

/** The case moved by `event` through the state machine, as the caller, with what the action adds. */
const move = (
  { tx, m, row, type }: Acting<CaseAction>,
  event: CaseEvent,
  opts: Omit<Parameters<typeof transition>[4], 'actorAccountId'>,
) => transition(tx, row, type, event, { actorAccountId: m.actor.accountId, ...opts });

/**
 * Each action as its own entry: who may take it is the policy's (CASE_DEEDS in policy.ts, also
 * read by the detail's abilities); whether the state allows it is the state machine's (`transition`).
 */
const ACTIONS: ActionHandlers = {
  start: (a) => move(a, { type: 'start' }, { note: a.action.note }),
  resolve: (a) => {
    const { row, action } = a;
    if ((action.outcome || action.agreement) && row.kind !== 'dispute')
      throw validationError([
        { path: 'body.outcome', message: 'only disputes record an agreement and outcome' },
      ]);
    const details =
      row.kind === 'dispute'
        ? {
            ...row.details,
            outcome: action.outcome ?? 'resolved',
            agreement: action.agreement ?? null,
          }
        : undefined;
    return move(a, { type: 'resolve' }, { note: action.note, details });
  },
  confirm: (a) => {
    const { note, rating } = a.action;
    return move(a, { type: 'confirm', rating }, { note, data: rating ? { rating } : undefined });
  },
  reject: (a) => move(a, { type: 'reject', rating: a.action.rating }, { note: a.action.note }),
  rate: (a) =>
    move(a, { type: 'rate', rating: a.action.rating }, { data: { rating: a.action.rating } }),
  close: (a) => move(a, { type: 'close' }, { note: a.action.note }),
  escalate: async (a) => {
    const { tx, row, type, action } = a;
    const next = nextOwner(
      type.ladder,
      ownerOf(row),
      await routeFacts(tx, type, row.regionCode, row.householdId),
    );
    if (!next) throw conflict('already at the top of the escalation ladder');
    return move(
      a,
      { type: 'escalate', owner: next, reason: 'beyond_authority' },
      {
        note: action.note,
        data: { reason: 'beyond_authority', from: row.ownerStep, to: next.step },
      },
    );
  },
  assign_department: async (a) => {
    const { tx, row, action } = a;
    if (row.kind !== 'opinion' && row.kind !== 'request')
      throw validationError([
        { path: 'body.type', message: 'only opinions and requests are given to a department' },
      ]);
    const [unit] = await tx.db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(and(eq(units.id, action.unitId), eq(units.countyCode, row.countyCode)));
    if (!unit)
      throw validationError([
        { path: 'body.unitId', message: 'no such department in this county' },
      ]);
    const due = endOfShanghaiDay(action.deadline);
    if (due.getTime() <= tx.clock().getTime())
      throw validationError([
        { path: 'body.deadline', message: 'the deadline must lie in the future' },
      ]);
    const details = {
      ...row.details,
      department: { unitId: unit.id, name: unit.name },
      deadline: action.deadline,
      ...(action.category ? { category: action.category } : {}),
    };
    return move(
      a,
      { type: 'reassign', owner: { kind: 'unit', id: unit.id, step: 'department' } },
      {
        action: 'assign_department',
        details,
        due,
        data: { unitId: unit.id, deadline: action.deadline },
      },
    );
  },
  claim: ({ tx, m, row, type, action }) => claimCase(tx, m, row, type, action),
  mediation: async ({ tx, m, row, action }) => {
    if (row.kind !== 'dispute')
      throw validationError([
        { path: 'body.type', message: 'only disputes have mediation sessions' },
      ]);
    if (!isOpen(row.state as CaseState))
      throw conflict(`cannot mediate a case that is ${row.state}`);
    const sessions = Number(row.details.sessions ?? 0) + 1;
    await tx.db
      .update(cases)
      .set({ details: { ...row.details, sessions }, updatedAt: tx.clock() })
      .where(eq(cases.id, row.id));
    await recordStep(tx, row, {
      type: 'mediation',
      note: action.summary,
      data: { date: action.date, participants: action.participants, session: sessions },
      actorAccountId: m.actor.accountId,
    });
    await appendAudit(tx, {
      action: 'cases.mediation',
      objectType: 'case',
      objectId: row.id,
      regionCode: row.regionCode,
      after: { session: sessions, date: action.date },
    });
  },
  note: async ({ tx, m, row, action }) => {
    await recordStep(tx, row, {
      type: 'note',
      note: action.note,
      actorAccountId: m.actor.accountId,
    });
    await appendAudit(tx, {
      action: 'cases.note',
      objectType: 'case',
      objectId: row.id,
      regionCode: row.regionCode,
    });
  },
};

/** POST /api/v1/cases/{id}/actions: one action, checked against who may take it and the state machine. */
export async function actOnCase(ctx: Ctx, id: string, action: CaseAction) {
  const m = await me(ctx);
  await transaction(ctx, async (tx) => {
    const row = await loadVisible(tx, m, id, true, action.type === 'claim');
    const type = await caseTypeOf(tx, row.countyCode, row.typeCode);
    if (!type) throw new Error(`case type ${row.typeCode} vanished`);
    // A claim names its unit in the body (or the caller's first); the policy checks it for that unit.
    authorizeCase(
      m,
      row,
      action.type,
      action.type === 'claim' ? (action.unitId ?? m.unitIds[0]) : undefined,
    );
    const handle = ACTIONS[action.type] as (a: Acting<CaseAction>) => Promise<unknown>;
    await handle({ tx, m, row, type, action });
  });
  return caseDetail(ctx, m, id);
}

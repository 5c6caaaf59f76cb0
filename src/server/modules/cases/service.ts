import { and, asc, count, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import { fieldProblems, startingStep, type CaseType } from '../../../domain/cases/catalog.ts';
import { firstOwner, nextOwner, type RouteFacts } from '../../../domain/cases/ladder.ts';
import { applyEvent, isOpen, newCase, type CaseEvent, type CaseOwner, type CaseSnapshot, type CaseState } from '../../../domain/cases/lifecycle.ts';
import { dueAt, isOverdue } from '../../../domain/cases/sla.ts';
import { chainUp } from '../../../domain/directory/responsibility.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { caseAttachments, caseEvents, cases, households, persons, positions, regions, units } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound, validationError } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scopeWhere } from '../../platform/scope.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { chainEdges } from '../households/service.ts';
import { isRequester, mayHandle, me, visibleTo, waitingFor, type Me } from './access.ts';
import { caseTypeOf } from './catalog.ts';
import { notify, ownerAccounts } from './notify.ts';
import type { CaseAction, NewCaseBody } from './schema.ts';
import { STAFF_CHANNELS } from './schema.ts';

export type CaseRow = typeof cases.$inferSelect;

/** Everything routing needs about a case's place, from the directory. */
export async function routeFacts(ctx: Ctx, type: CaseType, villageCode: string, householdId: string | null): Promise<RouteFacts> {
  const chain = householdId ? chainUp(householdId, await chainEdges(ctx, householdId)).links : [];
  const mediatorRows = type.ladder.includes('mediator')
    ? await ctx.db.select({ personId: positions.personId, details: positions.details }).from(positions).where(and(eq(positions.code, 'mediator'), eq(positions.regionCode, villageCode), sql`${positions.endDate} IS NULL`)).orderBy(asc(positions.startDate))
    : [];
  let departmentUnitId: string | null = null;
  if (type.departmentName) {
    const [unit] = await ctx.db.select({ id: units.id }).from(units).where(and(eq(units.countyCode, villageCode.slice(0, 6)), eq(units.name, type.departmentName)));
    departmentUnitId = unit?.id ?? null;
  }
  return { villageCode, chain, mediators: mediatorRows.map((m) => ({ personId: m.personId, gold: Boolean((m.details as { goldMediator?: boolean }).goldMediator) })), departmentUnitId };
}

function ladderFrom(type: CaseType) {
  const start = type.ladder.indexOf(startingStep(type));
  return start > 0 ? type.ladder.slice(start) : type.ladder;
}

const snapshotOf = (r: CaseRow): CaseSnapshot => ({ state: r.state as CaseState, owner: { kind: r.ownerKind as CaseOwner['kind'], id: r.ownerId, step: r.ownerStep as CaseOwner['step'] }, ownerSince: r.ownerSince, resolvedAt: r.resolvedAt, rating: r.rating, escalations: r.escalations, reopenCount: r.reopenCount });

export async function recordEvent(tx: Ctx, row: { id: string; regionCode: string }, e: { type: string; from: string | null; to: string; owner: CaseOwner; note?: string | undefined; data?: Record<string, unknown> | undefined; actorAccountId: string | null }): Promise<void> {
  const at = tx.clock();
  await tx.db.insert(caseEvents).values({ id: uuidv7(at.getTime()), regionCode: row.regionCode, countyCode: row.regionCode.slice(0, 6), caseId: row.id, type: e.type, fromState: e.from, toState: e.to, ownerKind: e.owner.kind, ownerId: e.owner.id, ownerStep: e.owner.step, note: e.note ?? null, data: e.data ?? null, actorAccountId: e.actorAccountId, at });
}

export interface IntakeInput {
  type: CaseType;
  regionCode: string;
  householdId: string | null;
  requesterPersonId: string | null;
  requesterAccountId: string | null;
  requesterName: string | null;
  enteredBy: string | null;
  channel: string;
  title: string;
  description: string;
  place: string | null;
  lat: number | null;
  lng: number | null;
  fields: Record<string, unknown>;
  details: Record<string, unknown>;
  open311Token: string | null;
}

/** Creates a case and routes it: submitted, then assigned to the first owner on its ladder; all recorded. */
export async function intake(tx: Ctx, input: IntakeInput): Promise<string> {
  const now = tx.clock();
  const id = uuidv7(now.getTime());
  const facts = await routeFacts(tx, input.type, input.regionCode, input.householdId);
  const intakeOwner: CaseOwner = { kind: 'region', id: input.regionCode, step: 'window' };
  const submitted = newCase(intakeOwner, now);
  const owner = firstOwner(ladderFrom(input.type), facts);
  const assigned = applyEvent(submitted, { type: 'assign', owner }, now);
  if (!assigned.ok) throw new Error(assigned.reason);
  const c = assigned.next;
  const row = { id, regionCode: input.regionCode };
  // 矛盾纠纷: the mediator it went to, with the 金牌调解员 flag, stays on the case's record.
  const mediator = c.owner.step === 'mediator' ? facts.mediators.find((x) => x.personId === c.owner.id) : undefined;
  const details = mediator ? { ...input.details, mediator: { personId: mediator.personId, gold: mediator.gold } } : input.details;
  await tx.db.insert(cases).values({
    id,
    regionCode: input.regionCode,
    countyCode: input.regionCode.slice(0, 6),
    typeCode: input.type.code,
    kind: input.type.kind,
    channel: input.channel,
    state: c.state,
    title: input.title,
    description: input.description,
    place: input.place,
    lat: input.lat,
    lng: input.lng,
    fields: input.fields,
    details,
    requesterPersonId: input.requesterPersonId,
    requesterAccountId: input.requesterAccountId,
    requesterName: input.requesterName,
    householdId: input.householdId,
    enteredBy: input.enteredBy,
    ownerKind: c.owner.kind,
    ownerId: c.owner.id,
    ownerStep: c.owner.step,
    ownerSince: c.ownerSince,
    dueAt: dueAt(c.ownerSince, input.type.slaHours),
    chainPersonIds: c.owner.kind === 'person' ? [c.owner.id] : [],
    open311Token: input.open311Token,
    createdAt: now,
    updatedAt: now,
  });
  await recordEvent(tx, row, { type: 'submit', from: null, to: 'submitted', owner: intakeOwner, data: { channel: input.channel }, actorAccountId: input.enteredBy });
  await recordEvent(tx, row, { type: 'assign', from: 'submitted', to: 'assigned', owner: c.owner, data: { rule: input.type.handler }, actorAccountId: null });
  await notify(tx, await ownerAccounts(tx, c.owner), { regionCode: input.regionCode, caseId: id, kind: 'case.assigned', title: `新事项：${input.title}` });
  await appendAudit(tx, { action: 'cases.submit', objectType: 'case', objectId: id, regionCode: input.regionCode, after: { typeCode: input.type.code, channel: input.channel, owner: c.owner } });
  return id;
}

/** POST /api/v1/cases: a villager for their own household, staff on someone's behalf. */
export async function createCase(ctx: Ctx, body: NewCaseBody) {
  const m = await me(ctx);
  const onBehalf = (STAFF_CHANNELS as readonly string[]).includes(body.channel);
  let personId: string;
  if (onBehalf) {
    if (!body.requesterPersonId) throw validationError([{ path: 'body.requesterPersonId', message: `required for channel ${body.channel}` }]);
    personId = body.requesterPersonId;
  } else {
    if (body.requesterPersonId && body.requesterPersonId !== m.personId) throw validationError([{ path: 'body.requesterPersonId', message: 'a villager submits for themself; staff use a walk-in, phone, visit or reception-day channel' }]);
    if (!m.personId) throw validationError([{ path: 'body.channel', message: 'this account stands for no resident; enter the case on someone’s behalf' }]);
    personId = m.personId;
  }
  const [person] = await ctx.db.select({ id: persons.id, name: persons.name, regionCode: persons.regionCode, householdId: persons.householdId }).from(persons).where(eq(persons.id, personId));
  // Staff may enter for a resident inside their own handling scope only; others are "not found".
  if (!person || (onBehalf && !can(m.actor, 'cases.handle', person.regionCode))) throw notFound();
  const householdId = body.householdId ?? person.householdId;
  if (body.householdId && body.householdId !== person.householdId) {
    // Another household (another village's above all) is not the requester's: refuse, write nothing.
    const [h] = await ctx.db.select({ regionCode: households.regionCode }).from(households).where(eq(households.id, body.householdId));
    if (!h || !onBehalf || !can(m.actor, 'cases.handle', h.regionCode) || h.regionCode !== person.regionCode) throw validationError([{ path: 'body.householdId', message: 'not the requester’s household' }]);
  }
  const type = await caseTypeOf(ctx, person.regionCode.slice(0, 6), body.typeCode);
  if (!type || !type.active) throw validationError([{ path: 'body.typeCode', message: 'unknown case type' }]);
  const problems = fieldProblems(type, body.fields);
  if (problems.length > 0) throw validationError(problems.map((p) => ({ path: `body.${p.path}`, message: p.message })));
  if (body.parties && type.kind !== 'dispute') throw validationError([{ path: 'body.parties', message: 'only disputes have parties' }]);
  const details: Record<string, unknown> = type.kind === 'dispute' ? { parties: body.parties ?? [], sessions: 0 } : {};
  if (type.kind === 'opinion' && typeof body.fields.category === 'string') details.category = body.fields.category;
  const [account] = onBehalf ? await ctx.db.execute(sql`SELECT id FROM accounts WHERE person_id = ${person.id} LIMIT 1`).then((r) => (r as unknown as { rows: { id: string }[] }).rows) : [{ id: m.actor.accountId }];
  const id = await transaction(ctx, (tx) =>
    intake(tx, {
      type,
      regionCode: person.regionCode,
      householdId: householdId ?? null,
      requesterPersonId: person.id,
      requesterAccountId: account?.id ?? null,
      requesterName: null,
      enteredBy: m.actor.accountId,
      channel: body.channel,
      title: body.title,
      description: body.description,
      place: body.place ?? null,
      lat: body.lat ?? null,
      lng: body.lng ?? null,
      fields: body.fields,
      details,
      open311Token: null,
    }),
  );
  return caseDetail(ctx, m, id);
}

async function loadVisible(ctx: Ctx, m: Me, id: string, lock = false, claimable = false): Promise<CaseRow> {
  // Anyone who handles cases in a village may claim its wishes and matters from the wall.
  const claim = claimable ? and(inArray(cases.kind, ['wish', 'matter']), scopeWhere(m.actor, 'cases.handle', cases.regionCode)) : undefined;
  const query = ctx.db.select().from(cases).where(and(eq(cases.id, id), claim ? or(visibleTo(m), claim) : visibleTo(m)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}

async function ownerName(ctx: Ctx, kind: string, id: string): Promise<string | null> {
  if (kind === 'person') return (await ctx.db.select({ name: persons.name }).from(persons).where(eq(persons.id, id)))[0]?.name ?? null;
  if (kind === 'unit') return (await ctx.db.select({ name: units.name }).from(units).where(eq(units.id, id)))[0]?.name ?? null;
  return (await ctx.db.select({ name: regions.name }).from(regions).where(eq(regions.code, id)))[0]?.name ?? null;
}

export async function caseDetail(ctx: Ctx, m: Me, id: string) {
  const row = await loadVisible(ctx, m, id);
  const events = await ctx.db.select({ id: caseEvents.id, type: caseEvents.type, fromState: caseEvents.fromState, toState: caseEvents.toState, ownerKind: caseEvents.ownerKind, ownerId: caseEvents.ownerId, ownerStep: caseEvents.ownerStep, note: caseEvents.note, data: caseEvents.data, at: caseEvents.at, ownerName: sql<string | null>`COALESCE((SELECT p.name FROM persons p WHERE p.id::text = "case_events"."owner_id"), (SELECT r.name FROM regions r WHERE r.code = "case_events"."owner_id"), (SELECT u.name FROM units u WHERE u.id::text = "case_events"."owner_id"))` }).from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(asc(caseEvents.n));
  const attachments = await ctx.db.select({ id: caseAttachments.id, name: caseAttachments.name, contentType: caseAttachments.contentType, size: caseAttachments.size }).from(caseAttachments).where(eq(caseAttachments.caseId, id)).orderBy(asc(caseAttachments.createdAt));
  const requesterName = row.requesterPersonId ? (await ctx.db.select({ name: persons.name }).from(persons).where(eq(persons.id, row.requesterPersonId)))[0]?.name ?? null : row.requesterName;
  return {
    ...listItem(row, await ownerName(ctx, row.ownerKind, row.ownerId), ctx.clock()),
    description: row.description,
    place: row.place,
    lat: row.lat,
    lng: row.lng,
    fields: row.fields,
    details: row.details,
    requester: { personId: row.requesterPersonId, name: requesterName },
    householdId: row.householdId,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    attachments,
    can: { handle: mayHandle(m, row), confirm: isRequester(m, row) && row.state === 'resolved', rate: isRequester(m, row) && row.rating === null && ['confirmed', 'auto_confirmed', 'closed'].includes(row.state) },
  };
}

function listItem(row: CaseRow, ownerDisplay: string | null, now: Date) {
  return {
    id: row.id,
    regionCode: row.regionCode,
    typeCode: row.typeCode,
    kind: row.kind,
    channel: row.channel,
    state: row.state,
    title: row.title,
    owner: { kind: row.ownerKind, id: row.ownerId, step: row.ownerStep, name: ownerDisplay },
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: isOverdue(row.state as CaseState, row.dueAt, now),
    rating: row.rating,
    escalations: row.escalations,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getCase(ctx: Ctx, id: string) {
  return caseDetail(ctx, await me(ctx), id);
}

export async function listCases(ctx: Ctx, q: { view: 'mine' | 'waiting' | 'scope'; region?: string | undefined; state?: string | undefined; kind?: string | undefined; typeCode?: string | undefined; overdue?: 'true' | 'false' | undefined; page: number; pageSize: number }): Promise<Page<ReturnType<typeof listItem>>> {
  const m = await me(ctx);
  const filters: (SQL | undefined)[] = [];
  if (q.view === 'mine') filters.push(and(visibleTo(m), sql`(${cases.requesterAccountId} = ${m.actor.accountId} OR ${m.personId ? sql`${cases.requesterPersonId} = ${m.personId}` : sql`false`})`));
  if (q.view === 'waiting') filters.push(and(visibleTo(m), waitingFor(m)));
  if (q.view === 'scope') filters.push(scopeWhere(m.actor, 'cases.read', cases.regionCode));
  if (q.region) {
    const { low, high } = scopeRange(q.region);
    filters.push(sql`${cases.regionCode} BETWEEN ${low} AND ${high}`);
  }
  if (q.state) filters.push(eq(cases.state, q.state));
  if (q.kind) filters.push(eq(cases.kind, q.kind));
  if (q.typeCode) filters.push(eq(cases.typeCode, q.typeCode));
  if (q.overdue === 'true') filters.push(and(inArray(cases.state, ['assigned', 'in_progress', 'reopened']), lt(cases.dueAt, ctx.clock())));
  const where = and(...filters);
  const [total] = await ctx.db.select({ n: count() }).from(cases).where(where);
  const ownerDisplay = sql<string | null>`CASE "cases"."owner_kind" WHEN 'person' THEN (SELECT p.name FROM persons p WHERE p.id::text = "cases"."owner_id") WHEN 'unit' THEN (SELECT u.name FROM units u WHERE u.id::text = "cases"."owner_id") ELSE (SELECT r.name FROM regions r WHERE r.code = "cases"."owner_id") END`;
  const rows = await ctx.db.select({ row: cases, ownerDisplay }).from(cases).where(where).orderBy(desc(cases.createdAt), desc(cases.id)).limit(q.pageSize).offset(offsetOf(q));
  const now = ctx.clock();
  return { items: rows.map((r) => listItem(r.row, r.ownerDisplay, now)), total: total?.n ?? 0 };
}

const conflict = (reason: string) => new AppError('CONFLICT', { zh: `当前状态不允许此操作：${reason}`, en: `Not allowed in the current state: ${reason}` }, { reason });
const forbidden = () => new AppError('FORBIDDEN');

/** Applies a domain event to a loaded row and writes the new row, the step record and the audit. */
export async function transition(tx: Ctx, row: CaseRow, type: CaseType, event: CaseEvent, opts: { actorAccountId: string | null; note?: string | undefined; data?: Record<string, unknown> | undefined; details?: Record<string, unknown> | undefined; due?: Date | undefined; action?: string }): Promise<CaseRow> {
  const now = tx.clock();
  const result = applyEvent(snapshotOf(row), event, now);
  if (!result.ok) throw conflict(result.reason);
  const n = result.next;
  const ownerChanged = n.owner.kind !== row.ownerKind || n.owner.id !== row.ownerId;
  const chain = n.owner.kind === 'person' && !row.chainPersonIds.includes(n.owner.id) ? [...row.chainPersonIds, n.owner.id] : row.chainPersonIds;
  const patch: Partial<CaseRow> = {
    state: n.state,
    ownerKind: n.owner.kind,
    ownerId: n.owner.id,
    ownerStep: n.owner.step,
    ownerSince: n.ownerSince,
    dueAt: opts.due ?? (n.ownerSince.getTime() !== row.ownerSince.getTime() ? dueAt(n.ownerSince, type.slaHours) : row.dueAt),
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
  await recordEvent(tx, row, { type: opts.action ?? event.type, from: row.state, to: n.state, owner: n.owner, note: opts.note, data: opts.data, actorAccountId: opts.actorAccountId });
  if (ownerChanged) await notify(tx, await ownerAccounts(tx, n.owner), { regionCode: row.regionCode, caseId: row.id, kind: event.type === 'escalate' ? 'case.escalated' : 'case.assigned', title: `${event.type === 'escalate' ? '上报事项' : '新事项'}：${row.title}` });
  if (n.state === 'resolved') await notify(tx, [row.requesterAccountId], { regionCode: row.regionCode, caseId: row.id, kind: 'case.resolved', title: `已办结，请确认：${row.title}` });
  if (n.state === 'reopened') await notify(tx, await ownerAccounts(tx, n.owner), { regionCode: row.regionCode, caseId: row.id, kind: 'case.reopened', title: `群众未认可，已重新打开：${row.title}` });
  await appendAudit(tx, { action: `cases.${opts.action ?? event.type}`, objectType: 'case', objectId: row.id, regionCode: row.regionCode, before: { state: row.state, owner: [row.ownerKind, row.ownerId, row.ownerStep] }, after: { state: n.state, owner: [n.owner.kind, n.owner.id, n.owner.step] } });
  return updated;
}

/** Shanghai end of a calendar day: deadlines given as dates run to 23:59:59 local time. */
const endOfShanghaiDay = (date: string) => new Date(`${date}T23:59:59+08:00`);

/** POST /api/v1/cases/{id}/actions: one action, checked against who may take it and the state machine. */
export async function actOnCase(ctx: Ctx, id: string, action: CaseAction) {
  const m = await me(ctx);
  await transaction(ctx, async (tx) => {
    const row = await loadVisible(tx, m, id, true, action.type === 'claim');
    const type = await caseTypeOf(tx, row.countyCode, row.typeCode);
    if (!type) throw new Error(`case type ${row.typeCode} vanished`);
    const handler = () => {
      if (!mayHandle(m, row)) throw forbidden();
    };
    const requester = () => {
      if (!isRequester(m, row)) throw forbidden();
    };
    const base = { actorAccountId: m.actor.accountId };
    switch (action.type) {
      case 'start':
        handler();
        await transition(tx, row, type, { type: 'start' }, { ...base, note: action.note });
        return;
      case 'resolve': {
        handler();
        if ((action.outcome || action.agreement) && row.kind !== 'dispute') throw validationError([{ path: 'body.outcome', message: 'only disputes record an agreement and outcome' }]);
        const details = row.kind === 'dispute' ? { ...row.details, outcome: action.outcome ?? 'resolved', agreement: action.agreement ?? null } : undefined;
        await transition(tx, row, type, { type: 'resolve' }, { ...base, note: action.note, details });
        return;
      }
      case 'confirm':
        requester();
        await transition(tx, row, type, { type: 'confirm', rating: action.rating }, { ...base, note: action.note, data: action.rating ? { rating: action.rating } : undefined });
        return;
      case 'reject':
        requester();
        await transition(tx, row, type, { type: 'reject', rating: action.rating }, { ...base, note: action.note });
        return;
      case 'rate':
        requester();
        await transition(tx, row, type, { type: 'rate', rating: action.rating }, { ...base, data: { rating: action.rating } });
        return;
      case 'close':
        handler();
        await transition(tx, row, type, { type: 'close' }, { ...base, note: action.note });
        return;
      case 'escalate': {
        handler();
        const next = nextOwner(type.ladder, snapshotOf(row).owner, await routeFacts(tx, type, row.regionCode, row.householdId));
        if (!next) throw conflict('already at the top of the escalation ladder');
        await transition(tx, row, type, { type: 'escalate', owner: next, reason: 'beyond_authority' }, { ...base, note: action.note, data: { reason: 'beyond_authority', from: row.ownerStep, to: next.step } });
        return;
      }
      case 'assign_department': {
        handler();
        if (row.kind !== 'opinion' && row.kind !== 'request') throw validationError([{ path: 'body.type', message: 'only opinions and requests are given to a department' }]);
        const [unit] = await tx.db.select({ id: units.id, name: units.name }).from(units).where(and(eq(units.id, action.unitId), eq(units.countyCode, row.countyCode)));
        if (!unit) throw validationError([{ path: 'body.unitId', message: 'no such department in this county' }]);
        const due = endOfShanghaiDay(action.deadline);
        if (due.getTime() <= tx.clock().getTime()) throw validationError([{ path: 'body.deadline', message: 'the deadline must lie in the future' }]);
        const details = { ...row.details, department: { unitId: unit.id, name: unit.name }, deadline: action.deadline, ...(action.category ? { category: action.category } : {}) };
        await transition(tx, row, type, { type: 'reassign', owner: { kind: 'unit', id: unit.id, step: 'department' } }, { ...base, action: 'assign_department', details, due, data: { unitId: unit.id, deadline: action.deadline } });
        return;
      }
      case 'claim': {
        if (!isOpen(row.state as CaseState)) throw conflict(`cannot claim a case that is ${row.state}`);
        if (row.kind === 'wish') {
          if (row.details.claimedBy) throw conflict('the wish is already claimed');
          if (!m.personId && !action.team) throw validationError([{ path: 'body.team', message: 'name the volunteer team claiming the wish' }]);
          if (!can(m.actor, 'cases.handle', row.regionCode)) throw forbidden();
          const claimedBy = { personId: m.personId, team: action.team ?? null, at: tx.clock().toISOString() };
          const chain = m.personId && !row.chainPersonIds.includes(m.personId) ? [...row.chainPersonIds, m.personId] : row.chainPersonIds;
          await tx.db.update(cases).set({ details: { ...row.details, claimedBy }, chainPersonIds: chain, updatedAt: tx.clock() }).where(eq(cases.id, row.id));
          await recordEvent(tx, row, { type: 'claim', from: row.state, to: row.state, owner: snapshotOf(row).owner, data: claimedBy, actorAccountId: m.actor.accountId });
          await notify(tx, [row.requesterAccountId, ...(await ownerAccounts(tx, snapshotOf(row).owner))], { regionCode: row.regionCode, caseId: row.id, kind: 'wish.claimed', title: `微心愿已被认领：${row.title}` });
          await appendAudit(tx, { action: 'cases.claim', objectType: 'case', objectId: row.id, regionCode: row.regionCode, after: claimedBy });
          return;
        }
        if (row.kind === 'matter') {
          const unitId = action.unitId ?? m.unitIds[0];
          if (!unitId) throw validationError([{ path: 'body.unitId', message: 'name the unit claiming the matter' }]);
          // A unit's own staff claim for it; village and higher staff may record a unit's claim.
          if (!m.unitIds.includes(unitId) && !(can(m.actor, 'cases.handle', row.regionCode) && can(m.actor, 'cases.read', row.regionCode))) throw forbidden();
          const [unit] = await tx.db.select({ id: units.id, name: units.name }).from(units).where(and(eq(units.id, unitId), eq(units.countyCode, row.countyCode)));
          if (!unit) throw validationError([{ path: 'body.unitId', message: 'no such unit in this county' }]);
          if (row.details.claimedBy) throw conflict('the matter is already claimed');
          const details = { ...row.details, claimedBy: { unitId: unit.id, name: unit.name, at: tx.clock().toISOString() } };
          await transition(tx, row, type, { type: 'reassign', owner: { kind: 'unit', id: unit.id, step: 'department' } }, { ...base, action: 'claim', details, data: { unitId: unit.id } });
          return;
        }
        throw validationError([{ path: 'body.type', message: 'only wishes and livelihood matters are claimed' }]);
      }
      case 'mediation': {
        handler();
        if (row.kind !== 'dispute') throw validationError([{ path: 'body.type', message: 'only disputes have mediation sessions' }]);
        if (!isOpen(row.state as CaseState)) throw conflict(`cannot mediate a case that is ${row.state}`);
        const sessions = Number(row.details.sessions ?? 0) + 1;
        await tx.db.update(cases).set({ details: { ...row.details, sessions }, updatedAt: tx.clock() }).where(eq(cases.id, row.id));
        await recordEvent(tx, row, { type: 'mediation', from: row.state, to: row.state, owner: snapshotOf(row).owner, note: action.summary, data: { date: action.date, participants: action.participants, session: sessions }, actorAccountId: m.actor.accountId });
        await appendAudit(tx, { action: 'cases.mediation', objectType: 'case', objectId: row.id, regionCode: row.regionCode, after: { session: sessions, date: action.date } });
        return;
      }
      case 'note': {
        if (!mayHandle(m, row) && !isRequester(m, row)) throw forbidden();
        await recordEvent(tx, row, { type: 'note', from: row.state, to: row.state, owner: snapshotOf(row).owner, note: action.note, actorAccountId: m.actor.accountId });
        await appendAudit(tx, { action: 'cases.note', objectType: 'case', objectId: row.id, regionCode: row.regionCode });
        return;
      }
    }
  });
  return caseDetail(ctx, m, id);
}

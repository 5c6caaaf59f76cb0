import { eq, sql } from 'drizzle-orm';
import { fieldProblems, type CaseType } from '../../../domain/cases/catalog.ts';
import { firstOwner } from '../../../domain/cases/ladder.ts';
import { applyEvent, newCase, type CaseOwner } from '../../../domain/cases/lifecycle.ts';
import { dueAt } from '../../../domain/cases/sla.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { cases, households, persons } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { me } from './access.ts';
import { caseTypeOf } from './catalog.ts';
import { notify, ownerAccounts } from './notify.ts';
import { mayInRegion } from './policy.ts';
import { caseDetail } from './queries.ts';
import { ladderFrom, routeFacts } from './routing.ts';
import type { NewCaseBody } from './schema.ts';
import { STAFF_CHANNELS } from './schema.ts';
import { recordEvents } from './transition.ts';

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
  const mediator =
    c.owner.step === 'mediator'
      ? facts.mediators.find((x) => x.personId === c.owner.id)
      : c.owner.step === 'township_mediator'
        ? { personId: c.owner.id, gold: true }
        : undefined;
  const details = mediator
    ? { ...input.details, mediator: { personId: mediator.personId, gold: mediator.gold } }
    : input.details;
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
  await recordEvents(tx, row, [
    {
      type: 'submit',
      from: null,
      to: 'submitted',
      owner: intakeOwner,
      data: { channel: input.channel },
      actorAccountId: input.enteredBy,
    },
    {
      type: 'assign',
      from: 'submitted',
      to: 'assigned',
      owner: c.owner,
      data: { rule: input.type.handler },
      actorAccountId: null,
    },
  ]);
  await notify(tx, await ownerAccounts(tx, c.owner), {
    regionCode: input.regionCode,
    caseId: id,
    kind: 'case.assigned',
    title: `新事项：${input.title}`,
  });
  await appendAudit(tx, {
    action: 'cases.submit',
    objectType: 'case',
    objectId: id,
    regionCode: input.regionCode,
    after: { typeCode: input.type.code, channel: input.channel, owner: c.owner },
  });
  return id;
}

/** POST /api/v1/cases: a villager for their own household, staff on someone's behalf. */
export async function createCase(ctx: Ctx, body: NewCaseBody) {
  const m = await me(ctx);
  const onBehalf = (STAFF_CHANNELS as readonly string[]).includes(body.channel);
  let personId: string;
  if (onBehalf) {
    if (!body.requesterPersonId)
      throw validationError([
        { path: 'body.requesterPersonId', message: `required for channel ${body.channel}` },
      ]);
    personId = body.requesterPersonId;
  } else {
    if (body.requesterPersonId && body.requesterPersonId !== m.personId)
      throw validationError([
        {
          path: 'body.requesterPersonId',
          message:
            'a villager submits for themself; staff use a walk-in, phone, visit or reception-day channel',
        },
      ]);
    if (!m.personId)
      throw validationError([
        {
          path: 'body.channel',
          message: 'this account stands for no resident; enter the case on someone’s behalf',
        },
      ]);
    personId = m.personId;
  }
  const [person] = await ctx.db
    .select({
      id: persons.id,
      name: persons.name,
      regionCode: persons.regionCode,
      householdId: persons.householdId,
    })
    .from(persons)
    .where(eq(persons.id, personId));
  // Staff may enter for a resident inside their own handling scope only; others are "not found".
  if (!person || (onBehalf && !mayInRegion(m.actor, 'enterFor', person.regionCode)))
    throw notFound();
  const householdId = body.householdId ?? person.householdId;
  if (body.householdId && body.householdId !== person.householdId) {
    // Another household (another village's above all) is not the requester's: refuse, write nothing.
    const [h] = await ctx.db
      .select({ regionCode: households.regionCode })
      .from(households)
      .where(eq(households.id, body.householdId));
    if (
      !h ||
      !onBehalf ||
      !mayInRegion(m.actor, 'enterFor', h.regionCode) ||
      h.regionCode !== person.regionCode
    )
      throw validationError([
        { path: 'body.householdId', message: 'not the requester’s household' },
      ]);
  }
  const type = await caseTypeOf(ctx, person.regionCode.slice(0, 6), body.typeCode);
  if (!type || !type.active)
    throw validationError([{ path: 'body.typeCode', message: 'unknown case type' }]);
  const problems = fieldProblems(type, body.fields);
  if (problems.length > 0)
    throw validationError(problems.map((p) => ({ path: `body.${p.path}`, message: p.message })));
  if (body.parties && type.kind !== 'dispute')
    throw validationError([{ path: 'body.parties', message: 'only disputes have parties' }]);
  const details: Record<string, unknown> =
    type.kind === 'dispute' ? { parties: body.parties ?? [], sessions: 0 } : {};
  if (type.kind === 'opinion' && typeof body.fields.category === 'string')
    details.category = body.fields.category;
  const [account] = onBehalf
    ? await ctx.db
        .execute(sql`SELECT id FROM accounts WHERE person_id = ${person.id} LIMIT 1`)
        .then((r) => (r as unknown as { rows: { id: string }[] }).rows)
    : [{ id: m.actor.accountId }];
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

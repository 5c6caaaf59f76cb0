import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { CaseType } from '../../domain/cases/catalog.ts';
import {
  planCaseHistory,
  type HistoryCase,
  type HistoryPlace,
  type HistoryStep,
} from '../../domain/cases/demoHistory.ts';
import { firstOwner, nextOwner, type RouteFacts } from '../../domain/cases/ladder.ts';
import {
  applyEvent,
  newCase,
  type CaseEvent,
  type CaseOwner,
  type CaseSnapshot,
} from '../../domain/cases/lifecycle.ts';
import { dueAt } from '../../domain/cases/sla.ts';
import { shanghaiMonthStart } from '../../domain/time/shanghai.ts';
import {
  accountRoles,
  accounts,
  caseEvents,
  cases,
  households,
  regions,
} from '../db/schema/index.ts';
import { catalogOf } from '../modules/cases/catalog.ts';
import { ladderFrom, routeFacts } from '../modules/cases/routing.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { systemCtx, type Runtime } from '../runtime.ts';

type CaseRow = typeof cases.$inferInsert;
type EventRow = typeof caseEvents.$inferInsert;

/** Households per place whose heads bring the year's cases (a village's regular callers). */
const CALLERS_PER_PLACE = 12;
const CHUNK = 400;

/**
 * The full demo's year of 随手办 history (domain/cases/demoHistory.ts) in every village and
 * community but the model village, whose hand-written cases tell their own story (seedCases.ts).
 * Each case is routed by the real ladder from the household's 五级联包 chain and walked through
 * the lifecycle's state machine at its own past instants; written straight to the tables like the
 * other bulk demo seeds (no audit rows, no notifications: nobody did this today). A village that
 * already holds a case from before this month is done.
 */
export async function seedCaseHistory(
  runtime: Runtime,
  log: (line: string) => void,
  months: number,
  perPlaceMonth = 2.5,
): Promise<number> {
  if (months <= 0) return 0;
  const ctx = systemCtx(runtime, 'system:demo-seed-case-history');
  const model = await modelVillage(ctx);
  if (!model) return 0; // not a demo database
  const county = model.slice(0, 6);
  const today = ctx.clock();
  const monthStart = shanghaiMonthStart(today);
  const catalog = await catalogOf(ctx, county);
  const townships = await ctx.db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.countyCode, county), eq(regions.level, 'township')))
    .orderBy(asc(regions.code));
  let written = 0;
  for (const township of townships) {
    const places = await placesOf(ctx, township.code.slice(0, 9), model);
    // One short transaction per village: a start killed half-way resumes at the next village, and
    // people using the app meanwhile wait for one village's cases at most (PGlite runs one at a time).
    for (const place of places)
      written += await transaction(ctx, async (tx) => {
        const [old] = await tx.db
          .select({ id: cases.id })
          .from(cases)
          .where(and(eq(cases.regionCode, place.regionCode), lt(cases.createdAt, monthStart)))
          .limit(1);
        if (old) return 0;
        const planned = planCaseHistory([place], catalog, {
          seed: 'lingyan',
          today,
          months,
          perPlaceMonth,
        });
        return writeHistory(tx, planned, catalog);
      });
  }
  if (written > 0) log(`  演示县一年诉求记录 / a year of case history: ${written} cases`);
  return written;
}

/** The village of the demo's `village1` account (振兴村), or null outside the demo. */
async function modelVillage(ctx: Ctx): Promise<string | null> {
  const [row] = await ctx.db
    .select({ region: accountRoles.regionCode })
    .from(accountRoles)
    .innerJoin(accounts, eq(accounts.id, accountRoles.accountId))
    .where(eq(accounts.username, 'village1'));
  return row?.region ?? null;
}

/** The township's villages and communities but the model village, each with its callers. */
async function placesOf(ctx: Ctx, prefix: string, model: string): Promise<HistoryPlace[]> {
  const villages = await ctx.db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.level, 'village'), sql`${regions.code} LIKE ${prefix + '%'}`))
    .orderBy(asc(regions.code));
  const places: HistoryPlace[] = [];
  for (const v of villages) {
    if (v.code === model) continue;
    const callers = await ctx.db
      .select({ id: households.id, headId: households.headId })
      .from(households)
      .where(eq(households.regionCode, v.code))
      .orderBy(asc(households.id))
      .limit(CALLERS_PER_PLACE);
    places.push({ regionCode: v.code, households: callers });
  }
  return places;
}

/** Routes and walks every planned case, then writes the cases and their steps in chunks. */
async function writeHistory(
  tx: Ctx,
  planned: readonly HistoryCase[],
  catalog: readonly CaseType[],
): Promise<number> {
  const types = new Map(catalog.map((t) => [t.code, t]));
  // Routing facts once per household (its chain, the village's and township's mediators: what the
  // dispute ladder reads, a superset of the others) and once per type that names a department.
  const everyRung: CaseType | undefined = catalog.find((t) =>
    t.ladder.includes('township_mediator'),
  );
  const byHousehold = new Map<string, RouteFacts>();
  const departments = new Map<string, string | null>();
  const caseRows: CaseRow[] = [];
  const eventRows: EventRow[] = [];
  for (const c of planned) {
    const type = types.get(c.typeCode);
    if (!type) continue;
    let household = byHousehold.get(c.householdId);
    if (!household) {
      household = await routeFacts(tx, everyRung ?? type, c.regionCode, c.householdId);
      byHousehold.set(c.householdId, household);
    }
    let department = departments.get(type.code);
    if (department === undefined) {
      department = type.departmentName
        ? (await routeFacts(tx, type, c.regionCode, null)).departmentUnitId
        : null;
      departments.set(type.code, department);
    }
    const f: RouteFacts = { ...household, departmentUnitId: department };
    const walked = walk(c, type, f);
    caseRows.push(walked.row);
    eventRows.push(...walked.events);
  }
  for (let i = 0; i < caseRows.length; i += CHUNK)
    await tx.db.insert(cases).values(caseRows.slice(i, i + CHUNK));
  for (let i = 0; i < eventRows.length; i += CHUNK)
    await tx.db.insert(caseEvents).values(eventRows.slice(i, i + CHUNK));
  return caseRows.length;
}

/** One case through intake and its steps, by the lifecycle's rules: its row and its record of steps. */
function walk(
  c: HistoryCase,
  type: CaseType,
  facts: RouteFacts,
): { row: CaseRow; events: EventRow[] } {
  const id = uuidv7(c.createdAt.getTime());
  const tenant = { regionCode: c.regionCode, countyCode: c.regionCode.slice(0, 6) };
  const events: EventRow[] = [];
  const line = (
    at: Date,
    type: string,
    from: string | null,
    s: CaseSnapshot,
    note: string | null,
    data: Record<string, unknown> | null,
  ) =>
    events.push({
      id: uuidv7(at.getTime()),
      ...tenant,
      caseId: id,
      type,
      fromState: from,
      toState: s.state,
      ownerKind: s.owner.kind,
      ownerId: s.owner.id,
      ownerStep: s.owner.step,
      note,
      data,
      actorAccountId: null,
      at,
    });
  const intakeOwner: CaseOwner = { kind: 'region', id: c.regionCode, step: 'window' };
  let s = newCase(intakeOwner, c.createdAt);
  line(c.createdAt, 'submit', null, s, null, { channel: c.channel });
  const assigned = apply(
    s,
    { type: 'assign', owner: firstOwner(ladderFrom(type), facts) },
    c.createdAt,
  );
  line(c.createdAt, 'assign', 'submitted', assigned, null, { rule: type.handler });
  s = assigned;
  let due = dueAt(s.ownerSince, type.slaHours);
  let firstResolvedAt: Date | null = null;
  let confirmedAt: Date | null = null;
  const chain = new Set(s.owner.kind === 'person' ? [s.owner.id] : []);
  for (const step of c.steps) {
    const event = eventOf(step, type, s, facts);
    if (!event) continue;
    const next = apply(s, event, step.at);
    const note = 'note' in step ? step.note : null;
    const data =
      event.type === 'escalate'
        ? { reason: 'beyond_authority', from: s.owner.step, to: event.owner.step }
        : 'rating' in step
          ? { rating: step.rating }
          : null;
    line(step.at, step.type, s.state, next, note, data);
    if (next.ownerSince.getTime() !== s.ownerSince.getTime())
      due = dueAt(next.ownerSince, type.slaHours);
    if (next.owner.kind === 'person') chain.add(next.owner.id);
    if (next.resolvedAt && !firstResolvedAt) firstResolvedAt = next.resolvedAt;
    if (next.state === 'confirmed' || next.state === 'auto_confirmed') confirmedAt = step.at;
    s = next;
  }
  const details: Record<string, unknown> =
    type.kind === 'dispute'
      ? {
          parties: [
            { name: '申请人', role: 'applicant' },
            { name: '对方当事人', role: 'respondent' },
          ],
          sessions: 0,
        }
      : {};
  const last = events.at(-1)?.at ?? c.createdAt;
  return {
    row: {
      id,
      ...tenant,
      typeCode: type.code,
      kind: type.kind,
      channel: c.channel,
      state: s.state,
      title: c.title,
      description: c.description,
      place: null,
      lat: null,
      lng: null,
      fields: c.fields,
      details,
      requesterPersonId: c.requesterPersonId,
      requesterAccountId: null,
      requesterName: null,
      householdId: c.householdId,
      enteredBy: null,
      ownerKind: s.owner.kind,
      ownerId: s.owner.id,
      ownerStep: s.owner.step,
      ownerSince: s.ownerSince,
      dueAt: due,
      resolvedAt: s.resolvedAt,
      firstResolvedAt,
      confirmedAt,
      closedAt: null,
      rating: s.rating,
      escalations: s.escalations,
      reopenCount: s.reopenCount,
      chainPersonIds: [...chain],
      open311Token: null,
      createdAt: c.createdAt,
      updatedAt: last,
    },
    events,
  };
}

/** The lifecycle event a planned step stands for; null for an escalation with no rung above. */
function eventOf(
  step: HistoryStep,
  type: CaseType,
  s: CaseSnapshot,
  facts: RouteFacts,
): CaseEvent | null {
  switch (step.type) {
    case 'escalate': {
      const owner = nextOwner(ladderFrom(type), s.owner, facts);
      return owner ? { type: 'escalate', owner, reason: 'beyond_authority' } : null;
    }
    case 'auto_confirm':
      return { type: 'auto_confirm', autoConfirmDays: type.autoConfirmDays };
    case 'confirm':
    case 'reject':
      return { type: step.type, rating: step.rating };
    default:
      return { type: step.type };
  }
}

/** The lifecycle's answer; a planned step it refuses is a bug in the plan, not in the data. */
function apply(s: CaseSnapshot, event: CaseEvent, at: Date): CaseSnapshot {
  const result = applyEvent(s, event, at);
  if (!result.ok) throw new Error(`case history: ${result.reason}`);
  return result.next;
}

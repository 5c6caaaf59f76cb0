import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Permission } from '../../../domain/access/roles.ts';
import { grantsAllowing, type Actor } from '../../../domain/access/policy.ts';
import {
  economyCadreRewards,
  economyDividendRuns,
  evaluationObjections,
  evaluationRounds,
  evaluations,
  evaluationSchemes,
  evaluationVetoes,
  regions,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { scopeWhere } from '../../platform/scope.ts';
import { inbox } from '../cases/notify.ts';
import { listCases } from '../cases/queries.ts';
import { mayApproveDividend, mayWriteEconomy, visibleEconomy } from '../economy/policy.ts';
import { inCallersGroup } from '../evaluation/groupRule.ts';
import { waitingAction } from '../evaluation/policy.ts';
import { ownHouseholdId } from '../households/ownHousehold.ts';
import { unseenFinishedJobs } from '../jobs/service.ts';
import { listWarnings } from '../warnings/center.ts';
import { mayDecide } from '../warnings/policy.ts';
import { TODO_KINDS, type TodoGroup, type TodoItem } from './schema.ts';

/** Holds the permission somewhere in scope. */
const holds = (actor: Actor, permission: Permission) =>
  grantsAllowing(actor, permission).length > 0;

/** How many records a group lists; its count and link cover the rest. */
const SHOWN = 5;

type Source = (ctx: Ctx, actor: Actor) => Promise<TodoGroup | null>;

const group = (
  kind: TodoGroup['kind'],
  count: number,
  items: TodoItem[],
  link: string,
): TodoGroup | null => (count > 0 ? { kind, count, items: items.slice(0, SHOWN), link } : null);

const item = (fields: Partial<TodoItem> & Pick<TodoItem, 'id' | 'title' | 'link'>): TodoItem => ({
  action: null,
  note: null,
  count: 1,
  dueAt: null,
  overdue: false,
  ...fields,
});

/** Cases at the caller's desk: assigned to them, their unit or their rung (the cases module's 待办). */
const casesWaiting: Source = async (ctx, actor) => {
  if (!holds(actor, 'cases.handle')) return null;
  const page = await listCases(ctx, { view: 'waiting', page: 1, pageSize: SHOWN });
  const desk = holds(actor, 'cases.read') ? '/cases' : '/cases/mine?view=waiting';
  const open = (id: string) =>
    holds(actor, 'cases.read') ? `/cases?case=${id}` : '/cases/mine?view=waiting';
  return group(
    'casesWaiting',
    page.total,
    page.items.map((c) =>
      item({ id: c.id, title: c.title, dueAt: c.dueAt, overdue: c.overdue, link: open(c.id) }),
    ),
    desk,
  );
};

/** The caller's own requests that were answered and wait for their confirmation and rating. */
const casesToConfirm: Source = async (ctx, actor) => {
  if (!holds(actor, 'cases.submit')) return null;
  const page = await listCases(ctx, { view: 'mine', state: 'resolved', page: 1, pageSize: SHOWN });
  return group(
    'casesToConfirm',
    page.total,
    page.items.map((c) => item({ id: c.id, title: c.title, link: '/cases/mine' })),
    '/cases/mine',
  );
};

/**
 * Evaluations of open rounds where the scheme gives the caller the next step (认星, a review step,
 * an objection, the award, a removal), counted per round and action. Rows are folded in SQL by
 * what decides the step (stage, step, stars, village, notice over, objections, vetoes) so a county's
 * household rounds cost a few hundred groups, not a row each.
 */
const evaluationSteps: Source = async (ctx, actor) => {
  const own = await ownHouseholdId(ctx);
  const now = ctx.clock();
  const openObjection = sql<boolean>`EXISTS (SELECT 1 FROM ${evaluationObjections} o WHERE o.evaluation_id = ${evaluations.id} AND o.status = 'open')`;
  const proposedVeto = sql<boolean>`EXISTS (SELECT 1 FROM ${evaluationVetoes} v WHERE v.evaluation_id = ${evaluations.id} AND v.status = 'proposed')`;
  const isOwn = own ? sql<boolean>`${evaluations.subjectId} = ${own}` : sql<boolean>`false`;
  const rows = ctx.db
    .select({
      roundId: evaluations.roundId,
      stage: evaluations.stage,
      stepIndex: evaluations.stepIndex,
      grantedStars: evaluations.grantedStars,
      regionCode: evaluations.regionCode,
      noticeOver: sql<boolean>`coalesce(${evaluations.noticeEndsAt} <= ${now}, false)`.as(
        'notice_over',
      ),
      objections: openObjection.as('objections'),
      vetoes: proposedVeto.as('vetoes'),
      own: isOwn.as('own'),
      inGroup: (await inCallersGroup(ctx, actor)).as('in_group'),
    })
    .from(evaluations)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluations.roundId))
    .where(
      and(
        eq(evaluationRounds.status, 'open'),
        or(scopeWhere(actor, 'evaluation.read', evaluations.regionCode), isOwn),
        or(
          inArray(evaluations.stage, ['claiming', 'review', 'notice']),
          and(eq(evaluations.stage, 'awarded'), proposedVeto),
        ),
      ),
    )
    .as('w');
  const groups = await ctx.db
    .select({
      roundId: rows.roundId,
      stage: rows.stage,
      stepIndex: rows.stepIndex,
      grantedStars: rows.grantedStars,
      regionCode: rows.regionCode,
      noticeOver: rows.noticeOver,
      objections: rows.objections,
      vetoes: rows.vetoes,
      own: rows.own,
      inGroup: rows.inGroup,
      n: sql<number>`count(*)::int`,
    })
    .from(rows)
    .groupBy(
      rows.roundId,
      rows.stage,
      rows.stepIndex,
      rows.grantedStars,
      rows.regionCode,
      rows.noticeOver,
      rows.objections,
      rows.vetoes,
      rows.own,
      rows.inGroup,
    );
  if (groups.length === 0) return null;
  const roundIds = [...new Set(groups.map((g) => g.roundId))];
  const rounds = await ctx.db
    .select({ id: evaluationRounds.id, name: evaluationRounds.name, scheme: evaluationSchemes })
    .from(evaluationRounds)
    .innerJoin(evaluationSchemes, eq(evaluationSchemes.id, evaluationRounds.schemeId))
    .where(inArray(evaluationRounds.id, roundIds));
  const roundOf = new Map(rounds.map((r) => [r.id, r]));
  const resident = !holds(actor, 'evaluation.read');
  const tally = new Map<string, TodoItem>();
  for (const g of groups) {
    const round = roundOf.get(g.roundId);
    if (!round) continue;
    // a resident claims for their own household only (the policy's household check)
    if (g.stage === 'claiming' && !g.own && !actor.grants.some((x) => x.role === 'village_cadre'))
      continue;
    const action = waitingAction(
      actor,
      round.scheme.definition,
      {
        stage: g.stage,
        grantedStars: g.grantedStars,
        stepIndex: g.stepIndex,
        regionCode: g.regionCode,
        noticeEndsAt: g.noticeOver ? now : null,
        inGroup: Boolean(g.inGroup),
      },
      now,
      g.objections ? 1 : 0,
      g.vetoes ? 1 : 0,
    );
    if (!action) continue;
    const verb = action.split(':')[0] ?? action;
    const key = `${g.roundId}:${verb}`;
    const found = tally.get(key);
    if (found) found.count += Number(g.n);
    else
      tally.set(
        key,
        item({
          id: key,
          title: round.name,
          action: verb,
          count: Number(g.n),
          link: resident ? '/me/households' : `/evaluation?round=${g.roundId}`,
        }),
      );
  }
  // The newest round first (its id is a uuidv7, so in time order): what just landed on the desk
  // is not hidden below older rounds with more subjects.
  const items = [...tally.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return group(
    'evaluations',
    items.reduce((sum, i) => sum + i.count, 0),
    items,
    resident ? '/me/households' : '/evaluation',
  );
};

/** 分红 runs waiting for the caller: a township's approval, or a village's publication. */
const dividendRuns: Source = async (ctx, actor) => {
  const runs = await ctx.db
    .select({
      id: economyDividendRuns.id,
      regionCode: economyDividendRuns.regionCode,
      payer: economyDividendRuns.payer,
      year: economyDividendRuns.year,
      status: economyDividendRuns.status,
    })
    .from(economyDividendRuns)
    .where(
      and(
        visibleEconomy(actor, economyDividendRuns.regionCode),
        inArray(economyDividendRuns.status, ['draft', 'approved']),
      ),
    )
    .limit(200);
  const waiting = runs.flatMap((run) => {
    const action =
      run.status === 'draft' && mayApproveDividend(actor, run.regionCode)
        ? 'approve'
        : run.status === 'approved' && mayWriteEconomy(actor, run.regionCode)
          ? 'publish'
          : null;
    return action
      ? [
          item({
            id: run.id,
            title: `${run.payer} · ${run.year}`,
            action,
            link: `/economy?village=${run.regionCode}&tab=dividends&run=${run.id}`,
          }),
        ]
      : [];
  });
  return group('dividends', waiting.length, waiting, '/economy?tab=dividends');
};

/**
 * 干部奖励 waiting for the caller: a village's proposal for the township (or county) to approve,
 * or a proposal the township returned, with its note, for the village's cadres to propose again —
 * until the village has a new proposal for that year.
 */
const cadreRewards: Source = async (ctx, actor) => {
  const rows = await ctx.db
    .select({
      id: economyCadreRewards.id,
      regionCode: economyCadreRewards.regionCode,
      villageName: regions.name,
      year: economyCadreRewards.year,
      status: economyCadreRewards.status,
      note: economyCadreRewards.decisionNote,
    })
    .from(economyCadreRewards)
    .leftJoin(regions, eq(regions.code, economyCadreRewards.regionCode))
    .where(
      and(
        visibleEconomy(actor, economyCadreRewards.regionCode),
        or(
          eq(economyCadreRewards.status, 'proposed'),
          and(
            eq(economyCadreRewards.status, 'rejected'),
            sql`NOT EXISTS (SELECT 1 FROM ${economyCadreRewards} n WHERE n.region_code = ${economyCadreRewards.regionCode} AND n.year = ${economyCadreRewards.year} AND n.status <> 'rejected')`,
          ),
        ),
      ),
    )
    .orderBy(desc(economyCadreRewards.createdAt))
    .limit(200);
  const returned = new Set<string>();
  const waiting = rows.flatMap((r) => {
    const action =
      r.status === 'proposed' && mayApproveDividend(actor, r.regionCode)
        ? 'approve'
        : r.status === 'rejected' && mayWriteEconomy(actor, r.regionCode)
          ? 'revise'
          : null;
    // a village returned twice in a year: its latest return only
    const key = `${r.regionCode}:${r.year}`;
    if (!action || (action === 'revise' && returned.has(key))) return [];
    if (action === 'revise') returned.add(key);
    return [
      item({
        id: r.id,
        title: `${r.villageName ?? r.regionCode} · ${r.year}`,
        action,
        note: action === 'revise' ? r.note : null,
        link: `/economy?village=${r.regionCode}&tab=rewards&year=${r.year}&reward=${r.id}`,
      }),
    ];
  });
  return group('cadreRewards', waiting.length, waiting, '/economy?tab=rewards');
};

/** Open warnings of the caller's region, for those who acknowledge or resolve them. */
const openWarnings: Source = async (ctx, actor) => {
  const region = actor.grants.find((g) => /^\d{12}$/.test(g.scope))?.regionCode;
  if (!region || !mayDecide(actor, region)) return null;
  const page = await listWarnings(ctx, { status: 'open', page: 1, pageSize: 1 });
  return group('warnings', page.total, [], '/warnings');
};

/** Unread messages (a case assigned, answered, escalated…). */
const unreadMessages: Source = async (ctx, actor) => {
  const box = await inbox(ctx, actor.accountId, { page: 1, pageSize: SHOWN * 4 });
  const unread = box.items.filter((m) => !m.readAt);
  return group(
    'inbox',
    box.unread,
    unread.map((m) =>
      item({
        id: m.id,
        title: m.title,
        link: '/cases/mine?view=inbox',
      }),
    ),
    '/cases/mine?view=inbox',
  );
};

/** Imports and plans that finished while the caller was elsewhere: their outcome is not yet seen. */
const finishedJobs: Source = async (ctx, actor) => {
  const rows = await unseenFinishedJobs(ctx, actor.accountId);
  return group(
    'jobs',
    rows.length,
    rows.map((job) =>
      item({
        id: job.id,
        // the kind's key (import.persons, planning.unions): the web names it in the app language
        title: job.kind,
        action: job.status === 'succeeded' ? 'jobSucceeded' : 'jobFailed',
        link: `/me/jobs?job=${job.id}`,
      }),
    ),
    '/me/jobs',
  );
};

const SOURCES: Record<TodoGroup['kind'], Source> = {
  casesWaiting,
  casesToConfirm,
  evaluations: evaluationSteps,
  dividends: dividendRuns,
  cadreRewards,
  warnings: openWarnings,
  jobs: finishedJobs,
  inbox: unreadMessages,
};

/** 待办: every source's group that has something for the caller, in the kinds' order. */
export async function myTodo(ctx: Ctx, actor: Actor) {
  const groups: TodoGroup[] = [];
  // one after another: a request's transaction-less reads share one connection on PGlite
  for (const kind of TODO_KINDS) {
    const found = await SOURCES[kind](ctx, actor);
    if (found) groups.push(found);
  }
  return { total: groups.reduce((sum, g) => sum + g.count, 0), groups };
}

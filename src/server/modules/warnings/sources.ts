import { and, asc, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import { OPEN_FOR_WORK } from '../../../domain/cases/lifecycle.ts';
import { SUBJECT_KINDS } from '../../../domain/obligations/rules.ts';
import { warningKey, type WarningKind } from '../../../domain/insights/warnings.ts';
import {
  auditEvents,
  cases,
  evaluationRounds,
  evaluations,
  evaluationSchemes,
  positions,
  regions,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { scoped, withinRegion } from '../../platform/scope.ts';
import { fromEvaluations, readableEvaluations } from '../evaluation/fromEvaluations.ts';
import { warnings as evaluationWarnings } from '../evaluation/warnings.ts';
import { complianceBoard } from '../obligations/compliance.ts';

/** One warning as computed from the records, before any decision about it is joined. */
export interface RawWarning {
  key: string;
  kind: WarningKind;
  regionCode: string;
  regionName: string | null;
  /** Who or what it is about: a case's title, a subject's name, a village. */
  subject: string;
  /** The figures behind the reason, for the page to word in the user's language. */
  detail: Record<string, string | number | null>;
  /** Where the records behind it are (a web path). */
  link: string;
  /** When its cause arose, where the records say (ISO date or time). */
  since: string | null;
}

const SHOWN_PER_SOURCE = 200;

/** A web path with its query (the page the records are on). */
const withQuery = (path: string, query: Record<string, string>) =>
  `${path}?${new URLSearchParams(query).toString()}`;

const raw = (kind: WarningKind, id: string, w: Omit<RawWarning, 'key' | 'kind'>): RawWarning => ({
  key: warningKey({ kind, regionCode: w.regionCode, id }),
  kind,
  ...w,
});

/** Cases past their deadline at any rung, the longest overdue first (cases.read in scope). */
async function overdueCases(ctx: Ctx, region: string): Promise<RawWarning[]> {
  const actor = requireActor(ctx);
  const now = ctx.clock();
  const rows = await ctx.db
    .select({
      id: cases.id,
      title: cases.title,
      regionCode: cases.regionCode,
      regionName: regions.name,
      ownerStep: cases.ownerStep,
      dueAt: cases.dueAt,
      escalations: cases.escalations,
    })
    .from(cases)
    .leftJoin(regions, eq(regions.code, cases.regionCode))
    .where(
      scoped(
        actor,
        'cases.read',
        cases.regionCode,
        withinRegion(cases.regionCode, region),
        inArray(cases.state, [...OPEN_FOR_WORK]),
        lt(cases.dueAt, now),
      ),
    )
    .orderBy(asc(cases.dueAt))
    .limit(SHOWN_PER_SOURCE);
  return rows.map((c) =>
    raw('overdueCase', c.id, {
      regionCode: c.regionCode,
      regionName: c.regionName,
      subject: c.title,
      detail: {
        step: c.ownerStep,
        hoursOverdue: c.dueAt ? Math.floor((now.getTime() - c.dueAt.getTime()) / 3_600_000) : 0,
        escalations: c.escalations,
      },
      link: withQuery('/cases', { region: c.regionCode, case: c.id }),
      since: c.dueAt?.toISOString() ?? null,
    }),
  );
}

/** The latest period of every scheme with awarded evaluations in the region. */
async function latestRounds(ctx: Ctx, region: string) {
  const actor = requireActor(ctx);
  const rows = await fromEvaluations(
    ctx.db.selectDistinct({ scheme: evaluationSchemes.key, period: evaluationRounds.period }),
  )
    .where(
      readableEvaluations(
        actor,
        withinRegion(evaluations.regionCode, region),
        eq(evaluations.stage, 'awarded'),
      ),
    )
    .orderBy(asc(evaluationSchemes.key), desc(evaluationRounds.period));
  const latest = new Map<string, string>();
  for (const r of rows) if (!latest.has(r.scheme)) latest.set(r.scheme, r.period);
  return [...latest].map(([scheme, period]) => ({ scheme, period }));
}

/** Below three stars, vetoes, first secretaries off target and 三零 events (evaluation). */
async function evaluationSources(ctx: Ctx, region: string): Promise<RawWarning[]> {
  const rounds = await latestRounds(ctx, region);
  const found = await Promise.all(rounds.map((q) => evaluationWarnings(ctx, region, q)));
  const out = new Map<string, RawWarning>();
  const add = (w: RawWarning) => {
    if (!out.has(w.key)) out.set(w.key, w);
  };
  found.forEach((w, i) => {
    const { scheme, period } = rounds[i] ?? { scheme: '', period: '' };
    for (const b of w.belowThreshold)
      add(
        raw('belowThreshold', b.id, {
          regionCode: b.regionCode,
          regionName: null,
          subject: b.name,
          detail: { level: b.level, scheme, period },
          link: withQuery('/evaluation', { round: b.roundId, subject: b.id }),
          since: period,
        }),
      );
    for (const v of w.vetoes)
      add(
        raw('veto', `${v.id}.${v.veto}`, {
          regionCode: v.regionCode,
          regionName: null,
          subject: v.name,
          detail: { veto: v.veto, status: v.status, scheme, period },
          link: withQuery('/evaluation', { round: v.roundId, subject: v.id }),
          since: period,
        }),
      );
    for (const s of w.firstSecretaries)
      add(
        raw('firstSecretary', 'term', {
          regionCode: s.regionCode,
          regionName: s.regionName,
          subject: s.name,
          detail: { termEndDate: s.termEndDate, level: s.level, target: s.target },
          link: withQuery('/positions', { region: s.regionCode }),
          since: s.termEndDate,
        }),
      );
    for (const z of w.zeroEvents)
      add(
        raw('zeroEvent', z.id, {
          regionCode: z.regionCode,
          regionName: z.regionName,
          subject: z.regionName ?? z.regionCode,
          detail: { event: z.kind, occurredOn: z.occurredOn },
          link: withQuery('/evaluation', { zero: z.regionCode }),
          since: z.occurredOn,
        }),
      );
  });
  return [...out.values()];
}

/** Subjects behind their obligations this year, of every kind (obligations.read in scope). */
async function obligationLaggards(ctx: Ctx, region: string): Promise<RawWarning[]> {
  if (!can(requireActor(ctx), 'obligations.read', region)) return [];
  const boards = await Promise.all(
    SUBJECT_KINDS.map((subjectKind) => complianceBoard(ctx, { subjectKind, region })),
  );
  return boards.flatMap((board) =>
    board.laggards.map((l) =>
      raw('obligationLaggard', `${board.subjectKind}.${l.id}`, {
        regionCode: l.regionCode,
        regionName: l.villageName ?? null,
        subject: l.name,
        detail: {
          subjectKind: board.subjectKind,
          missed: l.missed.length,
          firstMissed: l.missed[0]?.ruleName ?? null,
          period: l.missed[0]?.periodLabel ?? null,
        },
        link: withQuery('/obligations/board', {
          kind: board.subjectKind,
          region: l.regionCode,
          subject: l.id,
        }),
        since: l.missed[0]?.start ?? null,
      }),
    ),
  );
}

/** Villages with no current party secretary: a gap at the top of the responsibility tree. */
async function villagesWithoutSecretary(ctx: Ctx, region: string): Promise<RawWarning[]> {
  const actor = requireActor(ctx);
  const current = ctx.db
    .select({ one: sql`1` })
    .from(positions)
    .where(
      and(
        eq(positions.regionCode, regions.code),
        eq(positions.code, 'secretary'),
        isNull(positions.endDate),
      ),
    );
  const rows = await ctx.db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(
      scoped(
        actor,
        'directory.read',
        regions.code,
        withinRegion(regions.code, region),
        eq(regions.level, 'village'),
        sql`NOT EXISTS (${current})`,
      ),
    )
    .orderBy(asc(regions.code))
    .limit(SHOWN_PER_SOURCE);
  return rows.map((v) =>
    raw('noSecretary', v.code, {
      regionCode: v.code,
      regionName: v.name,
      subject: v.name,
      detail: {},
      link: withQuery('/positions', { region: v.code }),
      since: null,
    }),
  );
}

/** Unusual reveal volume in the last 30 days: the brake's flag, for those who read the audit log. */
async function revealVolume(ctx: Ctx, region: string): Promise<RawWarning[]> {
  const actor = requireActor(ctx);
  const since = new Date(ctx.clock().getTime() - 30 * 86_400_000);
  const rows = await ctx.db
    .select({
      id: auditEvents.id,
      regionCode: auditEvents.regionCode,
      username: auditEvents.actorUsername,
      occurredAt: auditEvents.occurredAt,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .where(
      scoped(
        actor,
        'audit.read',
        auditEvents.regionCode,
        withinRegion(auditEvents.regionCode, region),
        eq(auditEvents.action, 'privacy.reveal_volume'),
        gt(auditEvents.occurredAt, since),
      ),
    )
    .orderBy(desc(auditEvents.occurredAt))
    .limit(SHOWN_PER_SOURCE);
  return rows.flatMap((r) =>
    r.regionCode
      ? [
          raw('revealVolume', r.id, {
            regionCode: r.regionCode,
            regionName: null,
            subject: r.username ?? '',
            detail: {
              reveals: Number(r.detail?.revealsInDay ?? 0),
              threshold: Number(r.detail?.threshold ?? 0),
            },
            link: withQuery('/audit', { actor: r.username ?? '', action: 'privacy.reveal' }),
            since: r.occurredAt.toISOString(),
          }),
        ]
      : [],
  );
}

/** Every warning in a region the caller reads, from every source, each source capped. */
export async function gatherWarnings(ctx: Ctx, region: string): Promise<RawWarning[]> {
  const parts = await Promise.all([
    overdueCases(ctx, region),
    evaluationSources(ctx, region),
    obligationLaggards(ctx, region),
    villagesWithoutSecretary(ctx, region),
    revealVolume(ctx, region),
  ]);
  return parts.flat();
}

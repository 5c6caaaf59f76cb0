import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { can } from '../../../domain/access/policy.ts';
import {
  isResolved,
  OPEN_FOR_WORK,
  RESOLVED_STATES,
  type CaseState,
} from '../../../domain/cases/lifecycle.ts';
import {
  announcedInTime,
  receptionSchedule,
  resolutionRate,
  wallName,
} from '../../../domain/cases/kinds.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { sm3Hex } from '../../crypto/sm3.ts';
import {
  caseAttachments,
  cases,
  disputeSweeps,
  open311Keys,
  persons,
  receptionDays,
} from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound, validationError } from '../../platform/errors.ts';
import { scopeWhere, withinRegion } from '../../platform/scope.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { me, staffsRegion, visibleTo } from './access.ts';
import { authorizeCase } from './policy.ts';
import { ownerNameOf } from './queries.ts';

// ---- attachments: type by content and declared type, size-limited, content-addressed ----

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

/** The file's own signature must match its declared type (a renamed .exe is not a photo). */
export function sniffType(data: Buffer): string | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
    return 'image/jpeg';
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-')
    return 'application/pdf';
  return null;
}

export async function addAttachment(
  ctx: Ctx,
  caseId: string,
  name: string,
  contentType: string,
  data: Buffer,
) {
  const m = await me(ctx);
  const declared = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (sniffType(data) !== declared)
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      zh: '文件内容与类型不符（仅支持 JPEG、PNG、PDF）',
      en: 'The file content does not match its type (JPEG, PNG or PDF only)',
    });
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(cases)
      .where(and(eq(cases.id, caseId), visibleTo(m)));
    if (!row) throw notFound();
    authorizeCase(m, row, 'attach');
    const now = tx.clock();
    const id = uuidv7(now.getTime());
    const sha256 = crypto.createHash('sha256').update(data).digest('hex');
    await tx.db.insert(caseAttachments).values({
      id,
      regionCode: row.regionCode,
      countyCode: row.countyCode,
      caseId,
      name,
      contentType: declared,
      size: data.length,
      sha256,
      data,
      uploadedBy: m.actor.accountId,
      createdAt: now,
    });
    await appendAudit(tx, {
      action: 'cases.attach',
      objectType: 'case',
      objectId: caseId,
      regionCode: row.regionCode,
      after: { name, contentType: declared, size: data.length, sha256 },
    });
    return { id, name, contentType: declared, size: data.length, sha256 };
  });
}

export async function getAttachment(ctx: Ctx, caseId: string, attachmentId: string) {
  const m = await me(ctx);
  const [row] = await ctx.db
    .select({ a: caseAttachments })
    .from(caseAttachments)
    .innerJoin(cases, eq(cases.id, caseAttachments.caseId))
    .where(
      and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, caseId), visibleTo(m)),
    );
  if (!row) throw notFound();
  return row.a;
}

// ---- 矛盾纠纷 排查 sweeps ----

export async function recordSweep(
  ctx: Ctx,
  body: {
    regionCode: string;
    sweptOn: string;
    personTimes: number;
    found: number;
    note?: string | undefined;
  },
) {
  const actor = requireActor(ctx);
  if (!staffsRegion(actor, body.regionCode)) throw notFound();
  if (body.sweptOn > shanghaiDate(ctx.clock()))
    throw validationError([{ path: 'body.sweptOn', message: 'a sweep cannot lie in the future' }]);
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const id = uuidv7(now.getTime());
    const row = {
      id,
      regionCode: body.regionCode,
      countyCode: body.regionCode.slice(0, 6),
      sweptOn: body.sweptOn,
      personTimes: body.personTimes,
      found: body.found,
      note: body.note ?? null,
      createdBy: actor.accountId,
      createdAt: now,
    };
    await tx.db.insert(disputeSweeps).values(row);
    await appendAudit(tx, {
      action: 'cases.sweep',
      objectType: 'dispute_sweep',
      objectId: id,
      regionCode: body.regionCode,
      after: { sweptOn: body.sweptOn, personTimes: body.personTimes, found: body.found },
    });
    return {
      id,
      regionCode: row.regionCode,
      sweptOn: row.sweptOn,
      personTimes: row.personTimes,
      found: row.found,
      note: row.note,
    };
  });
}

// ---- 人大代表接待日 ----

export async function announceReceptionDay(
  ctx: Ctx,
  body: { regionCode: string; date: string; time: string; place: string; deputies: string[] },
) {
  const actor = requireActor(ctx);
  if (!staffsRegion(actor, body.regionCode)) throw notFound();
  const today = shanghaiDate(ctx.clock());
  if (!announcedInTime(body.date, today))
    throw validationError([
      { path: 'body.date', message: 'a reception day is announced at least 7 days ahead' },
    ]);
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const id = uuidv7(now.getTime());
    const exists = await tx.db
      .select({ id: receptionDays.id })
      .from(receptionDays)
      .where(and(eq(receptionDays.regionCode, body.regionCode), eq(receptionDays.date, body.date)));
    if (exists.length > 0)
      throw new AppError('CONFLICT', {
        zh: '该日已有接待日',
        en: 'A reception day is already announced for that date',
      });
    await tx.db.insert(receptionDays).values({
      id,
      regionCode: body.regionCode,
      countyCode: body.regionCode.slice(0, 6),
      date: body.date,
      time: body.time,
      place: body.place,
      deputies: body.deputies,
      announcedAt: now,
      createdBy: actor.accountId,
    });
    await appendAudit(tx, {
      action: 'cases.reception_day',
      objectType: 'reception_day',
      objectId: id,
      regionCode: body.regionCode,
      after: body,
    });
    return { id, ...body, announcedAt: now.toISOString() };
  });
}

/** Announced reception days in scope from today, and the regular schedule (the 11th, a week's notice). */
export async function listReceptionDays(ctx: Ctx, region: string | undefined) {
  const actor = requireActor(ctx);
  if (region && !can(actor, 'regions.read', region)) throw notFound();
  const today = shanghaiDate(ctx.clock());
  const within = region ? withinRegion(receptionDays.regionCode, region) : undefined;
  // Announcements are public notices: anyone signed in whose scope touches the station sees them.
  const rows = await ctx.db
    .select()
    .from(receptionDays)
    .where(
      and(
        scopeWhere(actor, 'regions.read', receptionDays.regionCode),
        sql`${receptionDays.date} >= ${today}`,
        within,
      ),
    )
    .orderBy(asc(receptionDays.date))
    .limit(50);
  return {
    items: rows.map((r) => ({
      id: r.id,
      regionCode: r.regionCode,
      date: r.date,
      time: r.time,
      place: r.place,
      deputies: r.deputies,
      announcedAt: r.announcedAt.toISOString(),
    })),
    schedule: receptionSchedule(today, 3),
  };
}

// ---- 微心愿墙: nothing identifying ----

export async function wishWall(ctx: Ctx, region: string) {
  const actor = requireActor(ctx);
  if (!can(actor, 'regions.read', region)) throw notFound();
  const rows = await ctx.db
    .select({
      id: cases.id,
      title: cases.title,
      state: cases.state,
      details: cases.details,
      createdAt: cases.createdAt,
      name: persons.name,
    })
    .from(cases)
    .leftJoin(persons, eq(persons.id, cases.requesterPersonId))
    .where(
      and(
        eq(cases.kind, 'wish'),
        scopeWhere(actor, 'regions.read', cases.regionCode),
        withinRegion(cases.regionCode, region),
        inArray(cases.state, [...OPEN_FOR_WORK, ...RESOLVED_STATES]),
      ),
    )
    .orderBy(desc(cases.createdAt))
    .limit(100);
  return {
    items: rows.map((r) => {
      const claimed = r.details.claimedBy as { team?: string | null } | undefined;
      return {
        id: r.id,
        title: r.title,
        wisher: wallName(r.name ?? '村民'),
        claimed: Boolean(claimed),
        claimedByTeam: claimed?.team ?? null,
        fulfilled: isResolved(r.state as CaseState),
        createdOn: shanghaiDate(r.createdAt),
      };
    }),
  };
}

// ---- Open311 API keys ----

export const hashApiKey = (key: string) => sm3Hex(`open311:${key}`);

export async function createOpen311Key(
  ctx: Ctx,
  body: { name: string; county?: string | undefined },
  fixedKey?: string,
) {
  const actor = requireActor(ctx);
  const county = (
    body.county ??
    actor.grants.find((g) => g.role === 'county_admin')?.regionCode ??
    ''
  ).slice(0, 6);
  const regionCode = county + '000000';
  if (county.length !== 6 || !can(actor, 'cases.configure', regionCode)) throw notFound();
  const key = fixedKey ?? `o311_${crypto.randomBytes(24).toString('base64url')}`;
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const id = uuidv7(now.getTime());
    await tx.db.insert(open311Keys).values({
      id,
      regionCode,
      countyCode: county,
      name: body.name,
      keyHash: hashApiKey(key),
      createdBy: actor.username,
      createdAt: now,
    });
    await appendAudit(tx, {
      action: 'cases.open311_key',
      objectType: 'open311_key',
      objectId: id,
      regionCode,
      after: { name: body.name },
    });
    // The key is shown this once; only its hash is kept.
    return { id, name: body.name, county: regionCode, apiKey: key };
  });
}

export async function countyOfApiKey(ctx: Ctx, key: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ countyCode: open311Keys.countyCode })
    .from(open311Keys)
    .where(and(eq(open311Keys.keyHash, hashApiKey(key)), eq(open311Keys.active, true)));
  return row?.countyCode ?? null;
}

// ---- statistics (data for the dashboards) ----

export async function caseStatistics(
  ctx: Ctx,
  q: { region?: string | undefined; from?: string | undefined; to?: string | undefined },
) {
  const actor = requireActor(ctx);
  if (q.region && !can(actor, 'cases.read', q.region)) throw notFound();
  const filters = [scopeWhere(actor, 'cases.read', cases.regionCode)];
  if (q.region) filters.push(withinRegion(cases.regionCode, q.region));
  if (q.from) filters.push(sql`${cases.createdAt} >= ${new Date(`${q.from}T00:00:00+08:00`)}`);
  if (q.to)
    filters.push(
      sql`${cases.createdAt} < ${new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000)}`,
    );
  const where = and(...filters);
  const resolvedStates = sql`${cases.state} IN ('resolved','confirmed','auto_confirmed','closed')`;
  // Subqueries name the outer table: Drizzle leaves single-table columns unqualified.
  const slaEscalated = sql`EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = "cases"."id" AND e.type IN ('escalate','overdue') AND e.data->>'reason' = 'sla')`;
  const measures = {
    total: sql<number>`count(*)::int`,
    resolved: sql<number>`(count(*) FILTER (WHERE ${resolvedStates}))::int`,
    onTime: sql<number>`(count(*) FILTER (WHERE ${cases.firstResolvedAt} IS NOT NULL AND NOT ${slaEscalated}))::int`,
    rated: sql<number>`(count(${cases.rating}))::int`,
    satisfied: sql<number>`(count(*) FILTER (WHERE ${cases.rating} >= 4))::int`,
    avgRating: sql<number | null>`round(avg(${cases.rating})::numeric, 2)::float8`,
    autoConfirmed: sql<number>`(count(*) FILTER (WHERE ${cases.state} = 'auto_confirmed' OR (${cases.state} = 'closed' AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = "cases"."id" AND e.type = 'auto_confirm'))))::int`,
    escalated: sql<number>`(count(*) FILTER (WHERE ${cases.escalations} > 0))::int`,
  };
  const shape = (r: {
    total: number;
    resolved: number;
    onTime: number;
    rated: number;
    satisfied: number;
    avgRating: number | null;
    autoConfirmed: number;
    escalated: number;
  }) => ({
    ...r,
    resolutionRate: resolutionRate(r.total, r.resolved),
    onTimeRate: resolutionRate(r.resolved, r.onTime),
    satisfactionRate: resolutionRate(r.rated, r.satisfied),
  });
  const [overall] = await ctx.db.select(measures).from(cases).where(where);
  const byRegion = await ctx.db
    .select({
      key: cases.regionCode,
      name: sql<string | null>`(SELECT r.name FROM regions r WHERE r.code = "cases"."region_code")`,
      ...measures,
    })
    .from(cases)
    .where(where)
    .groupBy(cases.regionCode)
    .orderBy(cases.regionCode);
  const byCategory = await ctx.db
    .select({ key: cases.typeCode, kind: cases.kind, ...measures })
    .from(cases)
    .where(where)
    .groupBy(cases.typeCode, cases.kind)
    .orderBy(cases.typeCode);
  const byOwnerStep = await ctx.db
    .select({ key: cases.ownerStep, ...measures })
    .from(cases)
    .where(where)
    .groupBy(cases.ownerStep)
    .orderBy(cases.ownerStep);
  // By current owner (a member, a region's staff, a department) for the reviewers' dashboards, never a public ranking.
  const byOwner = await ctx.db
    .select({
      kind: cases.ownerKind,
      id: cases.ownerId,
      step: cases.ownerStep,
      name: ownerNameOf('cases'),
      ...measures,
    })
    .from(cases)
    .where(where)
    .groupBy(cases.ownerKind, cases.ownerId, cases.ownerStep)
    .orderBy(cases.ownerStep, cases.ownerKind, cases.ownerId);
  const escalationRows = await ctx.db.execute(
    sql`SELECT e.owner_step AS step, e.data->>'reason' AS reason, count(*)::int AS n FROM case_events e JOIN cases ON cases.id = e.case_id WHERE e.type = 'escalate' AND ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const disputeFilter = and(where, eq(cases.kind, 'dispute'));
  const [disputes] = await ctx.db
    .select({
      found: sql<number>`count(*)::int`,
      resolved: sql<number>`(count(*) FILTER (WHERE ${resolvedStates} AND COALESCE(${cases.details}->>'outcome', 'resolved') = 'resolved'))::int`,
    })
    .from(cases)
    .where(disputeFilter);
  const sweepWhere = and(
    scopeWhere(actor, 'cases.read', disputeSweeps.regionCode),
    q.region ? withinRegion(disputeSweeps.regionCode, q.region) : undefined,
  );
  const [sweeps] = await ctx.db
    .select({
      rounds: sql<number>`count(*)::int`,
      personTimes: sql<number>`COALESCE(sum(${disputeSweeps.personTimes}), 0)::int`,
      found: sql<number>`COALESCE(sum(${disputeSweeps.found}), 0)::int`,
    })
    .from(disputeSweeps)
    .where(sweepWhere);
  const rows = (
    escalationRows as unknown as { rows: { step: string; reason: string | null; n: number }[] }
  ).rows;
  return {
    overall: shape(
      overall ?? {
        total: 0,
        resolved: 0,
        onTime: 0,
        rated: 0,
        satisfied: 0,
        avgRating: null,
        autoConfirmed: 0,
        escalated: 0,
      },
    ),
    byRegion: byRegion.map((r) => ({ ...shape(r), key: r.key, name: r.name })),
    byCategory: byCategory.map((r) => ({ ...shape(r), key: r.key, kind: r.kind })),
    byOwnerStep: byOwnerStep.map((r) => ({ ...shape(r), key: r.key })),
    byOwner: byOwner.map((r) => ({
      ...shape(r),
      key: `${r.kind}:${r.id}:${r.step}`,
      owner: { kind: r.kind, id: r.id, step: r.step, name: r.name },
    })),
    escalationsByLevel: rows.map((r) => ({
      toStep: r.step,
      reason: r.reason ?? 'sla',
      count: Number(r.n),
    })),
    disputes: {
      found: disputes?.found ?? 0,
      resolved: disputes?.resolved ?? 0,
      rate: resolutionRate(disputes?.found ?? 0, disputes?.resolved ?? 0),
      sweeps: sweeps ?? { rounds: 0, personTimes: 0, found: 0 },
    },
  };
}

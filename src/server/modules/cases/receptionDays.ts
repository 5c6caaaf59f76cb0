import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { announcedInTime, receptionSchedule } from '../../../domain/cases/kinds.ts';
import { ancestorsOf } from '../../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { persons, positions, receptionDays, regions } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { scopeWhere, withinRegion } from '../../platform/scope.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { announceIn, authorizeInRegion } from './policy.ts';

// 人大代表接待日: announcing a reception day and listing the coming ones. The deputies are the
// directory's 人大代表 (current peoplesCongressDeputy positions), never names typed in.

export interface DeputyChoice {
  personId: string;
  name: string;
  /** Where the deputy was elected: the station's own region, one above it or one inside it. */
  regionName: string;
}

/** The deputies who may receive at a station in `regionCode`: elected there, above it or inside it. */
export async function deputiesFor(ctx: Ctx, regionCode: string): Promise<DeputyChoice[]> {
  const above = ancestorsOf(regionCode).map((a) => a.code);
  const rows = await ctx.db
    .select({ personId: persons.id, name: persons.name, regionName: regions.name })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .innerJoin(regions, eq(regions.code, positions.regionCode))
    .where(
      and(
        eq(positions.code, 'peoplesCongressDeputy'),
        isNull(positions.endDate),
        or(inArray(positions.regionCode, above), withinRegion(positions.regionCode, regionCode)),
      ),
    )
    .orderBy(asc(positions.regionCode), asc(persons.name))
    .limit(200);
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.personId) && seen.add(r.personId));
}

export async function announceReceptionDay(
  ctx: Ctx,
  body: {
    regionCode: string;
    date: string;
    time: string;
    place: string;
    deputyPersonIds: string[];
  },
) {
  const actor = requireActor(ctx);
  authorizeInRegion(actor, 'staff', body.regionCode);
  const today = shanghaiDate(ctx.clock());
  if (!announcedInTime(body.date, today))
    throw validationError([
      { path: 'body.date', message: 'a reception day is announced at least 7 days ahead' },
    ]);
  const choices = new Map((await deputiesFor(ctx, body.regionCode)).map((d) => [d.personId, d]));
  const problems = body.deputyPersonIds.flatMap((id, i) =>
    choices.has(id)
      ? []
      : [{ path: `body.deputyPersonIds.${i}`, message: 'not a current 人大代表 of this station' }],
  );
  if (new Set(body.deputyPersonIds).size !== body.deputyPersonIds.length)
    problems.push({ path: 'body.deputyPersonIds', message: 'a deputy is named twice' });
  if (problems.length > 0) throw validationError(problems);
  // The names as announced stay with the notice, as printed; the ids link it to the directory.
  const deputies = body.deputyPersonIds.map((id) => choices.get(id)?.name ?? '');
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const id = uuidv7(now.getTime());
    await refuseIfExists(
      tx,
      receptionDays,
      and(eq(receptionDays.regionCode, body.regionCode), eq(receptionDays.date, body.date)),
      { zh: '该日已有接待日', en: 'A reception day is already announced for that date' },
    );
    await tx.db.insert(receptionDays).values({
      id,
      regionCode: body.regionCode,
      countyCode: body.regionCode.slice(0, 6),
      date: body.date,
      time: body.time,
      place: body.place,
      deputies,
      deputyPersonIds: body.deputyPersonIds,
      announcedAt: now,
      createdBy: actor.accountId,
    });
    await appendAudit(tx, {
      action: 'cases.reception_day',
      objectType: 'reception_day',
      objectId: id,
      regionCode: body.regionCode,
      after: { ...body, deputies },
    });
    return { id, ...body, deputies, announcedAt: now.toISOString() };
  });
}

/** Announced reception days in scope from today, and the regular schedule (the 11th, a week's notice). */
export async function listReceptionDays(ctx: Ctx, region: string | undefined) {
  const actor = requireActor(ctx);
  if (region) authorizeInRegion(actor, 'notices', region);
  const today = shanghaiDate(ctx.clock());
  const place = announceIn(actor);
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
      deputyPersonIds: r.deputyPersonIds,
      announcedAt: r.announcedAt.toISOString(),
    })),
    schedule: receptionSchedule(today, 3),
    // Where the caller may announce one (the cases policy's staff of a region), so the page offers
    // the form only to them instead of deriving the rule again, and the deputies it may name there.
    announceIn: place,
    deputyChoices: place ? await deputiesFor(ctx, place) : [],
  };
}

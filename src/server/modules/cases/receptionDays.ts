import { and, asc, eq, sql } from 'drizzle-orm';
import { announcedInTime, receptionSchedule } from '../../../domain/cases/kinds.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { receptionDays } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { scopeWhere, withinRegion } from '../../platform/scope.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { announceIn, authorizeInRegion } from './policy.ts';

// 人大代表接待日: announcing a reception day and listing the coming ones.
export async function announceReceptionDay(
  ctx: Ctx,
  body: { regionCode: string; date: string; time: string; place: string; deputies: string[] },
) {
  const actor = requireActor(ctx);
  authorizeInRegion(actor, 'staff', body.regionCode);
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
  if (region) authorizeInRegion(actor, 'notices', region);
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
    // Where the caller may announce one (the cases policy's staff of a region), so the page offers
    // the form only to them instead of deriving the rule again.
    announceIn: announceIn(actor),
  };
}

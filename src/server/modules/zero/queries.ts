import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { noEvents, type ZeroEventKind } from '../../../domain/zero/events.ts';
import { regions, units, zeroAcceptances, zeroEvents } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { scoped } from '../../platform/scope.ts';
import { withinRegion } from '../../platform/scope.ts';
import { getRegion } from '../regions/service.ts';
import { subjectKey, zeroTally } from './tally.ts';

const inYear = (year: number) =>
  sql`${zeroEvents.occurredOn} BETWEEN ${`${year}-01-01`} AND ${`${year}-12-31`}`;

/** The year's 三零 events in a region the caller reads, newest first (the list, the warnings). */
export async function yearEventsIn(ctx: Ctx, regionCode: string, year: number) {
  const actor = requireActor(ctx);
  const items = await ctx.db
    .select({
      id: zeroEvents.id,
      regionCode: zeroEvents.regionCode,
      regionName: regions.name,
      unitId: zeroEvents.unitId,
      kind: zeroEvents.kind,
      occurredOn: zeroEvents.occurredOn,
      description: zeroEvents.description,
    })
    .from(zeroEvents)
    .leftJoin(regions, eq(regions.code, zeroEvents.regionCode))
    .where(
      scoped(
        actor,
        'evaluation.read',
        zeroEvents.regionCode,
        withinRegion(zeroEvents.regionCode, regionCode),
        inYear(year),
      ),
    )
    .orderBy(desc(zeroEvents.occurredOn), desc(zeroEvents.id))
    .limit(500);
  return items.map((i) => ({ ...i, kind: i.kind as ZeroEventKind }));
}

export async function listZeroEvents(ctx: Ctx, q: { region: string; year: number }) {
  const region = await getRegion(ctx, q.region, 'evaluation.read');
  return { items: await yearEventsIn(ctx, region.code, q.year) };
}

/**
 * 实时掌握创建进展: every village of the region (and every unit there) with the year's recorded
 * events by kind, whether it still stands at zero, and its 评定验收 once decided.
 */
export async function zeroProgress(ctx: Ctx, q: { region: string; year: number }) {
  const actor = requireActor(ctx);
  const region = await getRegion(ctx, q.region, 'evaluation.read');
  const villages = await ctx.db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(
      scoped(
        actor,
        'evaluation.read',
        regions.code,
        withinRegion(regions.code, region.code),
        eq(regions.level, 'village'),
      ),
    )
    .orderBy(asc(regions.code));
  const unitRows = await ctx.db
    .select({ id: units.id, name: units.name, regionCode: units.regionCode })
    .from(units)
    .where(
      scoped(
        actor,
        'evaluation.read',
        units.regionCode,
        withinRegion(units.regionCode, region.code),
      ),
    )
    .orderBy(asc(units.name));
  const tally = await zeroTally(ctx, region.code, q.year);
  const keys = [
    ...villages.map((v) => subjectKey(v.code, null)),
    ...unitRows.map((u) => subjectKey(u.regionCode, u.id)),
  ];
  const decided =
    keys.length === 0
      ? []
      : await ctx.db
          .select()
          .from(zeroAcceptances)
          .where(and(eq(zeroAcceptances.year, q.year), inArray(zeroAcceptances.subject, keys)));
  const acceptanceOf = new Map(
    decided.map((d) => [d.subject, { accepted: d.accepted, decidedAt: d.decidedAt.toISOString() }]),
  );
  const rows = [
    ...villages.map((v) => ({ regionCode: v.code, name: v.name, unitId: null })),
    ...unitRows.map((u) => ({ regionCode: u.regionCode, name: u.name, unitId: u.id })),
  ].map((s) => {
    const subject = subjectKey(s.regionCode, s.unitId);
    const counts = tally.get(subject) ?? noEvents();
    return {
      subject,
      ...s,
      counts,
      atZero: counts.petition + counts.accident + counts.criminal === 0,
      acceptance: acceptanceOf.get(subject) ?? null,
    };
  });
  return {
    region: region.code,
    year: q.year,
    subjects: rows.length,
    atZero: rows.filter((r) => r.atZero).length,
    rows,
  };
}

import { asc, eq, gte, inArray, lte, or, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { periodLabel, periodOf } from '../../../domain/obligations/periods.ts';
import { RESIDENTIAL_COMPOUND, type SubjectKind } from '../../../domain/obligations/rules.ts';
import { isWithinScope } from '../../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { grids, pairings, regions, unions, unionVillages, units } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { scoped, withinRegion } from '../../platform/scope.ts';
import { getRegion } from '../regions/service.ts';
import { boardCells, type CellSummary } from './boardCells.ts';
import { effectiveRules } from './rules.ts';
import type { BoardQuery } from './schema.ts';
import { fromPairings } from './fromPairings.ts';

export interface BoardSubject {
  kind: SubjectKind;
  id: string;
  name: string;
  regionCode: string;
  villageName: string;
  unitName: string | null;
  activeFrom: string;
  activeTo: string | null;
}

/** The year judged and the day it is judged on: a past year on its last day, this year today. */
export function yearAndDay(ctx: Ctx, year?: number, asOf?: string): { year: number; asOf: string } {
  const today = shanghaiDate(ctx.clock());
  const day = asOf ?? today;
  const y = year ?? Number(day.slice(0, 4));
  const end = `${y}-12-31`;
  return { year: y, asOf: day > end ? end : day };
}

/** Subjects of a kind in a region that exist during the year, inside the actor's read scope. */
async function subjectsIn(
  ctx: Ctx,
  kind: SubjectKind,
  region: string,
  year: number,
  ids?: readonly string[],
): Promise<BoardSubject[]> {
  const actor = requireActor(ctx);
  const only = (column: AnyPgColumn) => (ids ? inArray(column, [...ids]) : undefined);
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  if (kind === 'pairing')
    return fromPairings(
      ctx.db.select({
        kind: sql<SubjectKind>`'pairing'`,
        id: pairings.id,
        name: sql<string>`${units.name} || ' ↔ ' || ${regions.name}`,
        regionCode: pairings.villageCode,
        villageName: regions.name,
        unitName: units.name,
        activeFrom: pairings.periodStart,
        activeTo: pairings.periodEnd,
      }),
    )
      .where(
        scoped(
          actor,
          'obligations.read',
          pairings.regionCode,
          withinRegion(pairings.regionCode, region),
          lte(pairings.periodStart, to),
          or(isNull(pairings.periodEnd), gte(pairings.periodEnd, from)),
          only(pairings.id),
        ),
      )
      .orderBy(asc(pairings.villageCode), asc(units.name));
  if (kind === 'union')
    return ctx.db
      .selectDistinct({
        kind: sql<SubjectKind>`'union'`,
        id: unions.id,
        name: unions.name,
        regionCode: unions.leadCode,
        villageName: regions.name,
        unitName: sql<string | null>`null`,
        activeFrom: sql<string>`to_char(${unions.createdAt} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`,
        activeTo: sql<string | null>`null`,
      })
      .from(unions)
      .innerJoin(unionVillages, eq(unionVillages.unionId, unions.id))
      .innerJoin(regions, eq(regions.code, unions.leadCode))
      .where(
        scoped(
          actor,
          'obligations.read',
          unionVillages.regionCode,
          withinRegion(unionVillages.villageCode, region),
          only(unions.id),
        ),
      )
      .orderBy(asc(unions.leadCode));
  if (kind === 'compound')
    return ctx.db
      .select({
        kind: sql<SubjectKind>`'compound'`,
        id: grids.id,
        name: grids.name,
        regionCode: grids.regionCode,
        villageName: regions.name,
        unitName: sql<string | null>`null`,
        activeFrom: sql<string>`'2000-01-01'`,
        activeTo: sql<string | null>`null`,
      })
      .from(grids)
      .innerJoin(regions, eq(regions.code, grids.regionCode))
      .where(
        scoped(
          actor,
          'obligations.read',
          grids.regionCode,
          withinRegion(grids.regionCode, region),
          eq(grids.kind, RESIDENTIAL_COMPOUND),
          only(grids.id),
        ),
      )
      .orderBy(asc(grids.regionCode), asc(grids.seq));
  return ctx.db
    .select({
      kind: sql<SubjectKind>`'village'`,
      id: regions.code,
      name: regions.name,
      regionCode: regions.code,
      villageName: regions.name,
      unitName: sql<string | null>`null`,
      activeFrom: sql<string>`'2000-01-01'`,
      activeTo: sql<string | null>`null`,
    })
    .from(regions)
    .where(
      scoped(
        actor,
        'obligations.read',
        regions.regionCode,
        withinRegion(regions.code, region),
        eq(regions.level, 'village'),
        only(regions.code),
      ),
    )
    .orderBy(asc(regions.code));
}

export interface MissedPeriod {
  ruleCode: string;
  ruleName: string;
  periodKey: string;
  periodLabel: string;
  start: string;
  end: string;
  done: number;
  required: number;
}

const LAGGARDS_SHOWN = 200;

/**
 * 履职看板: compliance of every subject of a kind in a region for a year, rolled up to the
 * region's children (drill-down), per rule, and the laggards with each missed period named.
 */
export async function complianceBoard(ctx: Ctx, q: BoardQuery) {
  const actor = requireActor(ctx);
  const regionCode = q.region ?? actor.grants.find((g) => /^\d{12}$/.test(g.scope))?.regionCode;
  if (!regionCode) throw notFound();
  const region = await getRegion(ctx, regionCode, 'obligations.read');
  const { year, asOf } = yearAndDay(ctx, q.year, q.asOf);
  const county = region.code.slice(0, 6);
  const rules = (await effectiveRules(ctx, county)).filter((r) => r.subjectKind === q.subjectKind);
  const names = new Map(rules.map((r) => [r.code, r.name]));
  const every = new Map(rules.map((r) => [r.code, r.every]));
  const missedPeriod = (m: CellSummary['missed'][number]): MissedPeriod => {
    const period = periodOf(m.ps, every.get(m.code) ?? 'year');
    return {
      ruleCode: m.code,
      ruleName: names.get(m.code) ?? m.code,
      periodKey: period.key,
      periodLabel: periodLabel(period),
      start: m.ps,
      end: m.pe,
      done: m.done,
      required: m.required,
    };
  };
  // The statement's lines carry every subject with its village, so only the laggards shown are
  // read with their names; the children are read beside it.
  const [lines, children] = await Promise.all([
    boardCells(ctx, actor, q.subjectKind, region.code, rules, year, asOf),
    ctx.db
      .select({ code: regions.code, name: regions.name })
      .from(regions)
      .where(eq(regions.parentCode, region.code))
      .orderBy(asc(regions.code)),
  ]);
  const subjectLines =
    rules.length > 0
      ? lines.filter((l) => l.subjectId !== null)
      : (await subjectsIn(ctx, q.subjectKind, region.code, year)).map((s): CellSummary => ({
          subjectId: s.id,
          regionCode: s.regionCode,
          ruleCode: null,
          due: 0,
          met: 0,
          missed: [],
        }));
  const byChild = new Map(
    children.map((c) => [c.code, { ...c, subjects: 0, due: 0, met: 0, laggards: 0 }]),
  );
  const childByVillage = new Map<string, (typeof children)[number] | undefined>();
  const childOf = (code: string) => {
    if (!childByVillage.has(code))
      childByVillage.set(
        code,
        children.find((c) => isWithinScope(code, c.code)),
      );
    return childByVillage.get(code);
  };
  const totals = { subjects: subjectLines.length, due: 0, met: 0, laggards: 0 };
  const lagging: CellSummary[] = [];
  for (const line of subjectLines) {
    const child = childOf(line.regionCode ?? '');
    const bucket = child ? byChild.get(child.code) : undefined;
    totals.due += line.due;
    totals.met += line.met;
    if (bucket) {
      bucket.subjects += 1;
      bucket.due += line.due;
      bucket.met += line.met;
    }
    if (line.missed.length > 0) {
      totals.laggards += 1;
      if (bucket) bucket.laggards += 1;
      lagging.push(line);
    }
  }
  lagging.sort(
    (a, b) =>
      b.missed.length - a.missed.length ||
      (a.regionCode ?? '').localeCompare(b.regionCode ?? '') ||
      (a.subjectId ?? '').localeCompare(b.subjectId ?? ''),
  );
  const shown = lagging.slice(0, LAGGARDS_SHOWN);
  const named = new Map(
    (
      await subjectsIn(
        ctx,
        q.subjectKind,
        region.code,
        year,
        shown.map((l) => l.subjectId ?? ''),
      )
    ).map((s) => [s.id, s] as const),
  );
  // Shown in the order the subjects are listed in (village, then name) among equal gaps.
  const order = new Map([...named.keys()].map((id, i) => [id, i]));
  const laggards = shown
    .sort(
      (a, b) =>
        b.missed.length - a.missed.length ||
        (order.get(a.subjectId ?? '') ?? 0) - (order.get(b.subjectId ?? '') ?? 0),
    )
    .flatMap((line) => {
      const s = named.get(line.subjectId ?? '');
      if (!s) return [];
      return [
        {
          ...s,
          due: line.due,
          met: line.met,
          rate: line.due === 0 ? null : line.met / line.due,
          missed: line.missed.map(missedPeriod),
        },
      ];
    });
  const perRule = rules.map((r) => {
    const line = lines.find((l) => l.subjectId === null && l.ruleCode === r.code);
    return {
      code: r.code,
      name: r.name,
      every: r.every,
      atLeast: r.atLeast,
      due: line?.due ?? 0,
      met: line?.met ?? 0,
    };
  });
  const rate = (due: number, met: number) => (due === 0 ? null : met / due);
  return {
    region: { code: region.code, name: region.name, level: region.level },
    subjectKind: q.subjectKind,
    year,
    asOf,
    totals: { ...totals, rate: rate(totals.due, totals.met) },
    children: [...byChild.values()]
      .filter((c) => c.subjects > 0)
      .map((c) => ({ ...c, rate: rate(c.due, c.met) })),
    rules: perRule,
    laggardTotal: lagging.length,
    laggards,
  };
}

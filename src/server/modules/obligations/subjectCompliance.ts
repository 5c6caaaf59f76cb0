import { and, asc, eq, gte, inArray, or, isNull, sql } from 'drizzle-orm';
import { unionsOf, type Actor } from '../../../domain/access/policy.ts';
import {
  compliance,
  TallyIndex,
  type PeriodCompliance,
  type Subject,
} from '../../../domain/obligations/compliance.ts';
import { periodLabel } from '../../../domain/obligations/periods.ts';
import { RESIDENTIAL_COMPOUND, type SubjectKind } from '../../../domain/obligations/rules.ts';
import {
  contactPairs,
  grids,
  households,
  pairings,
  persons,
  unions,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { authorizeRead, maySee, mayRecord, ownPairings, ownVillages } from './policy.ts';
import { effectiveRules, type RuleView } from './rules.ts';
import { loadSubject, type SubjectRow } from './subjects.ts';
import { tallyActivities } from './tallies.ts';
import { yearAndDay, type MissedPeriod } from './compliance.ts';

// One subject's year period by period, and 我的履职: computed from its own activities (the
// county board, from the standings, is compliance.ts).

/** The year's rows of every rule binding the subjects, judged on `asOf` (periods wholly in the year). */
async function rowsFor(
  ctx: Ctx,
  kind: SubjectKind,
  region: string,
  subjects: readonly Pick<Subject, 'id' | 'activeFrom' | 'activeTo'>[],
  rules: readonly RuleView[],
  year: number,
  asOf: string,
  only?: readonly string[],
): Promise<PeriodCompliance[]> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const tallies = await tallyActivities(ctx, kind, region, from, asOf < to ? asOf : to, only);
  // Judged within the year: a subject's window is clipped to it, so a week that straddles New Year
  // belongs to neither year's board.
  const clipped: Subject[] = subjects.map((s) => ({
    id: s.id,
    kind,
    activeFrom: s.activeFrom > from ? s.activeFrom : from,
    activeTo: s.activeTo !== null && s.activeTo < to ? s.activeTo : to,
  }));
  return compliance(rules, clipped, new TallyIndex(tallies), asOf);
}

const missedOf = (row: PeriodCompliance, names: Map<string, string>): MissedPeriod => ({
  ruleCode: row.ruleCode,
  ruleName: names.get(row.ruleCode) ?? row.ruleCode,
  periodKey: row.period.key,
  periodLabel: periodLabel(row.period),
  start: row.period.start,
  end: row.period.end,
  done: row.done,
  required: row.required,
});

export interface SubjectPeriodView extends MissedPeriod {
  status: PeriodCompliance['status'];
}

/** One subject's year, period by period, with the count behind each (links go to its activities). */
export async function subjectCompliance(ctx: Ctx, kind: SubjectKind, id: string, year?: number) {
  const subject = authorizeRead(requireActor(ctx), await loadSubject(ctx, kind, id));
  const judged = yearAndDay(ctx, year);
  const rules = (await effectiveRules(ctx, subject.regionCode.slice(0, 6))).filter(
    (r) => r.subjectKind === kind,
  );
  const names = new Map(rules.map((r) => [r.code, r.name]));
  const rows = await rowsFor(
    ctx,
    kind,
    regionOfAll(subject),
    [subject],
    rules,
    judged.year,
    judged.asOf,
    [subject.id],
  );
  return {
    subject: viewOf(subject),
    year: judged.year,
    asOf: judged.asOf,
    periods: rows.map((r) => ({ ...missedOf(r, names), status: r.status })),
  };
}

/** The smallest region holding all of a subject's villages (a union may cross townships). */
function regionOfAll(subject: SubjectRow): string {
  const [first, ...rest] = subject.villages;
  if (!first) return subject.regionCode;
  if (rest.every((v) => v.slice(0, 9) === first.slice(0, 9))) return `${first.slice(0, 9)}000`;
  return `${first.slice(0, 6)}000000`;
}

const viewOf = (s: SubjectRow) => ({
  kind: s.kind,
  id: s.id,
  name: s.name,
  regionCode: s.regionCode,
  villages: s.villages,
  activeFrom: s.activeFrom,
  activeTo: s.activeTo,
});

const MINE_LIMIT = 50;

/**
 * The subjects the caller answers for: their unit's pairings and those in their record scope, the
 * unions they are a cadre of or whose lead village they record for, and — for a village's own
 * cadres — the village itself (一月一主题) and its 小区. At most MINE_LIMIT, pairings first.
 */
async function subjectsOwed(ctx: Ctx, actor: Actor, asOf: string): Promise<SubjectRef[]> {
  const refs: SubjectRef[] = [];
  const mine = await ctx.db
    .select({ id: pairings.id })
    .from(pairings)
    .where(and(ownPairings(actor), or(isNull(pairings.periodEnd), gte(pairings.periodEnd, asOf))))
    .orderBy(asc(pairings.villageCode))
    .limit(MINE_LIMIT);
  refs.push(...mine.map((p) => ({ kind: 'pairing' as const, id: p.id })));
  const villages = ownVillages(actor);
  const led = villages.length > 0 ? inArray(unions.leadCode, villages) : undefined;
  const cadreOf = unionsOf(actor);
  const ofUnion = cadreOf.length > 0 ? inArray(unions.id, cadreOf) : undefined;
  if (led || ofUnion) {
    const rows = await ctx.db
      .select({ id: unions.id })
      .from(unions)
      .where(or(led, ofUnion))
      .orderBy(asc(unions.name))
      .limit(MINE_LIMIT);
    refs.push(...rows.map((u) => ({ kind: 'union' as const, id: u.id })));
  }
  if (villages.length > 0) {
    refs.push(...villages.map((code) => ({ kind: 'village' as const, id: code })));
    const compounds = await ctx.db
      .select({ id: grids.id })
      .from(grids)
      .where(and(inArray(grids.regionCode, villages), eq(grids.kind, RESIDENTIAL_COMPOUND)))
      .orderBy(asc(grids.regionCode), asc(grids.name))
      .limit(MINE_LIMIT);
    refs.push(...compounds.map((c) => ({ kind: 'compound' as const, id: c.id })));
  }
  return refs.slice(0, MINE_LIMIT);
}

interface SubjectRef {
  kind: SubjectKind;
  id: string;
}

/**
 * 我的履职: each subject the caller answers for, each rule's current period, how many periods of
 * the year were missed, and whether the caller may record for it (the page shows 记录 only then).
 */
export async function myObligations(ctx: Ctx) {
  const actor = requireActor(ctx);
  const { year, asOf } = yearAndDay(ctx);
  const subjects = [];
  for (const ref of await subjectsOwed(ctx, actor, asOf)) {
    const subject = await loadSubject(ctx, ref.kind, ref.id);
    if (!subject || !maySee(actor, subject)) continue;
    const rules = (await effectiveRules(ctx, subject.regionCode.slice(0, 6))).filter(
      (r) => r.subjectKind === subject.kind,
    );
    const names = new Map(rules.map((r) => [r.code, r.name]));
    const rows = await rowsFor(
      ctx,
      subject.kind,
      regionOfAll(subject),
      [subject],
      rules,
      year,
      asOf,
      [subject.id],
    );
    const current = rules.flatMap((r) => {
      const last = rows.filter((row) => row.ruleCode === r.code).at(-1);
      return last ? [{ ...missedOf(last, names), status: last.status }] : [];
    });
    subjects.push({
      ...viewOf(subject),
      current,
      missedThisYear: rows.filter((r) => r.status === 'short').length,
      households: await contactHouseholds(ctx, subject),
      mayRecord: subject.villages.some((v) => mayRecord(actor, subject, v)),
    });
  }
  return { year, asOf, personId: actor.personId ?? null, subjects };
}

/** The households the pairing's unit contacts in its village (1+1+N): whom a visit is recorded for. */
async function contactHouseholds(
  ctx: Ctx,
  subject: SubjectRow,
): Promise<{ id: string; headName: string }[]> {
  if (!subject.unitId) return [];
  return ctx.db
    .selectDistinct({ id: households.id, headName: persons.name, sort: persons.nameSort })
    .from(contactPairs)
    .innerJoin(households, sql`${households.id} = ANY(${contactPairs.householdIds})`)
    .innerJoin(persons, eq(persons.id, households.headId))
    .where(
      and(eq(contactPairs.unitId, subject.unitId), eq(contactPairs.regionCode, subject.regionCode)),
    )
    .orderBy(asc(persons.nameSort))
    .then((rows) => rows.map(({ id, headName }) => ({ id, headName })));
}

// Compliance (DESIGN.md §3): per subject, rule and period, how many activities the rule asked for
// and how many were recorded — computed from the records, never typed in.
import { periodOf, periodsBetween, type Period, type PeriodUnit } from './periods.ts';
import type { ObligationRule, SubjectKind } from './rules.ts';

/** A pairing, village or union that rules bind, with the dates it existed (pairing period). */
export interface Subject {
  id: string;
  kind: SubjectKind;
  activeFrom: string;
  activeTo: string | null;
}

/**
 * Activities counted in one bucket: the ISO week (for weekly rules) or the month (for every
 * longer period) of one subject and activity type. `withRole` counts those the subject's role
 * holder (the pairing's 组长) took part in.
 */
export interface Tally {
  subjectId: string;
  activityType: string;
  bucket: 'week' | 'month';
  key: string;
  count: number;
  withRole: number;
}

export type PeriodStatus = 'met' | 'short' | 'open';

export interface PeriodCompliance {
  subjectId: string;
  ruleCode: string;
  period: Period;
  required: number;
  done: number;
  /** `open`: the period is still running and not yet met; `short` only once it has ended. */
  status: PeriodStatus;
  /** Activities still missing (0 when met). */
  gap: number;
}

export function bucketOf(unit: PeriodUnit): 'week' | 'month' {
  return unit === 'week' ? 'week' : 'month';
}

/** The dates a rule binds a subject: both in force. Null when they never overlap. */
export function window(
  rule: Pick<ObligationRule, 'startsOn' | 'endsOn'>,
  subject: Pick<Subject, 'activeFrom' | 'activeTo'>,
): { from: string; to: string | null } | null {
  const from = rule.startsOn > subject.activeFrom ? rule.startsOn : subject.activeFrom;
  const ends = [rule.endsOn, subject.activeTo].filter((d): d is string => d !== null);
  const to = ends.length === 0 ? null : ends.reduce((a, b) => (a < b ? a : b));
  if (to !== null && to < from) return null;
  return { from, to };
}

/**
 * The periods a rule is due in for a subject up to `asOf`: only periods the window covers from
 * their first to their last day (a rule that starts on 15 March is first due for April; one that
 * ends on 10 June is last due for May), and none that starts after `asOf`.
 */
export function duePeriods(
  rule: Pick<ObligationRule, 'startsOn' | 'endsOn' | 'every'>,
  subject: Pick<Subject, 'activeFrom' | 'activeTo'>,
  asOf: string,
): Period[] {
  const w = window(rule, subject);
  if (!w) return [];
  const last = w.to !== null && w.to < asOf ? w.to : asOf;
  return periodsBetween(w.from, last, rule.every).filter(
    (p) => p.start >= w.from && (w.to === null || p.end <= w.to),
  );
}

/** Sums tallies into any rule period: months roll up into quarters, half-years and years. */
export class TallyIndex {
  private readonly sums = new Map<string, { count: number; withRole: number }>();

  constructor(tallies: Iterable<Tally>) {
    for (const t of tallies) {
      const k = this.keyOf(t.subjectId, t.activityType, t.bucket, t.key);
      const sum = this.sums.get(k) ?? { count: 0, withRole: 0 };
      sum.count += t.count;
      sum.withRole += t.withRole;
      this.sums.set(k, sum);
    }
  }

  private keyOf(subjectId: string, type: string, bucket: string, key: string): string {
    return `${subjectId}|${type}|${bucket}|${key}`;
  }

  /** Activities of a type for a subject in a period (those with the role holder when asked). */
  countIn(subjectId: string, activityType: string, period: Period, withRole: boolean): number {
    const bucket = bucketOf(period.unit);
    const keys =
      bucket === 'week'
        ? [period.key]
        : periodsBetween(period.start, period.end, 'month').map((m) => m.key);
    let total = 0;
    for (const key of keys) {
      const sum = this.sums.get(this.keyOf(subjectId, activityType, bucket, key));
      if (sum) total += withRole ? sum.withRole : sum.count;
    }
    return total;
  }
}

/** Every due period of every rule that binds each subject, with its count and status. */
export function compliance(
  rules: readonly ObligationRule[],
  subjects: readonly Subject[],
  tallies: TallyIndex,
  asOf: string,
): PeriodCompliance[] {
  const rows: PeriodCompliance[] = [];
  for (const subject of subjects) {
    for (const rule of rules) {
      if (rule.subjectKind !== subject.kind) continue;
      for (const period of duePeriods(rule, subject, asOf)) {
        const done = tallies.countIn(subject.id, rule.activityType, period, rule.role !== null);
        const met = done >= rule.atLeast;
        rows.push({
          subjectId: subject.id,
          ruleCode: rule.code,
          period,
          required: rule.atLeast,
          done,
          status: met ? 'met' : period.end < asOf ? 'short' : 'open',
          gap: Math.max(0, rule.atLeast - done),
        });
      }
    }
  }
  return rows;
}

/** Per subject: ended periods due and met, the share met, and the missed ones (the laggard's gap). */
export interface SubjectSummary {
  subjectId: string;
  due: number;
  met: number;
  rate: number | null;
  missed: PeriodCompliance[];
  open: PeriodCompliance[];
}

export function summarize(rows: readonly PeriodCompliance[]): Map<string, SubjectSummary> {
  const bySubject = new Map<string, SubjectSummary>();
  for (const row of rows) {
    let s = bySubject.get(row.subjectId);
    if (!s) {
      s = { subjectId: row.subjectId, due: 0, met: 0, rate: null, missed: [], open: [] };
      bySubject.set(row.subjectId, s);
    }
    if (row.status === 'open') {
      s.open.push(row);
      continue;
    }
    s.due += 1;
    if (row.status === 'met') s.met += 1;
    else s.missed.push(row);
  }
  for (const s of bySubject.values()) s.rate = s.due === 0 ? null : s.met / s.due;
  return bySubject;
}

/** The bucket key an activity date falls in, for tallying in memory (the SQL does the same). */
export function bucketKey(date: string, bucket: 'week' | 'month'): string {
  return periodOf(date, bucket).key;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../directory/plainDate.ts';
import {
  bucketKey,
  bucketOf,
  compliance,
  summarize,
  TallyIndex,
  type Subject,
  type Tally,
} from './compliance.ts';
import { PERIOD_UNITS, periodsBetween, type PeriodUnit } from './periods.ts';
import type { ObligationRule } from './rules.ts';

interface Done {
  subjectId: string;
  type: string;
  date: string;
  withLeader: boolean;
}

function tallies(done: readonly Done[], units: readonly PeriodUnit[]): Tally[] {
  const out = new Map<string, Tally>();
  for (const bucket of new Set(units.map(bucketOf))) {
    for (const d of done) {
      const key = bucketKey(d.date, bucket);
      const k = `${d.subjectId}|${d.type}|${bucket}|${key}`;
      const t = out.get(k) ?? {
        subjectId: d.subjectId,
        activityType: d.type,
        bucket,
        key,
        count: 0,
        withRole: 0,
      };
      t.count += 1;
      if (d.withLeader) t.withRole += 1;
      out.set(k, t);
    }
  }
  return [...out.values()];
}

const rule = (over: Partial<ObligationRule>): ObligationRule => ({
  code: 'r',
  name: 'r',
  subjectKind: 'pairing',
  activityType: 'labourDay',
  role: null,
  every: 'month',
  atLeast: 1,
  startsOn: '2025-01-01',
  endsOn: null,
  ...over,
});
const pairing: Subject = {
  id: 'p1',
  kind: 'pairing',
  activeFrom: '2025-01-01',
  activeTo: '2025-12-31',
};

describe('compliance', () => {
  it('counts a year of monthly labour days, names the missed months and leaves the running one open', () => {
    const done: Done[] = ['2025-01-10', '2025-02-03', '2025-02-20', '2025-04-30', '2025-06-01'].map(
      (date) => ({
        subjectId: 'p1',
        type: 'labourDay',
        date,
        withLeader: false,
      }),
    );
    const rows = compliance(
      [rule({})],
      [pairing],
      new TallyIndex(tallies(done, ['month'])),
      '2025-06-15',
    );
    expect(rows.map((r) => [r.period.key, r.done, r.status])).toEqual([
      ['2025-01', 1, 'met'],
      ['2025-02', 2, 'met'],
      ['2025-03', 0, 'short'],
      ['2025-04', 1, 'met'],
      ['2025-05', 0, 'short'],
      ['2025-06', 1, 'met'],
    ]);
    const summary = summarize(rows).get('p1');
    expect(summary).toMatchObject({ due: 6, met: 4 });
    expect(summary?.missed.map((m) => m.period.key)).toEqual(['2025-03', '2025-05']);
  });

  it('binds a rule that starts or ends mid-period only for the periods it covers whole', () => {
    const rows = compliance(
      [rule({ startsOn: '2025-03-15', endsOn: '2025-09-10', every: 'quarter' })],
      [pairing],
      new TallyIndex([]),
      '2025-12-31',
    );
    expect(rows.map((r) => r.period.key)).toEqual(['2025-Q2']);
  });

  it('counts a 组长 rule only from activities the team leader took part in', () => {
    const done: Done[] = [
      { subjectId: 'p1', type: 'visit', date: '2025-03-03', withLeader: false },
      { subjectId: 'p1', type: 'visit', date: '2025-04-03', withLeader: true },
    ];
    const rows = compliance(
      [
        rule({
          activityType: 'visit',
          role: 'teamLeader',
          startsOn: '2025-03-01',
          endsOn: '2025-04-30',
        }),
      ],
      [pairing],
      new TallyIndex(tallies(done, ['month'])),
      '2025-12-31',
    );
    expect(rows.map((r) => [r.period.key, r.done])).toEqual([
      ['2025-03', 0],
      ['2025-04', 1],
    ]);
  });

  const anyDay = (from: string, span: number) =>
    fc.integer({ min: 0, max: span }).map((n) => fromEpochDay(toEpochDay(from) + n));

  it('agrees with counting raw activities day by day, for any rule window, unit and date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERIOD_UNITS),
        anyDay('2024-06-01', 700),
        fc.integer({ min: 0, max: 600 }),
        fc.boolean(),
        anyDay('2024-06-01', 900),
        fc.array(
          fc.record({
            date: anyDay('2024-06-01', 900),
            withLeader: fc.boolean(),
            other: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 3 }),
        (every, startsOn, length, openEnded, asOf, raw, atLeast) => {
          const endsOn = openEnded ? null : fromEpochDay(toEpochDay(startsOn) + length);
          const r = rule({ every, startsOn, endsOn, atLeast, activityType: 'courtyard' });
          const subject: Subject = {
            id: 'p1',
            kind: 'pairing',
            activeFrom: '2024-09-01',
            activeTo: '2026-06-30',
          };
          const done: Done[] = raw.map((a) => ({
            subjectId: 'p1',
            type: a.other ? 'labourDay' : 'courtyard',
            date: a.date,
            withLeader: a.withLeader,
          }));
          const rows = compliance([r], [subject], new TallyIndex(tallies(done, [every])), asOf);
          // The same by brute force: a period is due when every one of its days is in both windows.
          const from = startsOn > subject.activeFrom ? startsOn : subject.activeFrom;
          const ends = [endsOn, subject.activeTo].filter((d): d is string => d !== null).sort();
          const to = ends[0] ?? '9999-12-31';
          const expected = periodsBetween('2024-01-01', '2027-12-31', every)
            .filter((p) => p.start >= from && p.end <= to && p.start <= asOf)
            .map((p) => {
              const n = done.filter(
                (d) => d.type === 'courtyard' && d.date >= p.start && d.date <= p.end,
              ).length;
              return [p.key, n, n >= atLeast ? 'met' : p.end < asOf ? 'short' : 'open'];
            });
          expect(rows.map((x) => [x.period.key, x.done, x.status])).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same rows when a rule is cut in two at a period boundary', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PeriodUnit>('month', 'quarter', 'week'),
        fc.array(anyDay('2025-01-01', 364), { maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (every, dates, cutAt) => {
          const periods = periodsBetween('2025-01-01', '2025-12-31', every);
          const cut = periods[Math.min(cutAt, periods.length - 1)];
          if (!cut) return;
          const done = dates.map((date) => ({
            subjectId: 'p1',
            type: 'labourDay',
            date,
            withLeader: false,
          }));
          const index = new TallyIndex(tallies(done, [every]));
          const whole = compliance(
            [rule({ every, startsOn: '2025-01-01', endsOn: '2025-12-31' })],
            [pairing],
            index,
            '2025-12-31',
          );
          const before = fromEpochDay(toEpochDay(cut.start) - 1);
          const halves = compliance(
            [
              rule({ every, startsOn: '2025-01-01', endsOn: before }),
              rule({ every, startsOn: cut.start, endsOn: '2025-12-31' }),
            ],
            [pairing],
            index,
            '2025-12-31',
          );
          const key = (rows: typeof whole) => rows.map((x) => `${x.period.key}:${x.done}`).sort();
          expect(key(halves)).toEqual(key(whole));
        },
      ),
    );
  });
});

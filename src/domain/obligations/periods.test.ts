import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../directory/plainDate.ts';
import { PERIOD_UNITS, periodLabel, periodOf, periodsBetween } from './periods.ts';

const day = fc.integer({ min: toEpochDay('2019-01-01'), max: toEpochDay('2031-12-31') });

describe('periods', () => {
  it('names ISO weeks across year ends the way the calendar does', () => {
    expect(periodOf('2024-12-30', 'week')).toMatchObject({
      key: '2025-W01',
      start: '2024-12-30',
      end: '2025-01-05',
    });
    expect(periodOf('2021-01-03', 'week').key).toBe('2020-W53');
    expect(periodOf('2026-12-04', 'week')).toMatchObject({ key: '2026-W49', start: '2026-11-30' });
    expect(periodOf('2024-02-29', 'month')).toMatchObject({ key: '2024-02', end: '2024-02-29' });
    expect(periodOf('2025-11-15', 'quarter')).toMatchObject({
      key: '2025-Q4',
      start: '2025-10-01',
      end: '2025-12-31',
    });
    expect(periodOf('2025-07-01', 'halfYear').key).toBe('2025-H2');
    expect(periodLabel(periodOf('2025-03-09', 'quarter'))).toBe('2025年第1季度');
    expect(periodLabel(periodOf('2025-03-09', 'week'))).toBe('2025年第10周');
  });

  it('puts every day in exactly one period of each unit, whose first and last day agree', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...PERIOD_UNITS), (d, unit) => {
        const date = fromEpochDay(d);
        const p = periodOf(date, unit);
        expect(p.start <= date && date <= p.end).toBe(true);
        expect(periodOf(p.start, unit).key).toBe(p.key);
        expect(periodOf(p.end, unit).key).toBe(p.key);
        expect(periodOf(fromEpochDay(toEpochDay(p.start) - 1), unit).key).not.toBe(p.key);
        expect(periodOf(fromEpochDay(toEpochDay(p.end) + 1), unit).key).not.toBe(p.key);
      }),
    );
  });

  it('lists the periods between two days without gap or overlap', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(...PERIOD_UNITS),
        (d, len, unit) => {
          const from = fromEpochDay(d);
          const to = fromEpochDay(d + len);
          const periods = periodsBetween(from, to, unit);
          expect((periods[0]?.start ?? '9') <= from).toBe(true);
          expect((periods.at(-1)?.end ?? '') >= to).toBe(true);
          for (let i = 1; i < periods.length; i++)
            expect(toEpochDay(periods[i]?.start ?? '')).toBe(
              toEpochDay(periods[i - 1]?.end ?? '') + 1,
            );
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  BULLETIN_PERIOD,
  isMonth,
  monthsOfPeriod,
  periodName,
  previousPeriod,
  periodsOfMonth,
} from './periods.ts';

describe('bulletin periods', () => {
  it('names a month and a quarter and steps back across the year', () => {
    expect(periodName('2026-05')).toBe('2026年5月');
    expect(periodName('2026-Q3')).toBe('2026年第三季度');
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(previousPeriod('2026-11')).toBe('2026-10');
    expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
    expect(previousPeriod('2026-Q3')).toBe('2026-Q2');
    expect(['2026-13', '2026-Q5', '2026', '2026-1'].some((p) => BULLETIN_PERIOD.test(p))).toBe(
      false,
    );
  });
});

describe('roll-up periods', () => {
  it('spans a year, a quarter and a month with the months each one sums', () => {
    expect(monthsOfPeriod('2026')).toHaveLength(12);
    expect(monthsOfPeriod('2026-Q1')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsOfPeriod('2026-Q4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOfPeriod('2026-07')).toEqual(['2026-07']);
    expect(['2026-07', '2026-Q3', '2026'].map(isMonth)).toEqual([true, false, false]);
    // Every month of a quarter rolls back into that quarter.
    for (const m of monthsOfPeriod('2026-Q2')) expect(periodsOfMonth(m)).toContain('2026-Q2');
  });
});

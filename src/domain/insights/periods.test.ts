import { describe, expect, it } from 'vitest';
import { BULLETIN_PERIOD, periodName, previousPeriod } from './periods.ts';

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

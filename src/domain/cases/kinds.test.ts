import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiDate } from '../time/shanghai.ts';
import { addDays, announcedInTime, receptionSchedule, resolutionRate, wallName } from './kinds.ts';

describe('dispute resolution rate', () => {
  it('has 安阳’s shape: 5574 resolved of 5884 found is 94.73 %', () => {
    expect(resolutionRate(5884, 5574)).toBe(94.73);
    expect(resolutionRate(0, 0)).toBeNull();
    expect(resolutionRate(3, 3)).toBe(100);
    expect(resolutionRate(3, 1)).toBe(33.33);
  });

  it('property: stays within 0–100 with two decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (found, share) => {
          const rate = resolutionRate(found, Math.floor(found * share));
          expect(rate).not.toBeNull();
          expect(rate ?? -1).toBeGreaterThanOrEqual(0);
          expect(rate ?? 101).toBeLessThanOrEqual(100);
          expect(Math.round((rate ?? 0) * 100)).toBeCloseTo((rate ?? 0) * 100, 6);
        },
      ),
    );
  });
});

describe('人大代表接待日', () => {
  it('falls on the 11th of each month, announced 7 days before', () => {
    expect(receptionSchedule('2026-11-05', 3)).toEqual([
      { date: '2026-11-11', announceOn: '2026-11-04' },
      { date: '2026-12-11', announceOn: '2026-12-04' },
      { date: '2027-01-11', announceOn: '2027-01-04' },
    ]);
    // on the day itself it is still this month's; the day after, next month's
    expect(receptionSchedule('2026-11-11', 1)[0]?.date).toBe('2026-11-11');
    expect(receptionSchedule('2026-11-12', 1)[0]?.date).toBe('2026-12-11');
    // a station meeting on the 31st meets on the last day of shorter months
    expect(receptionSchedule('2027-02-01', 1, 31)[0]).toEqual({
      date: '2027-02-28',
      announceOn: '2027-02-21',
    });
  });

  it('needs at least 7 days’ notice counted in Shanghai dates, not UTC', () => {
    expect(announcedInTime('2026-11-11', '2026-11-04')).toBe(true);
    expect(announcedInTime('2026-11-11', '2026-11-05')).toBe(false);
    // 00:30 on 4 November in Shanghai is still 3 November in UTC: the 10th is only 6 days ahead
    const now = new Date('2026-11-03T16:30:00Z');
    expect(shanghaiDate(now)).toBe('2026-11-04');
    expect(announcedInTime('2026-11-10', shanghaiDate(now))).toBe(false);
    expect(announcedInTime('2026-11-11', shanghaiDate(now))).toBe(true);
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});

describe('wish wall names', () => {
  it('keeps only the first character', () => {
    expect(wallName('张三丰')).toBe('张**');
    expect(wallName('李四')).toBe('李*');
    expect(wallName('王')).toBe('王*');
    expect(wallName('')).toBe('');
  });

  it('property: never shows more than the first character of any name', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(...'张三李四王五欧阳修曾单䶮𠀋ab'), { minLength: 2, maxLength: 8 })
          .map((cs) => cs.join('')),
        (name) => {
          const shown = wallName(name);
          const chars = [...name];
          expect([...shown].slice(1).every((c) => c === '*')).toBe(true);
          expect(shown.startsWith(chars[0] ?? '')).toBe(true);
          expect([...shown]).toHaveLength(chars.length);
        },
      ),
    );
  });
});

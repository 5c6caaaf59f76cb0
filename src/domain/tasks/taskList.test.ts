import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  latestProgress,
  listAnnualScore,
  mayMoveTask,
  monthsDue,
  progressProblems,
  quarterOfMonth,
  quarterStart,
  scoreProblems,
  takesEntries,
  deadlineProblems,
  taskAnnualScore,
} from './taskList.ts';

const TODAY = '2026-11-22';

describe('status moves', () => {
  it('closes an open task, never reopens a closed one, and only an open task takes entries', () => {
    expect(mayMoveTask('open', 'closed')).toBe(true);
    expect(mayMoveTask('closed', 'open')).toBe(false);
    expect(mayMoveTask('closed', 'closed')).toBe(false);
    expect(takesEntries('open')).toBe(true);
    expect(takesEntries('closed')).toBe(false);
  });
});

describe('monthly progress (月跟踪)', () => {
  it('takes a month of the list’s year up to this month, and a whole percentage', () => {
    expect(progressProblems({ month: '2026-11', progress: 60 }, 2026, TODAY)).toEqual([]);
    expect(progressProblems({ month: '2026-01', progress: 0 }, 2026, TODAY)).toEqual([]);
    expect(progressProblems({ month: '2026-12', progress: 60 }, 2026, TODAY)).toEqual([
      { path: 'month', message: '2026-12 has not begun' },
    ]);
    expect(progressProblems({ month: '2025-12', progress: 60 }, 2026, TODAY)[0]?.path).toBe(
      'month',
    );
    expect(progressProblems({ month: '2026-13', progress: 60 }, 2026, TODAY)[0]?.path).toBe(
      'month',
    );
    expect(progressProblems({ month: '2026-05', progress: 101 }, 2026, TODAY)).toEqual([
      { path: 'progress', message: 'a whole percentage 0–100' },
    ]);
    expect(progressProblems({ month: '2026-05', progress: 50.5 }, 2026, TODAY)[0]?.path).toBe(
      'progress',
    );
  });

  it('accepts exactly the months January…this month of the year (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2024, max: 2028 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2024, max: 2028 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, m, todayYear, todayMonth, day) => {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          const today = `${todayYear}-${String(todayMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const ok = progressProblems({ month, progress: 10 }, year, today).length === 0;
          expect(ok).toBe(monthsDue(year, today).includes(month));
        },
      ),
    );
  });

  it('reads the latest progress from the latest month, 0 before any entry', () => {
    expect(latestProgress([])).toBe(0);
    expect(
      latestProgress([
        { month: '2026-03', progress: 40 },
        { month: '2026-05', progress: 70 },
        { month: '2026-04', progress: 90 },
      ]),
    ).toBe(70);
  });
});

describe('quarterly scores (季考评)', () => {
  it('takes a begun quarter and a score 0–100 with one decimal at most', () => {
    expect(scoreProblems({ quarter: 4, score: 92.5 }, 2026, TODAY)).toEqual([]);
    expect(scoreProblems({ quarter: 1, score: 0 }, 2026, '2026-01-01')).toEqual([]);
    expect(scoreProblems({ quarter: 2, score: 80 }, 2026, '2026-03-31')).toEqual([
      { path: 'quarter', message: '2026 Q2 has not begun' },
    ]);
    expect(scoreProblems({ quarter: 5, score: 80 }, 2026, TODAY)[0]?.path).toBe('quarter');
    expect(scoreProblems({ quarter: 1, score: 100.5 }, 2026, TODAY)[0]?.path).toBe('score');
    expect(scoreProblems({ quarter: 1, score: -1 }, 2026, TODAY)[0]?.path).toBe('score');
    expect(scoreProblems({ quarter: 1, score: 80.25 }, 2026, TODAY)[0]?.path).toBe('score');
  });

  it('maps months to quarters and back', () => {
    expect(['2026-01', '2026-03', '2026-04', '2026-09', '2026-12'].map(quarterOfMonth)).toEqual([
      1, 1, 2, 3, 4,
    ]);
    expect([1, 2, 3, 4].map((q) => quarterStart(2026, q))).toEqual([
      '2026-01',
      '2026-04',
      '2026-07',
      '2026-10',
    ]);
  });

  it('keeps deadlines inside the list’s year', () => {
    expect(deadlineProblems('2026-06-30', 2026)).toEqual([]);
    expect(deadlineProblems('2027-01-01', 2026)[0]?.path).toBe('deadline');
  });
});

describe('annual score (年述职)', () => {
  it('is the mean of the scored quarters per task, then the mean over scored tasks', () => {
    expect(taskAnnualScore([])).toBeNull();
    expect(taskAnnualScore([90, 80, 85])).toBe(85);
    expect(taskAnnualScore([90, 85])).toBe(87.5);
    expect(listAnnualScore([85, 87.5, null])).toBe(86.3);
    expect(listAnnualScore([null])).toBeNull();
  });

  it('lies between the lowest and highest quarter score (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 4 }),
        (tenths) => {
          const scores = tenths.map((n) => n / 10);
          const annual = taskAnnualScore(scores) ?? -1;
          expect(annual).toBeGreaterThanOrEqual(Math.min(...scores) - 0.05);
          expect(annual).toBeLessThanOrEqual(Math.max(...scores) + 0.05);
        },
      ),
    );
  });
});

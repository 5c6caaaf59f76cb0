import { describe, expect, it } from 'vitest';
import {
  datesStrandMilestones,
  milestoneProblems,
  projectProblems,
  spendProblems,
} from './checks.ts';
import { summarizeFunds } from './funds.ts';
import { inspectedThisQuarter } from './inspections.ts';

const project = { startsOn: '2026-01-01', endsOn: '2026-12-31' };

describe('project checks', () => {
  it('refuses an end before the start and negative or fractional budgets', () => {
    expect(
      projectProblems({
        startsOn: '2026-05-01',
        endsOn: '2026-04-30',
        funds: [
          { source: 'fiscal', budget: -1 },
          { source: 'fiscal', budget: 1.5 },
        ],
      }).map((p) => p.path),
    ).toEqual(['body.endsOn', 'body.funds.0.budget', 'body.funds.1.source', 'body.funds.1.budget']);
    expect(projectProblems({ startsOn: '2026-05-01', endsOn: '2026-05-01' })).toEqual([]);
  });

  it('refuses a weight ≤ 0, progress outside 0–100 and a due day outside the project', () => {
    expect(
      milestoneProblems({ weight: 0, progress: 101, dueOn: '2027-01-01' }, project).map(
        (p) => p.path,
      ),
    ).toEqual(['body.weight', 'body.progress', 'body.dueOn']);
    expect(milestoneProblems({ weight: -3, progress: -1 }, project)).toHaveLength(2);
    expect(milestoneProblems({ weight: 2, progress: 100, dueOn: '2026-06-30' }, project)).toEqual(
      [],
    );
  });

  it('refuses negative or zero spend and spend from a source without a budget line', () => {
    expect(spendProblems({ source: 'fiscal', amount: -5 }, ['fiscal'])[0]?.path).toBe(
      'body.amount',
    );
    expect(spendProblems({ source: 'social', amount: 5 }, ['fiscal'])[0]?.path).toBe('body.source');
    expect(spendProblems({ source: 'fiscal', amount: 5 }, ['fiscal'])).toEqual([]);
  });
});

describe('datesStrandMilestones', () => {
  it('names the moved date and the milestone it leaves outside, and passes undated ones', () => {
    const milestones = [
      { name: '立项', dueOn: '2026-04-01' },
      { name: '验收', dueOn: '2026-10-31' },
      { name: '宣传', dueOn: null },
    ];
    expect(
      datesStrandMilestones({ startsOn: '2026-03-01', endsOn: '2026-12-31' }, milestones),
    ).toEqual([]);
    expect(datesStrandMilestones({ startsOn: '2026-03-01', endsOn: null }, milestones)).toEqual([]);
    expect(
      datesStrandMilestones({ startsOn: '2026-05-01', endsOn: '2026-09-30' }, milestones),
    ).toEqual([
      { path: 'body.startsOn', message: 'after milestone 立项 is due (2026-04-01)' },
      { path: 'body.endsOn', message: 'before milestone 验收 is due (2026-10-31)' },
    ]);
  });
});

describe('summarizeFunds', () => {
  it('sums spend per source against its budget and names overspent sources', () => {
    const s = summarizeFunds(
      [
        { source: 'social', budget: 100 },
        { source: 'fiscal', budget: 300 },
      ],
      [
        { source: 'fiscal', amount: 100 },
        { source: 'social', amount: 80 },
        { source: 'social', amount: 40 },
      ],
    );
    expect(s.lines).toEqual([
      { source: 'fiscal', budget: 300, spent: 100 },
      { source: 'social', budget: 100, spent: 120 },
    ]);
    expect(s).toMatchObject({ budget: 400, spent: 220, spentShare: 55, overBudget: ['social'] });
  });
});

describe('inspectedThisQuarter', () => {
  it('is met by an inspection inside the quarter of today only, and not due for other projects', () => {
    expect(inspectedThisQuarter(true, ['2026-03-31'], '2026-04-02')).toEqual({
      quarter: '2026-Q2',
      inspected: false,
    });
    expect(inspectedThisQuarter(true, ['2026-04-01'], '2026-06-30').inspected).toBe(true);
    expect(inspectedThisQuarter(false, [], '2026-06-30').inspected).toBeNull();
  });
});

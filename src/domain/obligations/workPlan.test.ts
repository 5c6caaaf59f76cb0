import { describe, expect, it } from 'vitest';
import {
  isPlanPart,
  mayMoveStatus,
  PLAN_ITEM_STATUSES,
  PLAN_PART_CATALOG,
  PLAN_PARTS,
  planByPart,
  planItemProblems,
  planItemProgress,
  takesActivities,
  type PlanItemStatus,
} from './workPlan.ts';

const year = { start: '2026-01-01', end: '2026-12-31' };

describe('the six parts of a work plan', () => {
  it('lists 组织共建 … 品牌共创 once each, in the 工作方案 order', () => {
    expect(PLAN_PART_CATALOG.map((p) => p.name).join('、')).toBe(
      '组织共建、队伍共管、产业共谋、资源共享、实事共办、品牌共创',
    );
    expect(PLAN_PART_CATALOG.map((p) => p.code)).toEqual([...PLAN_PARTS]);
    expect(isPlanPart('industry')).toBe(true);
    expect(isPlanPart('sports')).toBe(false);
  });

  it('groups items by part with every part present', () => {
    const grouped = planByPart([
      { id: 'a', part: 'brand' },
      { id: 'b', part: 'organization' },
      { id: 'c', part: 'brand' },
    ]);
    expect(grouped).toHaveLength(6);
    expect(grouped[0]?.items.map((i) => i.id)).toEqual(['b']);
    expect(grouped[5]?.items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(grouped[2]?.items).toEqual([]);
  });
});

describe('checking an item', () => {
  it('accepts a titled item of a known part due inside the period', () => {
    expect(
      planItemProblems({ part: 'team', title: '党员结对', dueOn: '2026-06-30' }, year),
    ).toEqual([]);
    expect(planItemProblems({ part: 'team', title: '党员结对', dueOn: null }, year)).toEqual([]);
  });

  it('names an unknown part, an empty title and a due date outside the period', () => {
    expect(
      planItemProblems({ part: 'sports', title: '  ', dueOn: '2027-01-01' }, year).map(
        (p) => p.path,
      ),
    ).toEqual(['part', 'title', 'dueOn']);
    expect(planItemProblems({ dueOn: '2025-12-31' }, year).map((p) => p.path)).toEqual(['dueOn']);
  });

  it('takes any due date from the start on when the pairing has no end', () => {
    const open = { start: '2026-01-01', end: null };
    expect(planItemProblems({ dueOn: '2030-05-01' }, open)).toEqual([]);
    expect(planItemProblems({ dueOn: '2025-05-01' }, open)).toHaveLength(1);
  });

  it('leaves fields a partial edit does not touch unchecked', () => {
    expect(planItemProblems({}, year)).toEqual([]);
  });
});

describe('item status', () => {
  const moves = (pairs: string) =>
    pairs.split(' ').map((pair) => pair.split('>') as [PlanItemStatus, PlanItemStatus]);

  it('starts, finishes or drops work; reopens a done item; takes a dropped one up again', () => {
    for (const [from, to] of moves(
      'planned>doing planned>done doing>done doing>dropped done>doing dropped>planned',
    ))
      expect(mayMoveStatus(from, to), `${from} → ${to}`).toBe(true);
  });

  it('refuses a dropped item straight to done and a done item back to planned', () => {
    for (const [from, to] of moves('dropped>done dropped>doing done>planned doing>planned'))
      expect(mayMoveStatus(from, to), `${from} → ${to}`).toBe(false);
  });

  it('lets every status stay as it is', () => {
    for (const s of PLAN_ITEM_STATUSES) expect(mayMoveStatus(s, s)).toBe(true);
  });

  it('takes new activities unless dropped', () => {
    expect(PLAN_ITEM_STATUSES.filter(takesActivities)).toEqual(['planned', 'doing', 'done']);
  });
});

describe('progress', () => {
  it('counts the linked activities and names the latest day', () => {
    expect(planItemProgress(['2026-03-02', '2026-05-10', '2026-04-01'])).toEqual({
      activities: 3,
      lastOn: '2026-05-10',
    });
    expect(planItemProgress([])).toEqual({ activities: 0, lastOn: null });
  });
});

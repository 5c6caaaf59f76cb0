import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPE_CODES } from './activityTypes.ts';
import { demoWorkPlan } from './demoWorkPlan.ts';
import { PLAN_PARTS, planItemProblems, takesActivities } from './workPlan.ts';

describe('the demo work plans', () => {
  it('give every part 2–3 distinct valid items inside the pairing’s year', () => {
    for (const n of [0, 1, 2, 7]) {
      const plan = demoWorkPlan(n, 2026);
      for (const part of PLAN_PARTS) {
        const items = plan.filter((i) => i.part === part);
        expect(items.length).toBeGreaterThanOrEqual(2);
        expect(items.length).toBeLessThanOrEqual(3);
        expect(new Set(items.map((i) => i.title)).size).toBe(items.length);
      }
      for (const item of plan)
        expect(planItemProblems(item, { start: '2026-01-01', end: null })).toEqual([]);
    }
  });

  it('have the items that serve a 五个一 type under way or done, never planned or dropped', () => {
    const served = new Set<string>();
    for (const n of [0, 1, 2, 3, 4, 5])
      for (const item of demoWorkPlan(n, 2026).filter((i) => i.serves)) {
        served.add(item.serves ?? '');
        expect(['doing', 'done']).toContain(item.status);
        expect(takesActivities(item.status)).toBe(true);
      }
    for (const type of served) expect(ACTIVITY_TYPE_CODES).toContain(type);
    expect([...served].sort()).toEqual([
      'benefitProject',
      'courtyard',
      'labourDay',
      'livelihoodMatter',
      'researchVisit',
      'visit',
    ]);
  });
});

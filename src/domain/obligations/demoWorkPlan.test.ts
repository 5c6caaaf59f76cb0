import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPE_CODES } from './activityTypes.ts';
import { demoWorkPlan, PART_OF_ACTIVITY } from './demoWorkPlan.ts';
import { PLAN_PARTS, planItemProblems, takesActivities } from './workPlan.ts';

describe('the demo work plans', () => {
  it('give every part 2–3 valid items inside the pairing’s year, the first under way', () => {
    for (const n of [0, 1, 2, 7]) {
      const plan = demoWorkPlan(n, 2026);
      for (const part of PLAN_PARTS) {
        const items = plan.filter((i) => i.part === part);
        expect(items.length).toBeGreaterThanOrEqual(2);
        expect(items.length).toBeLessThanOrEqual(3);
        expect(items[0]?.status).toBe('doing');
        expect(new Set(items.map((i) => i.title)).size).toBe(items.length);
      }
      for (const item of plan)
        expect(planItemProblems(item, { start: '2026-01-01', end: null })).toEqual([]);
    }
  });

  it('link each 五个一 type to a part whose first item takes activities', () => {
    for (const [type, part] of Object.entries(PART_OF_ACTIVITY)) {
      expect(ACTIVITY_TYPE_CODES).toContain(type);
      const first = demoWorkPlan(3, 2026).find((i) => i.part === part);
      expect(first && takesActivities(first.status)).toBe(true);
    }
  });
});

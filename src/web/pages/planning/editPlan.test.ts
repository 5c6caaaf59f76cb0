import { describe, expect, it } from 'vitest';
import { moveVillage, unionOf } from './editPlan.ts';

const plan = [
  { lead: 'a', members: ['a', 'b', 'c'] },
  { lead: 'x', members: ['x', 'y'] },
];

describe('moveVillage', () => {
  it('moves a member from one union to another', () => {
    expect(moveVillage(plan, 'b', 'x')).toEqual([
      { lead: 'a', members: ['a', 'c'] },
      { lead: 'x', members: ['x', 'y', 'b'] },
    ]);
  });

  it('hands the lead to the next member when the lead leaves, and drops an empty union', () => {
    expect(moveVillage(plan, 'a', null)[0]).toEqual({ lead: 'b', members: ['b', 'c'] });
    expect(moveVillage([{ lead: 'z', members: ['z'] }], 'z', null)).toEqual([]);
  });

  it('adds a village that was in no union', () => {
    expect(moveVillage(plan, 'q', 'a')[0]?.members).toEqual(['a', 'b', 'c', 'q']);
    expect(unionOf(plan, 'y')).toBe('x');
    expect(unionOf(plan, 'q')).toBeNull();
  });
});

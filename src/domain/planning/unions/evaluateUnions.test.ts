import { describe, expect, it } from 'vitest';
import { evaluateUnions, toViolation } from './evaluateUnions.ts';
import { validateUnionInput } from './validateUnionInput.ts';

const village = (code: string, lat: number, township: string, population = 400, strength = 0.8) => ({ code, name: code, lat, lng: 114, population, industry: 'apple', strength, township });
const input = validateUnionInput({
  rules: { minSize: 2, maxSize: 3, minPopulation: 500, maxPopulation: 1200 },
  villages: [village('1', 36, 'A'), village('2', 36.01, 'A'), village('3', 36.02, 'A'), village('4', 36.5, 'B')],
});

describe('evaluateUnions', () => {
  it('computes population and cost of an edited grouping and finds nothing wrong with a legal one', () => {
    const { plan, violations } = evaluateUnions(input, [{ lead: '1', members: ['2', '1'] }]);
    expect(violations).toEqual([]);
    expect(plan.unions[0]).toMatchObject({ lead: '1', members: ['1', '2'], population: 800 });
    expect(plan.unassigned.map((u) => u.code)).toEqual(['3', '4']);
  });

  it('names the union, the village and the rule a move breaks', () => {
    const { violations } = evaluateUnions(input, [{ lead: '1', members: ['1', '2', '3', '4'] }]);
    expect(violations.map((v) => v.rule).sort()).toEqual(['population', 'reach', 'size']);
    expect(violations.find((v) => v.rule === 'reach')).toMatchObject({ union: '1', village: '4' });
    expect(toViolation('something else')).toEqual({ rule: 'other', message: 'something else' });
  });
});

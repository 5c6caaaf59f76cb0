import { describe, expect, it } from 'vitest';
import { describeViolation } from './checkUnionPlan.ts';
import { evaluateUnions } from './evaluateUnions.ts';
import { validateUnionInput } from './validateUnionInput.ts';

const village = (
  code: string,
  lat: number,
  township: string,
  population = 400,
  strength = 0.8,
) => ({ code, name: code, lat, lng: 114, population, industry: 'apple', strength, township });
const input = validateUnionInput({
  rules: { minSize: 2, maxSize: 3, minPopulation: 500, maxPopulation: 1200 },
  villages: [
    village('1', 36, 'A'),
    village('2', 36.01, 'A'),
    village('3', 36.02, 'A'),
    village('4', 36.5, 'B'),
  ],
});

describe('evaluateUnions', () => {
  it('computes population and cost of an edited grouping and finds nothing wrong with a legal one', () => {
    const { plan, violations } = evaluateUnions(input, [{ lead: '1', members: ['2', '1'] }]);
    expect(violations).toEqual([]);
    expect(plan.unions[0]).toMatchObject({ lead: '1', members: ['1', '2'], population: 800 });
    expect(plan.unassigned.map((u) => u.code)).toEqual(['3', '4']);
  });

  it('names the union, the villages, the limits and the value found for each rule a move breaks', () => {
    const { violations } = evaluateUnions(input, [{ lead: '1', members: ['1', '2', '3', '4'] }]);
    expect(violations).toEqual([
      { code: 'size', unionIndex: 0, union: '1', actual: 4, min: 2, max: 3 },
      { code: 'township', unionIndex: 0, union: '1', villages: ['4'] },
      { code: 'population', unionIndex: 0, union: '1', actual: 1600, min: 500, max: 1200 },
    ]);
    expect(violations.map(describeViolation)).toEqual([
      'unions[0] (lead 1): 4 villages, rules allow 2–3',
      'unions[0] (lead 1): village 4 is out of reach of the lead (another township)',
      'unions[0] (lead 1): population 1600, rules allow 500–1200',
    ]);
  });

  it('gives the distance and the limit when a member is too far from the lead', () => {
    const far = validateUnionInput({
      rules: { minSize: 2, maxSize: 3, minPopulation: 500, maxPopulation: 1200, maxDistanceKm: 5 },
      villages: [village('1', 36, 'A'), village('2', 36.1, 'A')],
    });
    const { violations } = evaluateUnions(far, [{ lead: '1', members: ['1', '2'] }]);
    expect(violations).toEqual([
      { code: 'distance', unionIndex: 0, union: '1', villages: ['2'], actual: 11.12, max: 5 },
    ]);
  });

  it('reports a village placed twice and an ineligible one by code', () => {
    const mixed = validateUnionInput({
      rules: { minSize: 2, maxSize: 3, minPopulation: 0 },
      villages: [
        village('1', 36, 'A'),
        village('2', 36.01, 'A'),
        { ...village('3', 36.02, 'A'), eligible: false },
      ],
    });
    const { violations } = evaluateUnions(mixed, [
      { lead: '1', members: ['1', '2'] },
      { lead: '3', members: ['3', '2'] },
    ]);
    expect(violations).toEqual([
      { code: 'ineligible', unionIndex: 1, union: '3', villages: ['3'] },
      { code: 'twoUnions', unionIndex: 1, union: '3', villages: ['2'] },
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSubject, levelOf, starsRemovedBy, type EvaluationInput } from './evaluate.ts';
import { metricByKey } from './metrics.ts';
import { PRESET_SCHEMES } from './presets/index.ts';
import { fiveStarBranchRural } from './presets/fiveStarBranch.ts';
import { stepsFor, type SchemeDefinition } from './scheme.ts';
import { schemeProblems } from './schemeProblems.ts';

const scheme = fiveStarBranchRural;
const metricKeys = [
  ...new Set(
    scheme.stars.flatMap((s) => s.criteria.flatMap((c) => (c.kind === 'metric' ? [c.metric] : []))),
  ),
];
const checklistIds = scheme.stars.flatMap((s) =>
  s.criteria.flatMap((c) => (c.kind === 'checklist' ? [c.id] : [])),
);
const vetoKeys = scheme.vetoes.map((v) => v.key);

const inputArb: fc.Arbitrary<EvaluationInput> = fc.record({
  metrics: fc.record(
    Object.fromEntries(
      metricKeys.map((k) => [k, fc.option(fc.integer({ min: -5, max: 200 }), { nil: null })]),
    ),
  ),
  answers: fc.record(
    Object.fromEntries(
      checklistIds.map((id) => [id, fc.record({ done: fc.boolean(), evidence: fc.boolean() })]),
    ),
  ),
  vetoes: fc.subarray(vetoKeys),
});

/** A village where every metric and checklist item of the 五星 preset holds, with no veto. */
const allHold = {
  metrics: {
    contactCoverage: 95,
    collectiveIncome: 25,
    criminalCasesYear: 0,
    disputeResolutionRate: 96,
    petitionsYear: 0,
    householdStarShare: 70,
    redWhiteViolations: 0,
  },
  answers: {
    teamComplete: { done: true },
    leadingIndustry: { done: true },
    environment: { done: true },
  },
  vetoes: [],
};

describe('evaluateSubject on the 五星 preset', () => {
  it('meets every star when all metrics and checklist items hold, level five', () => {
    const result = evaluateSubject(scheme, allHold);
    expect(result.starsMet).toEqual([
      'strongBranch',
      'prosperousIndustry',
      'livableEcology',
      'safeLawful',
      'civilizedHappy',
    ]);
    expect(result.level).toBe(5);
  });

  it('caps the level below three without 支部过硬星 and names the failing criterion', () => {
    const result = evaluateSubject(scheme, {
      ...allHold,
      metrics: { ...allHold.metrics, contactCoverage: 80 },
    });
    expect(result.starsMet).toHaveLength(4);
    expect(result.level).toBe(2);
    const strong = result.stars.find((s) => s.key === 'strongBranch');
    expect(strong?.reasons).toContainEqual({
      criterion: 'contactCoverage',
      kind: 'metric',
      metric: 'contactCoverage',
      value: 80,
      comparison: '>=',
      threshold: 90,
      met: false,
    });
  });

  it('never lets a missing metric satisfy a rule, not even a ≤ 0 rule', () => {
    const result = evaluateSubject(scheme, { metrics: {}, answers: {}, vetoes: [] });
    expect(result.starsMet).toEqual([]);
    expect(result.level).toBe(0);
  });

  it('raising a ≥ metric never loses a star (monotonicity)', () => {
    const geMetrics = [
      ...new Set(
        scheme.stars.flatMap((s) =>
          s.criteria.flatMap((c) =>
            c.kind === 'metric' && c.comparison === '>=' ? [c.metric] : [],
          ),
        ),
      ),
    ];
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom(...geMetrics),
        fc.integer({ min: 1, max: 100 }),
        (input, key, raise) => {
          const before = evaluateSubject(scheme, input);
          const value = input.metrics[key];
          const raised = { ...input, metrics: { ...input.metrics, [key]: (value ?? 0) + raise } };
          if (value === null || value === undefined) return; // from missing to present is not a raise
          const after = evaluateSubject(scheme, raised);
          for (const star of before.starsMet) expect(after.starsMet).toContain(star);
          expect(after.level).toBeGreaterThanOrEqual(before.level);
        },
      ),
    );
  });

  it('a veto always removes every star it names', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...vetoKeys), (input, veto) => {
        const result = evaluateSubject(scheme, { ...input, vetoes: [...input.vetoes, veto] });
        for (const star of starsRemovedBy(scheme, veto))
          expect(result.starsMet).not.toContain(star);
      }),
    );
  });

  it('level never exceeds the stars held, and reaching the required level needs the required star', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = evaluateSubject(scheme, input);
        expect(result.level).toBeLessThanOrEqual(result.starsMet.length);
        if (result.level >= 3) expect(result.starsMet).toContain('strongBranch');
        expect(result.level).toBe(levelOf(scheme, result.starsMet));
      }),
    );
  });

  it('levelOf holds for any set of stars of any preset', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_SCHEMES),
        fc.array(fc.string({ maxLength: 3 })),
        (s, noise) => {
          const held = [
            ...s.stars.map((x) => x.key).filter((_, i) => i % 2 === noise.length % 2),
            ...noise,
          ];
          const level = levelOf(s, held);
          expect(level).toBeLessThanOrEqual(s.stars.length);
          const { requiredStar, requiredFromLevel } = s.levelRule;
          if (requiredStar && requiredFromLevel && level >= requiredFromLevel)
            expect(held).toContain(requiredStar);
        },
      ),
    );
  });
});

describe('presets', () => {
  it('ships every preset key of the contract, each structurally sound', () => {
    expect(PRESET_SCHEMES.map((s) => s.key)).toEqual([
      'five-star-branch-rural',
      'five-star-branch-community',
      'ten-star-household',
      'top-ten-selections',
      'top-ten-families',
      'station-five-items',
      'secretary-stars',
      'five-haves',
      'eight-haves',
      'three-zeros',
    ]);
    for (const s of PRESET_SCHEMES) {
      expect(schemeProblems(s), s.key).toEqual([]);
      for (const star of s.stars)
        for (const c of star.criteria)
          if (c.kind === 'metric')
            expect(metricByKey(c.metric), `${s.key}: ${c.metric}`).toBeDefined();
    }
  });

  it('asks the city only for five stars (安阳)', () => {
    expect(stepsFor(scheme, 4).map((s) => s.key)).toEqual(['townshipReview', 'countyReview']);
    expect(stepsFor(scheme, 5).map((s) => s.key)).toEqual([
      'townshipReview',
      'countyReview',
      'cityDecision',
    ]);
  });

  it('finds a veto naming an unknown star and a required star that does not exist', () => {
    const broken: SchemeDefinition = {
      ...scheme,
      levelRule: { requiredStar: 'nope', requiredFromLevel: 3 },
      vetoes: [{ key: 'x', label: 'x', removes: ['ghost'] }],
    };
    expect(schemeProblems(broken)).toEqual([
      'levelRule.requiredStar: no star nope',
      'vetoes.x: no star ghost',
    ]);
  });
});

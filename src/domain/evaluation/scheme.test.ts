import { describe, expect, it } from 'vitest';
import { fiveStarBranchRural } from './presets/fiveStarBranch.ts';
import {
  freshKey,
  SUBJECT_TYPES,
  withoutStar,
  type SchemeDefinition,
  type VetoDefinition,
} from './scheme.ts';
import { blankScheme, schemeProblems } from './schemeProblems.ts';

describe('editing a scheme', () => {
  it('finds a key not taken yet', () => {
    expect(freshKey('star', [])).toBe('star1');
    expect(freshKey('star', ['star1', 'star3', 'star2'])).toBe('star4');
  });

  it('removes a star from the vetoes and the level rule that name it, leaving a sound scheme', () => {
    const noStrong = withoutStar(fiveStarBranchRural, 'strongBranch');
    expect(noStrong.stars.map((s) => s.key)).not.toContain('strongBranch');
    expect(noStrong.levelRule).toEqual({});
    // four stars left: the city's step for five stars cannot apply any more, the target stays at three
    expect(noStrong.steps.map((s) => s.key)).toEqual(['townshipReview', 'countyReview']);
    expect(noStrong.firstSecretaryTarget).toBe(3);
    expect(
      withoutStar(withoutStar(noStrong, 'livableEcology'), 'safeLawful').firstSecretaryTarget,
    ).toBe(2);
    expect(schemeProblems(noStrong)).toEqual([]);
    const noSafe = withoutStar(fiveStarBranchRural, 'safeLawful');
    // 刑事案件 removed only 平安法治星: the veto goes; 安全事故 keeps 生态宜居星; 软弱涣散 still removes all
    expect(noSafe.vetoes.map((v) => [v.key, v.removes])).toEqual([
      ['safetyAccident', ['livableEcology']],
      ['redWhiteViolation', ['civilizedHappy']],
      ['weakBranch', 'all'],
    ]);
    expect(noSafe.levelRule).toEqual(fiveStarBranchRural.levelRule);
    expect(schemeProblems(noSafe)).toEqual([]);
  });

  it('refuses a star without criteria: anyone claiming it would meet it', () => {
    const empty = {
      ...fiveStarBranchRural,
      stars: fiveStarBranchRural.stars.map((s) =>
        s.key === 'livableEcology' ? { ...s, criteria: [] } : s,
      ),
    };
    expect(schemeProblems(empty)).toEqual(['stars.livableEcology: at least one criterion']);
  });
});

describe('scheme problems name the field', () => {
  const base = fiveStarBranchRural;
  it('refuses a step whose role does not review, a claim role that does not claim, a metric not in the registry', () => {
    const broken: SchemeDefinition = {
      ...base,
      claimRole: 'auditor',
      steps: [
        ...base.steps,
        { key: 'memberVote', name: '党员表决', role: 'party_member', level: 'village' },
      ],
      stars: base.stars.map((s, i) =>
        i === 1
          ? {
              ...s,
              criteria: [
                ...s.criteria,
                {
                  kind: 'metric',
                  id: 'gdp',
                  label: 'GDP',
                  metric: 'villageGdp',
                  comparison: '>=',
                  threshold: 1,
                },
              ],
            }
          : s,
      ),
    };
    expect(schemeProblems(broken)).toEqual([
      'stars.1.criteria.2.metric: no metric villageGdp in the registry',
      'steps.3.role: the role party_member does not review evaluations',
      'claimRole: the role auditor does not claim stars',
    ]);
  });

  it('refuses steps that leave a level without any step, a fromLevel past the stars, duplicate veto keys', () => {
    const onlyFive: SchemeDefinition = {
      ...base,
      steps: [{ key: 'city', name: '市级', role: 'county_admin', level: 'city', fromLevel: 6 }],
      vetoes: [base.vetoes[0] as VetoDefinition, base.vetoes[0] as VetoDefinition],
    };
    expect(schemeProblems(onlyFive)).toEqual([
      'steps.0.fromLevel: 1…number of stars',
      'steps: at least one step for every level (without fromLevel)',
      'vetoes: duplicate key criminalCase',
    ]);
  });

  it('takes the first-secretary target only for village schemes and within the stars', () => {
    expect(base.firstSecretaryTarget).toBe(3);
    expect(schemeProblems({ ...base, firstSecretaryTarget: 6 })).toEqual([
      'firstSecretaryTarget: 1…number of stars',
    ]);
    expect(schemeProblems({ ...base, subjectType: 'household', firstSecretaryTarget: 3 })).toEqual([
      'firstSecretaryTarget: only for schemes rating villages or their party organizations',
    ]);
    expect(schemeProblems({ ...base, firstSecretaryTarget: null })).toEqual([]);
  });

  it('starts every kind of scheme from scratch as the smallest sound scheme', () => {
    for (const subjectType of SUBJECT_TYPES) {
      const blank = blankScheme(
        { key: 'mine', name: '本县方案', subjectType, period: 'year' },
        { star: '星1', item: '条目1', step: '审核' },
      );
      expect(schemeProblems(blank), subjectType).toEqual([]);
      expect(blank).toMatchObject({
        stars: [{ criteria: [{ kind: 'checklist' }] }],
        vetoes: [],
        firstSecretaryTarget: null,
      });
    }
  });
});

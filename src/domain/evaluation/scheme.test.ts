import { describe, expect, it } from 'vitest';
import { fiveStarBranchRural } from './presets/fiveStarBranch.ts';
import { freshKey, schemeProblems, withoutStar } from './scheme.ts';

describe('editing a scheme', () => {
  it('finds a key not taken yet', () => {
    expect(freshKey('star', [])).toBe('star1');
    expect(freshKey('star', ['star1', 'star3', 'star2'])).toBe('star4');
  });

  it('removes a star from the vetoes and the level rule that name it, leaving a sound scheme', () => {
    const noStrong = withoutStar(fiveStarBranchRural, 'strongBranch');
    expect(noStrong.stars.map((s) => s.key)).not.toContain('strongBranch');
    expect(noStrong.levelRule).toEqual({});
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
    const empty = { ...fiveStarBranchRural, stars: fiveStarBranchRural.stars.map((s) => (s.key === 'livableEcology' ? { ...s, criteria: [] } : s)) };
    expect(schemeProblems(empty)).toEqual(['stars.livableEcology: at least one criterion']);
  });
});

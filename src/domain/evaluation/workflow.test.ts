import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.ts';
import { fiveStarBranchRural } from './presets/fiveStarBranch.ts';
import { afterApproval, currentStep, finalStep, mayActAtStep } from './workflow.ts';

const all = fiveStarBranchRural.stars.map((s) => s.key);
const actor = (role: Actor['grants'][number]['role'], regionCode: string): Actor => ({
  accountId: 'a',
  username: 'u',
  grants: [{ role, scope: regionCode, regionCode }],
});

describe('five-star workflow', () => {
  it('lets the township admin of the subject’s township act at the township step, nobody else', () => {
    const step = fiveStarBranchRural.steps[0];
    if (!step) throw new Error('preset');
    expect(mayActAtStep(actor('township_admin', '410599100000'), step, '410599100200')).toBe(true);
    expect(mayActAtStep(actor('township_admin', '410599101000'), step, '410599100200')).toBe(false);
    expect(mayActAtStep(actor('county_admin', '410599000000'), step, '410599100200')).toBe(false);
    expect(mayActAtStep(actor('village_cadre', '410599100200'), step, '410599100200')).toBe(false);
  });

  it('goes to the city only while five stars stand', () => {
    expect(afterApproval(fiveStarBranchRural, all, 1)).toMatchObject({
      stage: 'review',
      stepIndex: 2,
      level: 5,
    });
    expect(currentStep(fiveStarBranchRural, all, 2)?.key).toBe('cityDecision');
    expect(afterApproval(fiveStarBranchRural, all.slice(0, 4), 1)).toMatchObject({
      stage: 'notice',
      level: 4,
    });
    expect(finalStep(fiveStarBranchRural).key).toBe('countyReview');
  });
});

import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/policy.ts';
import type { Role } from '../../../domain/access/roles.ts';
import type { SchemeDefinition, WorkflowStep } from '../../../domain/evaluation/scheme.ts';
import { finalStep, mayActAtStep } from '../../../domain/evaluation/workflow.ts';
import { isWithinScope } from '../../../domain/region/regionCode.ts';
import { accounts, persons } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Loaded } from './access.ts';

/**
 * Who may do what in a star rating — the one place it is decided. Which evaluations a caller sees
 * is the route's permission in its scope (`loadEvaluation`, 404 outside it); who acts at a step is
 * the scheme's role at the step's level (domain/evaluation/workflow.ts `mayActAtStep`).
 *   claim     — the scheme's claim role in scope; for a household scheme (claim role 村民) a 村干部
 *               enters a household's claim, and a resident (villager or party member) claims for
 *               the household they belong to
 *   decide    — the current step's role at its level
 *   final     — the last step's role: answers objections, decides removals (摘星), awards
 */
const RESIDENTS: readonly Role[] = ['villager', 'party_member'];

function rolesOver(actor: Actor, region: string): Role[] {
  return actor.grants.filter((g) => isWithinScope(region, g.regionCode)).map((g) => g.role);
}

/** Holds the claim role for subjects in `region`, or enters claims for them (without the household check). */
export function claimsIn(
  actor: Actor,
  scheme: Pick<SchemeDefinition, 'claimRole'>,
  region: string,
): boolean {
  const roles = rolesOver(actor, region);
  if (scheme.claimRole !== 'villager') return roles.includes(scheme.claimRole);
  return roles.includes('village_cadre') || roles.some((r) => RESIDENTS.includes(r));
}

/** 403 unless the caller may claim stars for this evaluation's subject. */
export async function authorizeClaim(ctx: Ctx, l: Loaded): Promise<void> {
  const actor = requireActor(ctx);
  const region = l.evaluation.regionCode;
  const roles = rolesOver(actor, region);
  const claimRole = l.scheme.claimRole;
  if (claimRole !== 'villager' && roles.includes(claimRole)) return;
  if (claimRole === 'villager' && roles.includes('village_cadre')) return;
  if (claimRole === 'villager' && roles.some((r) => RESIDENTS.includes(r))) {
    const [own] = await ctx.db
      .select({ id: persons.id })
      .from(accounts)
      .innerJoin(persons, eq(persons.id, accounts.personId))
      .where(
        and(eq(accounts.id, actor.accountId), eq(persons.householdId, l.evaluation.subjectId)),
      );
    if (own) return;
  }
  throw new AppError('FORBIDDEN', {
    zh: '您不能为该对象认星',
    en: 'You may not claim stars for this subject',
  });
}

const WRONG_ROLE = {
  zh: '该环节应由配置的角色办理',
  en: 'This step is taken by the role the scheme names',
};

/** 403 unless the caller holds the step's role at its level over the subject. */
export function authorizeStep(
  actor: Actor,
  step: Pick<WorkflowStep, 'role' | 'level'>,
  region: string,
): void {
  if (!mayActAtStep(actor, step, region)) throw new AppError('FORBIDDEN', WRONG_ROLE);
}

const FINAL_DEEDS = {
  award: WRONG_ROLE,
  objection: {
    zh: '异议由该方案的认定角色答复',
    en: 'The scheme’s deciding role answers objections',
  },
  veto: { zh: '摘星由该方案的认定角色决定', en: 'The scheme’s deciding role decides a removal' },
} as const;

/** 403 unless the caller holds the scheme's deciding (last) step: award, answer objections, decide removals. */
export function authorizeFinal(
  actor: Actor,
  scheme: SchemeDefinition,
  region: string,
  deed: keyof typeof FINAL_DEEDS,
): void {
  if (!mayActAtStep(actor, finalStep(scheme), region))
    throw new AppError('FORBIDDEN', FINAL_DEEDS[deed]);
}

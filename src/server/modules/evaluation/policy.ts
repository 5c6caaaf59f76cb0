import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { can, grantsAllowing, type Actor } from '../../../domain/access/policy.ts';
import type { Role } from '../../../domain/access/roles.ts';
import type { SchemeDefinition, WorkflowStep } from '../../../domain/evaluation/scheme.ts';
import { currentStep, finalStep, mayActAtStep } from '../../../domain/evaluation/workflow.ts';
import {
  isWithinScope,
  LEVEL_PREFIX_LENGTH,
  padCode,
  parseRegionCode,
  REGION_LEVELS,
} from '../../../domain/region/regionCode.ts';
import { accounts, persons } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { scopeWhere } from '../../platform/scope.ts';
import type { EvaluationRow, Loaded } from './access.ts';
import { GROUP_ROLE } from './groupRule.ts';

/**
 * Who may do what in a star rating — the one place it is decided. Which evaluations a caller sees
 * is the route's permission in its scope (`loadEvaluation`, 404 outside it); who acts at a step is
 * the scheme's role at the step's level (domain/evaluation/workflow.ts `mayActAtStep`).
 *   claim     — the scheme's claim role in scope; for a household scheme (claim role 村民) a 村干部
 *               enters a household's claim, and a resident (villager or party member) claims for
 *               the household they belong to
 *   decide    — the current step's role at its level; a group step (小组评星), only the leader of
 *               the subject's own group (groupRule.ts)
 *   final     — the last step's role: answers objections, decides removals (摘星), awards
 *   schemes   — a county admin (evaluation.manage over a county) creates their county's schemes
 *   rounds    — a round in the reader's scope, or one opened above it (`roundVisible`)
 *   review    — evaluation.review in scope sees who filed an objection; evidence is read in scope
 * `waitingAction` answers which of these waits for the caller on an evaluation now.
 */
const RESIDENTS: readonly Role[] = ['villager', 'party_member', 'group_leader'];

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

/** The county a county admin's new scheme belongs to: their own grant's county; else 403. */
export function schemeCounty(actor: Actor): string {
  const grant = grantsAllowing(actor, 'evaluation.manage').find((g) => {
    const p = parseRegionCode(g.regionCode);
    return p.ok && p.info.level === 'county';
  });
  if (!grant)
    throw new AppError('FORBIDDEN', {
      zh: '只有县级管理员可以创建评星方案',
      en: 'Only a county administrator creates schemes',
    });
  return grant.regionCode;
}

/** Manages some county's schemes (told that a preset is copied, not edited, rather than 404). */
export function managesSchemes(actor: Actor): boolean {
  return grantsAllowing(actor, 'evaluation.manage').length > 0;
}

/** Reviews evaluations of `region` (sees, for instance, who filed an objection). */
export function mayReview(actor: Actor, region: string): boolean {
  return can(actor, 'evaluation.review', region);
}

/** An evidence file the caller may read (evaluation.read over its region); else 404. */
export function authorizeEvidence<T extends { regionCode: string }>(
  actor: Actor,
  row: T | undefined,
): T {
  if (!row || !can(actor, 'evaluation.read', row.regionCode)) throw notFound();
  return row;
}

/**
 * Rounds the actor takes part in: a round whose region lies in their scope, or one opened above
 * it (a township's round reaches the village cadre, who sees their own village's subjects).
 */
export function roundVisible(ctx: Ctx, column: AnyPgColumn): SQL {
  const actor = requireActor(ctx);
  const ancestors = new Set<string>();
  for (const g of grantsAllowing(actor, 'evaluation.read')) {
    const parsed = parseRegionCode(g.regionCode);
    if (!parsed.ok) continue;
    for (const level of REGION_LEVELS)
      if (LEVEL_PREFIX_LENGTH[level] < LEVEL_PREFIX_LENGTH[parsed.info.level])
        ancestors.add(padCode(g.regionCode.slice(0, LEVEL_PREFIX_LENGTH[level])));
  }
  const above = ancestors.size > 0 ? inArray(column, [...ancestors]) : undefined;
  return or(scopeWhere(actor, 'evaluation.read', column), above) ?? sql`false`;
}

/**
 * What the actor can do next on an evaluation, if anything ("what waits for me"). `inGroup` is
 * whether the actor leads the subject's group (groupRule.ts `inCallersGroup`): a group step waits
 * only for that group's leader.
 */
export function waitingAction(
  actor: Actor,
  scheme: SchemeDefinition,
  e: Pick<EvaluationRow, 'stage' | 'grantedStars' | 'stepIndex' | 'regionCode' | 'noticeEndsAt'> & {
    inGroup: boolean;
  },
  now: Date,
  openObjections: number,
  proposedVetoes: number,
): string | null {
  if (e.stage === 'claiming') {
    return claimsIn(actor, scheme, e.regionCode) ? 'claim' : null;
  }
  if (e.stage === 'review') {
    const step = currentStep(scheme, e.grantedStars, e.stepIndex);
    if (!step || !mayActAtStep(actor, step, e.regionCode)) return null;
    return step.role === GROUP_ROLE && !e.inGroup ? null : `decide:${step.key}`;
  }
  const final = mayActAtStep(actor, finalStep(scheme), e.regionCode);
  if (e.stage === 'notice' && final)
    return openObjections > 0
      ? 'answerObjection'
      : e.noticeEndsAt && e.noticeEndsAt <= now
        ? 'award'
        : null;
  if (e.stage === 'awarded' && final && proposedVetoes > 0) return 'decideVeto';
  return null;
}

/**
 * A round's 通报, its list (.xlsx) and its plaque list speak of the whole round: one rule for the
 * three — read by those who read the round's whole region (others see their own subjects on the
 * round's board); 404 otherwise, as for anything out of reach.
 */
export function authorizeRoundDocuments(actor: Actor, round: { regionCode: string }): void {
  if (!can(actor, 'evaluation.read', round.regionCode)) throw notFound();
}

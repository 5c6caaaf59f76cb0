import { can, type Actor } from '../../../domain/access/policy.ts';
import { notFound } from '../../platform/errors.ts';

/**
 * 预警中心: whoever reads the evaluations of a region sees its warnings (each source keeps its
 * own scope: cases need cases.read, laggards obligations.read); whoever reviews there
 * (county, township and village cadres) acknowledges or resolves them. Outside: 404.
 */
export function authorizeRead(actor: Actor, regionCode: string): void {
  if (!can(actor, 'evaluation.read', regionCode)) throw notFound();
}

export const mayDecide = (actor: Actor, regionCode: string): boolean =>
  can(actor, 'evaluation.review', regionCode);

export function authorizeDecide(actor: Actor, regionCode: string): void {
  if (!mayDecide(actor, regionCode)) throw notFound();
}

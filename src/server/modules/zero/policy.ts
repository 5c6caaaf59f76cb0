import { can, type Actor } from '../../../domain/access/policy.ts';
import { notFound } from '../../platform/errors.ts';
import { staffsRegion } from '../cases/policy.ts';

/**
 * 三零 records: the village's or township's staff record events where they work (as the 排查
 * sweeps); the county (安阳: 评定验收 by the county) decides a year's acceptance. Outside: 404.
 */
export function authorizeRecord(actor: Actor, regionCode: string): void {
  if (!staffsRegion(actor, regionCode)) throw notFound();
}

export function authorizeAccept(actor: Actor, regionCode: string): void {
  if (!can(actor, 'evaluation.manage', regionCode)) throw notFound();
}

import { grantsAllowing } from '../../../domain/access/policy.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { mayReadEconomy } from './policy.ts';

/** The region a report is about: the one asked (read by the caller, else 404), else their first. */
export function reportRegion(ctx: Ctx, asked: string | undefined): string {
  const actor = requireActor(ctx);
  const region =
    asked ??
    grantsAllowing(actor, 'obligations.read').find((g) => /^\d{12}$/.test(g.scope))?.regionCode;
  if (!region || !mayReadEconomy(actor, region)) throw notFound();
  return region;
}

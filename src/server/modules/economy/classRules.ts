import { eq } from 'drizzle-orm';
import type { ClassRule } from '../../../domain/economy/findings.ts';
import {
  ASSET_CLASSES,
  DEFAULT_CLASS_RULE,
  type AssetClass,
} from '../../../domain/economy/kinds.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { economyClassRules } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { authorizeCountyRules } from './policy.ts';
import type { ClassRuleBody } from './schema.ts';
import type { ClassRuleView } from './views.ts';

/** A county's rule for every asset class: what it set, else no reference price and the defaults. */
export async function classRulesOf(
  ctx: Pick<Ctx, 'db'>,
  county: string,
): Promise<Map<AssetClass, ClassRuleView>> {
  const rows = await ctx.db
    .select()
    .from(economyClassRules)
    .where(eq(economyClassRules.countyCode, county));
  const set = new Map(rows.map((r) => [r.assetClass, r]));
  return new Map(
    ASSET_CLASSES.map((assetClass): [AssetClass, ClassRuleView] => {
      const r = set.get(assetClass);
      return [
        assetClass,
        r
          ? {
              assetClass,
              referencePriceFen: r.referencePriceFen,
              maxTermYears: r.maxTermYears,
              lowPricePercent: r.lowPricePercent,
              configured: true,
            }
          : { assetClass, referencePriceFen: null, ...DEFAULT_CLASS_RULE, configured: false },
      ];
    }),
  );
}

export const asClassRule = (r: ClassRuleView | undefined): ClassRule => ({
  referencePriceFen: r?.referencePriceFen ?? null,
  maxTermYears: r?.maxTermYears ?? DEFAULT_CLASS_RULE.maxTermYears,
  lowPricePercent: r?.lowPricePercent ?? DEFAULT_CLASS_RULE.lowPricePercent,
});

export async function listClassRules(ctx: Ctx, county: string) {
  authorizeCountyRules(requireActor(ctx), county, false);
  return { county, items: [...(await classRulesOf(ctx, county)).values()] };
}

/** The county sets an asset class's reference price and term limit (audit in the transaction). */
export async function setClassRule(
  ctx: Ctx,
  county: string,
  assetClass: AssetClass,
  body: ClassRuleBody,
): Promise<ClassRuleView> {
  const actor = requireActor(ctx);
  authorizeCountyRules(actor, county, true);
  if (
    body.referencePriceFen !== null &&
    !(Number.isInteger(body.referencePriceFen) && body.referencePriceFen >= 0)
  )
    throw validationError([
      { path: 'body.referencePriceFen', message: 'must be whole 分, not negative' },
    ]);
  return transaction(ctx, async (tx) => {
    const row = {
      countyCode: county,
      assetClass,
      regionCode: `${county}000000`,
      ...body,
      updatedBy: actor.accountId,
      updatedAt: tx.clock(),
    };
    await tx.db
      .insert(economyClassRules)
      .values(row)
      .onConflictDoUpdate({
        target: [economyClassRules.countyCode, economyClassRules.assetClass],
        set: { ...body, updatedBy: actor.accountId, updatedAt: tx.clock() },
      });
    await appendAudit(tx, {
      action: 'economy.classRule.set',
      objectType: 'economyClassRule',
      objectId: `${county}:${assetClass}`,
      regionCode: `${county}000000`,
      after: row,
    });
    return { assetClass, ...body, configured: true };
  });
}

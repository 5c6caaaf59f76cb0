import { and, asc, eq } from 'drizzle-orm';
import type { CropGroup } from '../../../domain/economy/trusteeship.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { economyTrusteeshipItems } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { authorizeEconomyWrite, visibleEconomy } from './policy.ts';
import type { NewTrusteeshipItem } from './trusteeshipSchema.ts';

// 农业托管 service menu (issue 13 part 4): what the village's 托管 branch offers, at what price per
// 亩, and what that saves against the market.

type ItemRow = typeof economyTrusteeshipItems.$inferSelect;

export const itemView = (row: ItemRow) => ({
  id: row.id,
  regionCode: row.regionCode,
  cropGroup: row.cropGroup as CropGroup,
  name: row.name,
  pricePerMuFen: row.pricePerMuFen,
  marketPricePerMuFen: row.marketPricePerMuFen,
  savingPerMuFen: Math.max(0, row.marketPricePerMuFen - row.pricePerMuFen),
  active: row.active,
});

const menuOrder = [asc(economyTrusteeshipItems.cropGroup), asc(economyTrusteeshipItems.position)];

/** A village's menu (all its items, active or not), in the order they were put on it. */
export async function menuOf(ctx: Pick<Ctx, 'db'>, village: string): Promise<ItemRow[]> {
  return ctx.db
    .select()
    .from(economyTrusteeshipItems)
    .where(eq(economyTrusteeshipItems.regionCode, village))
    .orderBy(...menuOrder);
}

/** The menus of the villages the caller reads. */
export async function listTrusteeshipItems(ctx: Ctx, region: string | undefined) {
  const actor = requireActor(ctx);
  const rows = await ctx.db
    .select()
    .from(economyTrusteeshipItems)
    .where(
      and(
        visibleEconomy(actor, economyTrusteeshipItems.regionCode),
        region ? eq(economyTrusteeshipItems.regionCode, region) : undefined,
      ),
    )
    .orderBy(asc(economyTrusteeshipItems.regionCode), ...menuOrder)
    .limit(500);
  return { items: rows.map(itemView) };
}

/** A village cadre puts an item on the menu; a second item of the same name in the group is a conflict. */
export async function createTrusteeshipItem(ctx: Ctx, body: NewTrusteeshipItem) {
  const actor = requireActor(ctx);
  authorizeEconomyWrite(actor, body.village);
  return transaction(ctx, async (tx) => {
    const group = (await menuOf(tx, body.village)).filter((i) => i.cropGroup === body.cropGroup);
    if (group.some((i) => i.name === body.name))
      throw new AppError('CONFLICT', {
        zh: `托管菜单已有「${body.name}」`,
        en: `The menu already has “${body.name}”`,
      });
    const now = tx.clock();
    const row: ItemRow = {
      id: uuidv7(now.getTime()),
      regionCode: body.village,
      countyCode: body.village.slice(0, 6),
      cropGroup: body.cropGroup,
      name: body.name,
      position: group.length,
      pricePerMuFen: body.pricePerMuFen,
      marketPricePerMuFen: body.marketPricePerMuFen,
      active: true,
      createdBy: actor.accountId,
      createdAt: now,
    };
    await tx.db.insert(economyTrusteeshipItems).values(row);
    await appendAudit(tx, {
      action: 'economy.trusteeship.item.create',
      objectType: 'economyTrusteeshipItem',
      objectId: row.id,
      regionCode: row.regionCode,
      after: row,
    });
    return itemView(row);
  });
}

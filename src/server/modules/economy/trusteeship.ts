import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { CROP_GROUPS, type CropGroup } from '../../../domain/economy/trusteeship.ts';
import { insertAudited, updateAudited } from '../../platform/auditedWrite.ts';
import { economyTrusteeshipItems } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { authorizeEconomyWrite, visibleEconomy } from './policy.ts';
import type { ItemUpdate, NewTrusteeshipItem } from './trusteeshipSchema.ts';

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

/** Grain (粮食) before fruit (果蔬), as CROP_GROUPS lists them — not the alphabet's order. */
export const cropGroupOrder = (column: AnyPgColumn): SQL =>
  sql`CASE ${column} ${sql.join(
    CROP_GROUPS.map((g, i) => sql`WHEN ${g} THEN ${sql.raw(String(i))}`),
    sql` `,
  )} ELSE ${sql.raw(String(CROP_GROUPS.length))} END`;

const menuOrder = [
  cropGroupOrder(economyTrusteeshipItems.cropGroup),
  asc(economyTrusteeshipItems.position),
];

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
    await insertAudited(tx, economyTrusteeshipItems, row, {
      action: 'economy.trusteeship.item.create',
      objectType: 'economyTrusteeshipItem',
    });
    return itemView(row);
  });
}

async function itemForWrite(tx: Ctx, id: string): Promise<ItemRow> {
  const actor = requireActor(tx);
  const [row] = await tx.db
    .select()
    .from(economyTrusteeshipItems)
    .where(eq(economyTrusteeshipItems.id, id))
    .for('update');
  if (!row) throw notFound();
  authorizeEconomyWrite(actor, row.regionCode);
  return row;
}

/**
 * Changes an item's prices. Only sign-ups made from now on pay them: a sign-up keeps the prices it
 * was made at (`item_prices`), and so do its service records.
 */
export async function updateTrusteeshipItem(ctx: Ctx, id: string, body: ItemUpdate) {
  return transaction(ctx, async (tx) => {
    const row = await itemForWrite(tx, id);
    const change = {
      pricePerMuFen: body.pricePerMuFen ?? row.pricePerMuFen,
      marketPricePerMuFen: body.marketPricePerMuFen ?? row.marketPricePerMuFen,
    };
    await updateAudited(tx, economyTrusteeshipItems, row, change, {
      action: 'economy.trusteeship.item.update',
      objectType: 'economyTrusteeshipItem',
      before: { pricePerMuFen: row.pricePerMuFen, marketPricePerMuFen: row.marketPricePerMuFen },
      after: change,
    });
    return itemView({ ...row, ...change });
  });
}

/** Retires an item: no new sign-up takes it (全程 neither); signed ones keep it and its services. */
export async function retireTrusteeshipItem(ctx: Ctx, id: string) {
  return transaction(ctx, async (tx) => {
    const row = await itemForWrite(tx, id);
    if (!row.active)
      throw new AppError('CONFLICT', {
        zh: `「${row.name}」已停止签约`,
        en: `“${row.name}” is already retired`,
      });
    await updateAudited(
      tx,
      economyTrusteeshipItems,
      row,
      { active: false },
      {
        action: 'economy.trusteeship.item.retire',
        objectType: 'economyTrusteeshipItem',
        before: { active: true },
        after: { active: false },
      },
    );
    return itemView({ ...row, active: false });
  });
}

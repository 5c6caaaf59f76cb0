import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import { hundredths } from '../../../domain/economy/contracts.ts';
import type { AssetClass, AssetKind, AssetStatus } from '../../../domain/economy/kinds.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { economyAssets, economyAssetValuations, grids } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { readableRow } from './readableRow.ts';
import { notFound, validationError, type ValidationIssue } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { authorizeEconomyWrite, visibleEconomyIn } from './policy.ts';
import type { NewAsset, ValuationBody } from './schema.ts';
import type { AssetView } from './views.ts';

type AssetRow = typeof economyAssets.$inferSelect;

export async function assetViews(
  ctx: Pick<Ctx, 'db'>,
  rows: readonly AssetRow[],
): Promise<AssetView[]> {
  const valuations =
    rows.length === 0
      ? []
      : await ctx.db
          .select()
          .from(economyAssetValuations)
          .where(
            inArray(
              economyAssetValuations.assetId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(desc(economyAssetValuations.valuedOn), desc(economyAssetValuations.id));
  return rows.map((r) => {
    const mine = valuations.filter((v) => v.assetId === r.id);
    return {
      id: r.id,
      village: r.regionCode,
      kind: r.kind as AssetKind,
      assetClass: r.assetClass as AssetClass,
      name: r.name,
      area: r.areaHundredths / 100,
      location: r.location,
      gridId: r.gridId,
      status: r.status as AssetStatus,
      valueFen: mine[0]?.valueFen ?? null,
      valuations: mine.map((v) => ({ valuedOn: v.valuedOn, valueFen: v.valueFen, note: v.note })),
    };
  });
}

/** The assets the caller reads, by village then name. */
export async function listAssets(
  ctx: Ctx,
  q: { region?: string; page: number; pageSize: number },
): Promise<Page<AssetView>> {
  const where = visibleEconomyIn(requireActor(ctx), economyAssets.regionCode, q.region);
  const rows = await ctx.db
    .select()
    .from(economyAssets)
    .where(where)
    .orderBy(asc(economyAssets.regionCode), asc(economyAssets.name), asc(economyAssets.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [total] = await ctx.db.select({ n: count() }).from(economyAssets).where(where);
  return { items: await assetViews(ctx, rows), total: total?.n ?? 0 };
}

/** The asset if the caller reads it, else 404. */
export async function loadAsset(ctx: Ctx, id: string): Promise<AssetRow> {
  return readableRow(ctx, requireActor(ctx), economyAssets, id);
}

/**
 * An asset's status follows its contract: contracted when one is signed on it, idle again when
 * the clean-up recovers it (inside the caller's transaction, stamped `now`).
 */
export async function setAssetStatus(
  tx: Pick<Ctx, 'db'>,
  assetId: string,
  status: Extract<AssetStatus, 'contracted' | 'idle'>,
  now: Date,
): Promise<void> {
  await tx.db
    .update(economyAssets)
    .set({ status, updatedAt: now })
    .where(eq(economyAssets.id, assetId));
}

function moneyProblems(path: string, fen: number | undefined): ValidationIssue[] {
  return fen === undefined || (Number.isInteger(fen) && fen >= 0)
    ? []
    : [{ path, message: 'must be whole 分, not negative' }];
}

/** A village cadre registers an asset of their collective, with its first valuation if given. */
export async function createAsset(ctx: Ctx, body: NewAsset): Promise<AssetView> {
  const actor = requireActor(ctx);
  authorizeEconomyWrite(actor, body.village);
  const area = body.area >= 0 ? hundredths(body.area) : null;
  const problems: ValidationIssue[] = [
    ...(area === null
      ? [{ path: 'body.area', message: 'must be 亩 ≥ 0 with at most two decimals' }]
      : []),
    ...moneyProblems('body.valueFen', body.valueFen),
  ];
  if (problems.length > 0) throw validationError(problems);
  return transaction(ctx, async (tx) => {
    if (body.gridId) {
      const [grid] = await tx.db
        .select({ region: grids.regionCode })
        .from(grids)
        .where(eq(grids.id, body.gridId));
      if (grid?.region !== body.village)
        throw validationError([{ path: 'body.gridId', message: 'not a grid of this village' }]);
    }
    const now = tx.clock();
    const tenant = { regionCode: body.village, countyCode: body.village.slice(0, 6) };
    const row = {
      id: uuidv7(now.getTime()),
      ...tenant,
      kind: body.kind,
      assetClass: body.assetClass,
      name: body.name,
      areaHundredths: area ?? 0,
      gridId: body.gridId ?? null,
      location: body.location,
      status: body.status,
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    };
    await tx.db.insert(economyAssets).values(row);
    if (body.valueFen !== undefined)
      await tx.db.insert(economyAssetValuations).values({
        id: uuidv7(now.getTime()),
        ...tenant,
        assetId: row.id,
        valuedOn: body.valuedOn ?? shanghaiDate(now),
        valueFen: body.valueFen,
        note: '登记时账面价值',
        recordedBy: actor.accountId,
        createdAt: now,
      });
    await appendAudit(tx, {
      action: 'economy.asset.create',
      objectType: 'economyAsset',
      objectId: row.id,
      regionCode: row.regionCode,
      after: row,
    });
    const [view] = await assetViews(tx, [row]);
    if (!view) throw notFound();
    return view;
  });
}

/** A valuation of the asset on a day (评估); the newest is its value. */
export async function addValuation(ctx: Ctx, id: string, body: ValuationBody): Promise<AssetView> {
  const actor = requireActor(ctx);
  const problems = moneyProblems('body.valueFen', body.valueFen);
  return transaction(ctx, async (tx) => {
    const asset = await loadAsset(tx, id);
    authorizeEconomyWrite(actor, asset.regionCode);
    if (problems.length > 0) throw validationError(problems);
    const now = tx.clock();
    const row = {
      id: uuidv7(now.getTime()),
      regionCode: asset.regionCode,
      countyCode: asset.countyCode,
      assetId: id,
      valuedOn: body.valuedOn,
      valueFen: body.valueFen,
      note: body.note ?? null,
      recordedBy: actor.accountId,
      createdAt: now,
    };
    await tx.db.insert(economyAssetValuations).values(row);
    await appendAudit(tx, {
      action: 'economy.asset.valuation',
      objectType: 'economyAsset',
      objectId: id,
      regionCode: asset.regionCode,
      after: row,
    });
    const [view] = await assetViews(tx, [asset]);
    if (!view) throw notFound();
    return view;
  });
}

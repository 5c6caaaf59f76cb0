import { desc, inArray } from 'drizzle-orm';
import { assetsSheet } from '../../../domain/directory/exchange/assetsSheet.ts';
import type { SheetRecord } from '../../../domain/directory/exchange/sheetDefinition.ts';
import type { RowProblem } from '../../../domain/directory/exchange/validateSheet.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { economyAssets, economyAssetValuations } from '../../db/schema/index.ts';
import { requireActor } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import {
  inChunks,
  regionCodesOf,
  rowChecks,
  rowsRegionChecker,
  type Importer,
} from '../exchange/importer.ts';
import { gridIdsByName, storedRows } from '../exchange/lookups.ts';
import {
  inRegion,
  freshRow,
  UpsertBatch,
  upsertTarget,
  writeUpserts,
} from '../exchange/upsertWriter.ts';
import { mayWriteEconomy } from './policy.ts';

type AssetRow = typeof economyAssets.$inferSelect;
type ValuationRow = typeof economyAssetValuations.$inferSelect;

const ASSET_TARGET = upsertTarget(economyAssets, 'id', 'economyAsset', 'economy.asset');
// A valuation is part of its asset's history: audited on the asset, as the valuation route does.
const VALUATION_TARGET = upsertTarget(
  economyAssetValuations,
  'id',
  'economyAsset',
  'economy.asset',
  {
    keyOf: (v) => String(v.assetId),
    create: 'economy.asset.valuation',
  },
);
const VILLAGE = '所在村（区划代码）';

/** The latest valuation of each asset (its value), by asset id. */
async function latestValues(tx: Parameters<Importer<unknown>['plan']>[0], ids: string[]) {
  const rows = await inChunks(ids, (chunk) =>
    tx.db
      .select()
      .from(economyAssetValuations)
      .where(inArray(economyAssetValuations.assetId, chunk))
      .orderBy(desc(economyAssetValuations.valuedOn), desc(economyAssetValuations.id)),
  );
  const latest = new Map<string, ValuationRow>();
  for (const v of rows) if (!latest.has(v.assetId)) latest.set(v.assetId, v);
  return latest;
}

/**
 * 三资 import (issue 13 part 1): upsert by village + asset name, only into villages whose books the
 * caller writes (the village's cadres, as the asset routes); a 网格 named must be one of the
 * village's. A 账面价值 that differs from the asset's current value records a valuation.
 */
export const importAssets: Importer<SheetRecord<typeof assetsSheet>> = {
  sheet: assetsSheet,
  async plan(tx, rows) {
    const actor = requireActor(tx);
    const villages = regionCodesOf(rows);
    const checkRegion = await rowsRegionChecker(tx, rows);
    const stored = await storedRows(tx, economyAssets, 'regionCode', villages);
    const existing = new Map(stored.map((a) => [`${a.regionCode}/${a.name}`, a]));
    const gridIds = await gridIdsByName(tx, villages);
    const values = await latestValues(
      tx,
      stored.map((a) => a.id),
    );
    const problems: RowProblem[] = [];
    const assets = new UpsertBatch<AssetRow>();
    const valuations = new UpsertBatch<ValuationRow>();
    const now = tx.clock();
    const today = shanghaiDate(now);
    for (const { row, record: r } of rows) {
      const { fail, rejected } = rowChecks(problems, row, checkRegion(row, VILLAGE, r.regionCode));
      if (!mayWriteEconomy(actor, r.regionCode))
        fail(
          VILLAGE,
          `只有${r.regionCode}的村干部可以登记该村三资`,
          `only the cadres of ${r.regionCode} enter its assets`,
        );
      const gridId = r.grid ? gridIds.get(`${r.regionCode}/${r.grid}`) : null;
      if (gridId === undefined)
        fail(
          '网格/村民小组',
          `本村没有“${r.grid ?? ''}”`,
          `the village has no grid "${r.grid ?? ''}"`,
        );
      if (rejected()) continue;
      const before = existing.get(`${r.regionCode}/${r.name}`);
      const valuation = (assetId: string) => ({
        id: uuidv7(now.getTime()),
        ...inRegion(r.regionCode),
        assetId,
        valuedOn: r.valuedOn ?? today,
        valueFen: r.valueFen ?? 0,
        note: '台账导入',
        recordedBy: actor.accountId,
        createdAt: now,
      });
      if (!before) {
        const asset: AssetRow = {
          ...freshRow(now, r.regionCode),
          kind: r.kind,
          assetClass: r.assetClass,
          name: r.name,
          areaHundredths: r.area ?? 0,
          gridId: gridId ?? null,
          location: r.location,
          status: r.status ?? 'idle',
          createdBy: actor.accountId,
        };
        assets.create(asset);
        if (r.valueFen !== null) valuations.create(valuation(asset.id));
        continue;
      }
      const set: Partial<AssetRow> = {};
      if (r.kind !== before.kind) set.kind = r.kind;
      if (r.assetClass !== before.assetClass) set.assetClass = r.assetClass;
      if (r.area !== null && r.area !== before.areaHundredths) set.areaHundredths = r.area;
      if (r.location !== before.location) set.location = r.location;
      if (gridId && gridId !== before.gridId) set.gridId = gridId;
      if (r.status !== null && r.status !== before.status) set.status = r.status;
      assets.change(before, set);
      if (r.valueFen !== null && r.valueFen !== values.get(before.id)?.valueFen)
        valuations.create(valuation(before.id));
    }
    return {
      problems,
      async write(w, progress) {
        const counts = await writeUpserts(w, ASSET_TARGET, assets, (f) => progress(0.8 * f));
        await writeUpserts(w, VALUATION_TARGET, valuations, (f) => progress(0.8 + 0.2 * f));
        // an asset whose only change is a new valuation was updated, not left as it was
        const revalued = new Set(valuations.inserts.map((v) => v.assetId));
        const created = new Set(assets.inserts.map((a) => a.id));
        const updated = new Set(assets.updates.map((u) => u.before.id));
        const onlyRevalued = [...revalued].filter((id) => !created.has(id) && !updated.has(id));
        return {
          created: counts.created,
          updated: counts.updated + onlyRevalued.length,
          unchanged: counts.unchanged - onlyRevalued.length,
        };
      },
    };
  },
};

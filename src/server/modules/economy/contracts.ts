import { and, asc, count, eq, ne } from 'drizzle-orm';
import {
  contractProblems,
  hundredths,
  overlaps,
  termYears,
} from '../../../domain/economy/contracts.ts';
import type { AssetClass } from '../../../domain/economy/kinds.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { economyContracts, persons } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError, type ValidationIssue } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { loadAsset, setAssetStatus } from './assets.ts';
import { classRulesOf } from './classRules.ts';
import { cadreVillagesOf, contractViews } from './contractViews.ts';
import { authorizeEconomyWrite, visibleEconomy, visibleEconomyIn } from './policy.ts';
import type { NewContract } from './schema.ts';
import type { ContractView } from './views.ts';

/** The contracts the caller reads, by village, asset and start day. */
export async function listContracts(
  ctx: Ctx,
  q: { region?: string; assetId?: string; page: number; pageSize: number },
): Promise<Page<ContractView>> {
  const where = and(
    visibleEconomyIn(requireActor(ctx), economyContracts.regionCode, q.region),
    q.assetId ? eq(economyContracts.assetId, q.assetId) : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(economyContracts)
    .where(where)
    .orderBy(
      asc(economyContracts.regionCode),
      asc(economyContracts.assetId),
      asc(economyContracts.startsOn),
    )
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [total] = await ctx.db.select({ n: count() }).from(economyContracts).where(where);
  return { items: await contractViews(ctx, rows), total: total?.n ?? 0 };
}

/** The contract if the caller reads it, else 404. */
export async function getContract(ctx: Ctx, id: string): Promise<ContractView> {
  const [row] = await ctx.db
    .select()
    .from(economyContracts)
    .where(
      and(
        eq(economyContracts.id, id),
        visibleEconomy(requireActor(ctx), economyContracts.regionCode),
      ),
    );
  if (!row) throw notFound();
  const [view] = await contractViews(ctx, [row]);
  if (!view) throw notFound();
  return view;
}

/**
 * A village cadre signs a contract on an asset of their collective. Refused with the field named,
 * nothing written: a negative or fractional area or price, an area beyond the asset's, a term past
 * the county's limit for the class, a term overlapping another active contract on the asset, and a
 * lessee whose household holds a sitting 两委 member without a recorded recusal.
 */
export async function createContract(ctx: Ctx, body: NewContract): Promise<ContractView> {
  const actor = requireActor(ctx);
  return transaction(ctx, async (tx) => {
    const asset = await loadAsset(tx, body.assetId);
    authorizeEconomyWrite(actor, asset.regionCode);
    const problems: ValidationIssue[] = contractProblems(body);
    const area = hundredths(body.area);
    if (area !== null && area > asset.areaHundredths)
      problems.push({
        path: 'body.area',
        message: `exceeds the asset's ${asset.areaHundredths / 100} 亩`,
      });
    if (asset.kind === 'fund')
      problems.push({ path: 'body.assetId', message: 'a fund is not contracted out' });
    const rule = (await classRulesOf(tx, asset.countyCode)).get(asset.assetClass as AssetClass);
    const years = body.endsOn >= body.startsOn ? termYears(body.startsOn, body.endsOn) : 0;
    if (rule && years > rule.maxTermYears)
      problems.push({
        path: 'body.endsOn',
        message: `a ${years}-year term exceeds the county's ${rule.maxTermYears}-year limit`,
      });
    const others = await tx.db
      .select()
      .from(economyContracts)
      .where(
        and(eq(economyContracts.assetId, asset.id), ne(economyContracts.status, 'terminated')),
      );
    const clash = others.find((o) => overlaps(o, body));
    if (clash)
      problems.push({
        path: 'body.startsOn',
        message: `overlaps the contract with ${clash.lessee} (${clash.startsOn}–${clash.endsOn}) on this asset`,
      });
    if (body.lesseePersonId) {
      const [person] = await tx.db
        .select({ county: persons.countyCode })
        .from(persons)
        .where(eq(persons.id, body.lesseePersonId));
      if (person?.county !== asset.countyCode)
        problems.push({ path: 'body.lesseePersonId', message: 'no such resident in this county' });
      else if (
        !body.recusalNote &&
        (await cadreVillagesOf(tx, [body.lesseePersonId]))
          .get(body.lesseePersonId)
          ?.has(asset.regionCode)
      )
        problems.push({
          path: 'body.recusalNote',
          message: 'the lessee’s household holds a 两委 member of this village: record the recusal',
        });
    }
    if (problems.length > 0) throw validationError(problems);
    const now = tx.clock();
    const row = {
      id: uuidv7(now.getTime()),
      regionCode: asset.regionCode,
      countyCode: asset.countyCode,
      assetId: asset.id,
      lessee: body.lessee,
      lesseePersonId: body.lesseePersonId ?? null,
      areaHundredths: area ?? 0,
      pricePerMuFen: body.pricePerMuFen,
      startsOn: body.startsOn,
      endsOn: body.endsOn,
      schedule: body.schedule,
      status: 'active',
      recusalNote: body.recusalNote ?? null,
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    };
    await tx.db.insert(economyContracts).values(row);
    await setAssetStatus(tx, asset.id, 'contracted', now);
    await appendAudit(tx, {
      action: 'economy.contract.create',
      objectType: 'economyContract',
      objectId: row.id,
      regionCode: row.regionCode,
      after: row,
    });
    return getContract(tx, row.id);
  });
}

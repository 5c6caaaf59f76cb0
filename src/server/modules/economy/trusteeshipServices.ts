import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { CropGroup } from '../../../domain/economy/trusteeship.ts';
import { priceService, type PricedService } from '../../../domain/economy/trusteeshipServices.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import {
  economyTrusteeshipItems,
  economyTrusteeshipServices,
  economyTrusteeshipSignUps,
  households,
  partyOrgs,
  persons,
} from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError } from '../../platform/errors.ts';
import { moveStatusAudited, refuseUnlessStatus } from '../../platform/statusMove.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { postIncome, reverseIncome } from './income.ts';
import {
  authorizeEconomyWrite,
  mayReadEconomy,
  mayWriteEconomy,
  visibleEconomy,
} from './policy.ts';
import { cropGroupOrder } from './trusteeship.ts';
import type { ServiceBody } from './trusteeshipSchema.ts';

// 托管服务记录 (issue 13 part 4 → part 5): the village's cadre records what the function branch
// did for a signed-up household; its fee posts to the collective's income ledger as `service` in
// the same transaction. A wrong record is voided with a reason — reversed in the ledger — never
// deleted.

type Tx = Pick<Ctx, 'db' | 'clock'>;
type ServiceRow = typeof economyTrusteeshipServices.$inferSelect;
type SignUpRow = typeof economyTrusteeshipSignUps.$inferSelect;
export const SERVICE_RECORD_KIND = 'trusteeshipService';

/**
 * Writes a priced service record and posts its fee to the income ledger (inside the caller's
 * transaction). Shared by the API and the demo seed, as `postPayment` is for contract payments.
 */
export async function insertServiceRecord(
  tx: Tx,
  signUp: Pick<SignUpRow, 'id' | 'regionCode' | 'countyCode'>,
  priced: PricedService,
  record: {
    itemId: string;
    servedOn: string;
    providerOrgId: string | null;
    provider: string;
    note: string | null;
    recordedBy: string;
  },
): Promise<ServiceRow> {
  const now = tx.clock();
  const row: ServiceRow = {
    id: uuidv7(now.getTime()),
    regionCode: signUp.regionCode,
    countyCode: signUp.countyCode,
    signUpId: signUp.id,
    ...record,
    ...priced,
    status: 'recorded',
    voidReason: null,
    voidedBy: null,
    voidedAt: null,
    createdAt: now,
  };
  await tx.db.insert(economyTrusteeshipServices).values(row);
  if (row.feeFen > 0)
    await postIncome(tx, {
      regionCode: row.regionCode,
      countyCode: row.countyCode,
      source: 'service',
      recordKind: SERVICE_RECORD_KIND,
      recordId: row.id,
      postedOn: row.servedOn,
      amountFen: row.feeFen,
    });
  return row;
}

/** 亩 (hundredths) already recorded for an item of a sign-up, voided records left out. */
export async function deliveredHundredths(
  tx: Pick<Ctx, 'db'>,
  signUpId: string,
  itemId: string,
): Promise<number> {
  const [sum] = await tx.db
    .select({ h: sql<string>`coalesce(sum(${economyTrusteeshipServices.areaHundredths}), 0)` })
    .from(economyTrusteeshipServices)
    .where(
      and(
        eq(economyTrusteeshipServices.signUpId, signUpId),
        eq(economyTrusteeshipServices.itemId, itemId),
        eq(economyTrusteeshipServices.status, 'recorded'),
      ),
    );
  return Number(sum?.h ?? 0);
}

/** Who delivered: the village's own 托管 function branch by id, or a typed name. */
async function providerOf(tx: Tx, village: string, body: ServiceBody) {
  if (body.providerOrgId === undefined) return { providerOrgId: null, provider: body.provider };
  const [org] = await tx.db
    .select({ id: partyOrgs.id, name: partyOrgs.name })
    .from(partyOrgs)
    .where(
      and(
        eq(partyOrgs.id, body.providerOrgId),
        eq(partyOrgs.regionCode, village),
        eq(partyOrgs.type, 'functionalBranch'),
      ),
    );
  return org ? { providerOrgId: org.id, provider: org.name } : null;
}

/**
 * The village's cadre records a service on a sign-up. Refused with the field named, nothing
 * written: a withdrawn sign-up, an item it does not cover, a day in the future or outside its
 * season, an area beyond what is left of the signed area for that item, a provider that is not the
 * village's function branch. Another village's sign-up is not found.
 */
export async function recordService(ctx: Ctx, signUpId: string, body: ServiceBody) {
  const actor = requireActor(ctx);
  return transaction(ctx, async (tx) => {
    // locked, so two records at once cannot both take the last 亩
    const [signUp] = await tx.db
      .select()
      .from(economyTrusteeshipSignUps)
      .where(eq(economyTrusteeshipSignUps.id, signUpId))
      .for('update');
    if (!signUp || !mayReadEconomy(actor, signUp.regionCode)) throw notFound();
    authorizeEconomyWrite(actor, signUp.regionCode);
    const today = shanghaiDate(tx.clock());
    const priced = priceService(
      signUp,
      body,
      today,
      await deliveredHundredths(tx, signUp.id, body.itemId),
    );
    const problems =
      'problems' in priced
        ? priced.problems.map((p) => ({
            ...p,
            path: p.path === 'signUp' ? 'params.id' : `body.${p.path}`,
          }))
        : [];
    const provider = await providerOf(tx, signUp.regionCode, body);
    if (!provider)
      problems.push({
        path: 'body.providerOrgId',
        message: 'not a function branch (功能型党支部) of the village',
      });
    if (problems.length > 0 || !('ok' in priced) || !provider) throw validationError(problems);
    const row = await insertServiceRecord(tx, signUp, priced.ok, {
      itemId: body.itemId,
      servedOn: body.servedOn,
      providerOrgId: provider.providerOrgId,
      provider: provider.provider ?? '',
      note: body.note ?? null,
      recordedBy: actor.accountId,
    });
    await appendAudit(tx, {
      action: 'economy.trusteeship.service.record',
      objectType: 'economyTrusteeshipService',
      objectId: row.id,
      regionCode: row.regionCode,
      after: row,
    });
    return oneService(tx, row.id, true);
  });
}

/** Voids a service record with the reason; its ledger entry is reversed. Never deleted. */
export async function voidService(ctx: Ctx, id: string, reason: string) {
  const actor = requireActor(ctx);
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(economyTrusteeshipServices)
      .where(eq(economyTrusteeshipServices.id, id))
      .for('update');
    if (!row || !mayReadEconomy(actor, row.regionCode)) throw notFound();
    authorizeEconomyWrite(actor, row.regionCode);
    refuseUnlessStatus(row, 'recorded', {
      zh: '该服务记录已作废',
      en: 'The service record is already voided',
    });
    await moveStatusAudited(
      tx,
      economyTrusteeshipServices,
      row,
      { status: 'voided', voidReason: reason, voidedBy: actor.accountId, voidedAt: tx.clock() },
      {
        action: 'economy.trusteeship.service.void',
        objectType: 'economyTrusteeshipService',
        after: { reason, feeFen: row.feeFen },
        // the log keeps digests of before/after; the reason is read in the clear
        detail: { reason, feeFen: row.feeFen },
      },
    );
    await reverseIncome(tx, SERVICE_RECORD_KIND, id);
    return oneService(tx, id, true);
  });
}

function servicesWhere(ctx: Pick<Ctx, 'db'>, where: SQL | undefined) {
  return ctx.db
    .select({
      row: economyTrusteeshipServices,
      householdId: economyTrusteeshipSignUps.householdId,
      headName: persons.name,
      itemName: economyTrusteeshipItems.name,
      cropGroup: economyTrusteeshipItems.cropGroup,
    })
    .from(economyTrusteeshipServices)
    .innerJoin(
      economyTrusteeshipSignUps,
      eq(economyTrusteeshipSignUps.id, economyTrusteeshipServices.signUpId),
    )
    .innerJoin(households, eq(households.id, economyTrusteeshipSignUps.householdId))
    .innerJoin(persons, eq(persons.id, households.headId))
    .innerJoin(
      economyTrusteeshipItems,
      eq(economyTrusteeshipItems.id, economyTrusteeshipServices.itemId),
    )
    .where(where)
    .orderBy(
      cropGroupOrder(economyTrusteeshipItems.cropGroup),
      asc(economyTrusteeshipServices.servedOn),
      asc(economyTrusteeshipItems.position),
      asc(economyTrusteeshipServices.id),
    )
    .limit(2000);
}

type Found = Awaited<ReturnType<typeof servicesWhere>>[number];

const viewOf = (f: Found, mayChange: boolean) => ({
  id: f.row.id,
  regionCode: f.row.regionCode,
  signUpId: f.row.signUpId,
  householdId: f.householdId,
  headName: f.headName,
  itemId: f.row.itemId,
  itemName: f.itemName,
  cropGroup: f.cropGroup as CropGroup,
  servedOn: f.row.servedOn,
  area: f.row.areaHundredths / 100,
  pricePerMuFen: f.row.pricePerMuFen,
  feeFen: f.row.feeFen,
  providerOrgId: f.row.providerOrgId,
  provider: f.row.provider,
  note: f.row.note,
  status: f.row.status as 'recorded' | 'voided',
  voidReason: f.row.voidReason,
  canVoid: mayChange && f.row.status === 'recorded',
});
export type ServiceView = ReturnType<typeof viewOf>;

async function oneService(tx: Pick<Ctx, 'db'>, id: string, mayChange: boolean) {
  const [found] = await servicesWhere(tx, eq(economyTrusteeshipServices.id, id));
  if (!found) throw notFound();
  return viewOf(found, mayChange);
}

/** The service records of the villages the caller reads, with the totals of those standing. */
export async function listServices(
  ctx: Ctx,
  query: { region?: string; year?: number; signUp?: string },
) {
  const actor = requireActor(ctx);
  const rows = await servicesWhere(
    ctx,
    and(
      visibleEconomy(actor, economyTrusteeshipServices.regionCode),
      query.region ? eq(economyTrusteeshipServices.regionCode, query.region) : undefined,
      query.year ? eq(economyTrusteeshipSignUps.year, query.year) : undefined,
      query.signUp ? eq(economyTrusteeshipServices.signUpId, query.signUp) : undefined,
    ),
  );
  const items = rows.map((r) => viewOf(r, mayWriteEconomy(actor, r.row.regionCode)));
  const standing = items.filter((i) => i.status === 'recorded');
  return {
    items,
    totals: {
      records: standing.length,
      area: standing.reduce((n, i) => n + Math.round(i.area * 100), 0) / 100,
      feeFen: standing.reduce((n, i) => n + i.feeFen, 0),
    },
  };
}

/** What was done for one household (我家托管): its standing records, read-only. */
export async function servicesOfHousehold(ctx: Pick<Ctx, 'db'>, householdId: string) {
  const rows = await servicesWhere(
    ctx,
    and(
      eq(economyTrusteeshipSignUps.householdId, householdId),
      ne(economyTrusteeshipServices.status, 'voided'),
    ),
  );
  return rows.map((r) => viewOf(r, false));
}

import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { priceSignUp, seasonFen, type CropGroup } from '../../../domain/economy/trusteeship.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import type { Actor } from '../../../domain/access/policy.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import { economyTrusteeshipSignUps, households, persons } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound, validationError } from '../../platform/errors.ts';
import { moveStatusAudited, refuseUnlessStatus } from '../../platform/statusMove.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { ownHouseholdId } from '../households/ownHousehold.ts';
import { authorizeSignUpWrite, mayReadEconomy, mayWriteEconomy, visibleEconomy } from './policy.ts';
import { cropGroupOrder, itemView, menuOf } from './trusteeship.ts';
import { servicesOfHousehold } from './trusteeshipServices.ts';
import type { NewSignUp } from './trusteeshipSchema.ts';

// 托管签约 (issue 13 part 4): a household signs up for a season — 全程托管 or 菜单式 — on its phone
// or through a village cadre, and may withdraw until the service starts.

type SignUpRow = typeof economyTrusteeshipSignUps.$inferSelect;
type Tx = Pick<Ctx, 'db' | 'clock'>;

const viewOf = (row: SignUpRow, headName: string, today: string, mayChange: boolean) => ({
  id: row.id,
  regionCode: row.regionCode,
  householdId: row.householdId,
  headName,
  year: row.year,
  cropGroup: row.cropGroup as CropGroup,
  mode: row.mode as 'fullChain' | 'menu',
  itemIds: row.itemIds,
  itemPrices: row.itemPrices,
  area: row.areaHundredths / 100,
  pricePerMuFen: row.pricePerMuFen,
  savingPerMuFen: row.savingPerMuFen,
  feeFen: seasonFen(row.areaHundredths, row.pricePerMuFen),
  savingFen: seasonFen(row.areaHundredths, row.savingPerMuFen),
  startsOn: row.startsOn,
  status: row.status as 'active' | 'withdrawn',
  canWithdraw: mayChange && row.status === 'active' && today < row.startsOn,
});
export type SignUpView = ReturnType<typeof viewOf>;

async function signUpsWhere(ctx: Tx, where: SQL | undefined) {
  return ctx.db
    .select({ row: economyTrusteeshipSignUps, headName: persons.name })
    .from(economyTrusteeshipSignUps)
    .innerJoin(households, eq(households.id, economyTrusteeshipSignUps.householdId))
    .innerJoin(persons, eq(persons.id, households.headId))
    .where(where)
    .orderBy(
      desc(economyTrusteeshipSignUps.year),
      asc(economyTrusteeshipSignUps.regionCode),
      cropGroupOrder(economyTrusteeshipSignUps.cropGroup),
      asc(persons.name),
      asc(economyTrusteeshipSignUps.id),
    )
    .limit(1000);
}

async function oneView(ctx: Tx, actor: Actor, id: string, own: string | null) {
  const [found] = await signUpsWhere(ctx, eq(economyTrusteeshipSignUps.id, id));
  if (!found) throw notFound();
  const mayChange = found.row.householdId === own || mayWriteEconomy(actor, found.row.regionCode);
  return viewOf(found.row, found.headName, shanghaiDate(ctx.clock()), mayChange);
}

/**
 * Signs a household up. Refused with the field named, nothing written: a household that is neither
 * the caller's own nor in a village they keep the books of, a non-positive or fractional area, an
 * item not on the village's menu, a start already past, a second active sign-up for the same year
 * and crop group (409).
 */
export async function signUpForTrusteeship(ctx: Ctx, body: NewSignUp): Promise<SignUpView> {
  const actor = requireActor(ctx);
  const own = await ownHouseholdId(ctx);
  return transaction(ctx, async (tx) => {
    const [household] = await tx.db
      .select({ id: households.id, regionCode: households.regionCode })
      .from(households)
      .where(eq(households.id, body.householdId));
    const isOwn = household !== undefined && household.id === own;
    if (!household || (!isOwn && !mayReadEconomy(actor, household.regionCode)))
      throw validationError([
        { path: 'body.householdId', message: 'no such household in your village' },
      ]);
    authorizeSignUpWrite(actor, household.regionCode, isOwn);
    const priced = priceSignUp(await menuOf(tx, household.regionCode), body);
    const problems =
      'problems' in priced ? priced.problems.map((p) => ({ ...p, path: `body.${p.path}` })) : [];
    const today = shanghaiDate(tx.clock());
    if (body.startsOn <= today)
      problems.push({ path: 'body.startsOn', message: 'the service must start after today' });
    if (problems.length > 0 || !('ok' in priced)) throw validationError(problems);
    await refuseIfExists(
      tx,
      economyTrusteeshipSignUps,
      and(
        eq(economyTrusteeshipSignUps.householdId, household.id),
        eq(economyTrusteeshipSignUps.year, body.year),
        eq(economyTrusteeshipSignUps.cropGroup, body.cropGroup),
        eq(economyTrusteeshipSignUps.status, 'active'),
      ),
      {
        zh: `该户 ${body.year} 年已签约此类托管，请先退订`,
        en: `The household already signed up for this crop group in ${body.year}; withdraw first`,
      },
    );
    const now = tx.clock();
    const row: SignUpRow = {
      id: uuidv7(now.getTime()),
      regionCode: household.regionCode,
      countyCode: household.regionCode.slice(0, 6),
      householdId: household.id,
      year: body.year,
      cropGroup: body.cropGroup,
      mode: body.mode,
      ...priced.ok,
      startsOn: body.startsOn,
      status: 'active',
      createdBy: actor.accountId,
      createdAt: now,
      withdrawnAt: null,
    };
    await insertAudited(tx, economyTrusteeshipSignUps, row, {
      action: 'economy.trusteeship.signUp',
      objectType: 'economyTrusteeshipSignUp',
    });
    return oneView(tx, actor, row.id, own);
  });
}

/** Withdraws a sign-up before its service starts — the household itself or the village's cadres. */
export async function withdrawSignUp(ctx: Ctx, id: string): Promise<SignUpView> {
  const actor = requireActor(ctx);
  const own = await ownHouseholdId(ctx);
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(economyTrusteeshipSignUps)
      .where(eq(economyTrusteeshipSignUps.id, id));
    const isOwn = row !== undefined && row.householdId === own;
    if (!row || (!isOwn && !mayReadEconomy(actor, row.regionCode))) throw notFound();
    authorizeSignUpWrite(actor, row.regionCode, isOwn);
    refuseUnlessStatus(row, 'active', {
      zh: '该签约已退订',
      en: 'The sign-up is already withdrawn',
    });
    if (shanghaiDate(tx.clock()) >= row.startsOn)
      throw new AppError('CONFLICT', {
        zh: '托管服务已开始，不能退订',
        en: 'The service has started; the sign-up can no longer be withdrawn',
      });
    await moveStatusAudited(
      tx,
      economyTrusteeshipSignUps,
      row,
      { status: 'withdrawn', withdrawnAt: tx.clock() },
      { action: 'economy.trusteeship.withdraw', objectType: 'economyTrusteeshipSignUp' },
    );
    return oneView(tx, actor, id, own);
  });
}

/** The sign-ups of the villages the caller reads, with the totals of the active ones. */
export async function listSignUps(ctx: Ctx, query: { region?: string; year?: number }) {
  const actor = requireActor(ctx);
  const rows = await signUpsWhere(
    ctx,
    and(
      visibleEconomy(actor, economyTrusteeshipSignUps.regionCode),
      query.region ? eq(economyTrusteeshipSignUps.regionCode, query.region) : undefined,
      query.year ? eq(economyTrusteeshipSignUps.year, query.year) : undefined,
    ),
  );
  const today = shanghaiDate(ctx.clock());
  const items = rows.map((r) =>
    viewOf(r.row, r.headName, today, mayWriteEconomy(actor, r.row.regionCode)),
  );
  const active = items.filter((i) => i.status === 'active');
  return {
    items,
    totals: {
      households: new Set(active.map((i) => i.householdId)).size,
      area: active.reduce((sum, i) => sum + Math.round(i.area * 100), 0) / 100,
      feeFen: active.reduce((sum, i) => sum + i.feeFen, 0),
      savingFen: active.reduce((sum, i) => sum + i.savingFen, 0),
    },
  };
}

/**
 * 我家托管: the menu of the caller's village (retired items too, marked, so a sign-up still names
 * them), their household's sign-ups and what was done for it.
 */
export async function myTrusteeship(ctx: Ctx) {
  const householdId = await ownHouseholdId(ctx);
  if (!householdId) return { householdId: null, menu: [], signUps: [], services: [] };
  const [household] = await ctx.db
    .select({ regionCode: households.regionCode })
    .from(households)
    .where(eq(households.id, householdId));
  const menu = household ? await menuOf(ctx, household.regionCode) : [];
  const rows = await signUpsWhere(ctx, eq(economyTrusteeshipSignUps.householdId, householdId));
  const today = shanghaiDate(ctx.clock());
  return {
    householdId,
    menu: menu.map(itemView),
    signUps: rows.map((r) => viewOf(r.row, r.headName, today, true)),
    services: await servicesOfHousehold(ctx, householdId),
  };
}

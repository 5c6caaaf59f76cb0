import { and, eq } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { hundredths } from '../../../domain/economy/contracts.ts';
import { inForceOn, levelOfKind, termsOverlap } from '../../../domain/economy/organizations.ts';
import { isWithinScope, levelOfCode } from '../../../domain/region/regionCode.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import {
  economyLandTransfers,
  economyOrganizations,
  economyOrgBindings,
  economyOrgMembers,
  economyOrgOrders,
  households,
  regions,
  unions,
  unionVillages,
} from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound, validationError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { authorizeOrganizationWrite, mayReadEconomy } from './policy.ts';
import { organizationView } from './organizationViews.ts';
import type {
  NewBinding,
  NewLandTransfer,
  NewMember,
  NewOrder,
  NewOrganization,
} from './organizationSchema.ts';

// 合作社、公司与双绑 writes (issue 13 part 3): register an organization, admit a member household
// with its shares, bind it to a partner (双绑), place an order on a binding, record a household's
// land transfer to it. Each write is one transaction with its audit entry; bad input is refused
// with the field named and nothing written.

type Tx = Ctx;
type OrgRow = typeof economyOrganizations.$inferSelect;

const fail = (path: string, message: string) => validationError([{ path, message }]);

/** Registers an organization in a village (or, for a 共富公司 / 联建公司, a township). */
export async function createOrganization(ctx: Ctx, body: NewOrganization) {
  const actor = requireActor(ctx);
  authorizeOrganizationWrite(actor, body.region);
  const level = levelOfKind(body.kind);
  if (levelOfCode(body.region) !== level)
    throw fail(
      'body.region',
      `a ${body.kind} belongs to a ${level}, not a ${levelOfCode(body.region)}`,
    );
  if (body.unionId && body.kind !== 'unionCompany')
    throw fail('body.unionId', 'only a 联建公司 (unionCompany) serves a union');
  return transaction(ctx, async (tx) => {
    const [region] = await tx.db
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.code, body.region));
    if (!region) throw fail('body.region', 'no such region');
    if (body.unionId) await unionInTownship(tx, body.unionId, body.region);
    if (await nameTaken(tx, body.region, body.name))
      throw new AppError('CONFLICT', {
        zh: `已有名为「${body.name}」的经济组织`,
        en: `An organization named “${body.name}” is already registered here`,
      });
    const now = tx.clock();
    const row: OrgRow = {
      id: uuidv7(now.getTime()),
      regionCode: body.region,
      countyCode: body.region.slice(0, 6),
      kind: body.kind,
      name: body.name,
      unionId: body.unionId ?? null,
      registeredOn: body.registeredOn,
      status: 'active',
      createdBy: actor.accountId,
      createdAt: now,
      updatedAt: now,
    };
    await insertAudited(tx, economyOrganizations, row, {
      action: 'economy.organization.create',
      objectType: 'economyOrganization',
    });
    return organizationView(tx, row);
  });
}

/** A union (跨村联建) with a village in the township, else 400 on body.unionId. */
export async function unionInTownship(tx: Tx, unionId: string, township: string): Promise<void> {
  const [union] = await tx.db.select({ id: unions.id }).from(unions).where(eq(unions.id, unionId));
  const villages = union
    ? await tx.db
        .select({ code: unionVillages.villageCode })
        .from(unionVillages)
        .where(eq(unionVillages.unionId, union.id))
    : [];
  if (!villages.some((v) => isWithinScope(v.code, township)))
    throw fail('body.unionId', 'no union with a village in this township');
}

/** Whether another organization of the region has the name (`except`: the one being renamed). */
export async function nameTaken(tx: Tx, region: string, name: string, except?: string) {
  const rows = await tx.db
    .select({ id: economyOrganizations.id })
    .from(economyOrganizations)
    .where(and(eq(economyOrganizations.regionCode, region), eq(economyOrganizations.name, name)));
  return rows.some((r) => r.id !== except);
}

/**
 * The organization for a write, locked: 404 unless the caller reads it, 403 unless they write
 * it, 409 once it is dissolved (注销: no new members, bindings, orders or transfers, no edits).
 */
export async function orgForWrite(tx: Tx, id: string): Promise<OrgRow> {
  const [org] = await tx.db
    .select()
    .from(economyOrganizations)
    .where(eq(economyOrganizations.id, id))
    .for('update');
  if (!org || !mayReadEconomy(requireActor(tx), org.regionCode)) throw notFound();
  authorizeOrganizationWrite(requireActor(tx), org.regionCode);
  if (org.status !== 'active')
    throw new AppError('CONFLICT', {
      zh: `「${org.name}」已注销`,
      en: `“${org.name}” is dissolved`,
    });
  return org;
}

/** A household of a village within the organization's region, else 400 on body.householdId. */
async function householdIn(tx: Tx, org: OrgRow, householdId: string): Promise<void> {
  const [household] = await tx.db
    .select({ regionCode: households.regionCode })
    .from(households)
    .where(eq(households.id, householdId));
  if (!household || !isWithinScope(household.regionCode, org.regionCode))
    throw fail('body.householdId', 'no such household in a village of the organization’s region');
}

const tenantOf = (org: OrgRow) => ({ regionCode: org.regionCode, countyCode: org.countyCode });

/**
 * Adds one row to an organization's records (members, bindings, orders, land transfers): its id,
 * the organization's region, who and when; audited as `audit`. Answers the organization as it is now.
 */
async function addToOrganization<T extends PgTable>(
  tx: Tx,
  org: OrgRow,
  table: T,
  fields: Omit<T['$inferInsert'], 'id' | 'regionCode' | 'countyCode' | 'createdBy' | 'createdAt'>,
  audit: { action: string; objectType: string },
) {
  const now = tx.clock();
  const row = {
    id: uuidv7(now.getTime()),
    ...tenantOf(org),
    ...fields,
    createdBy: requireActor(tx).accountId,
    createdAt: now,
  } as PgInsertValue<T> & { id: string; regionCode: string };
  await insertAudited(tx, table, row, audit);
  return organizationView(tx, org);
}

/** Admits a household as a member with its land, cash and member shares; once per household. */
export async function addMember(ctx: Ctx, orgId: string, body: NewMember) {
  return transaction(ctx, async (tx) => {
    const org = await orgForWrite(tx, orgId);
    await householdIn(tx, org, body.householdId);
    await refuseIfExists(
      tx,
      economyOrgMembers,
      and(
        eq(economyOrgMembers.organizationId, org.id),
        eq(economyOrgMembers.householdId, body.householdId),
      ),
      {
        zh: '该户已是成员',
        en: 'The household is already a member',
      },
    );
    return addToOrganization(
      tx,
      org,
      economyOrgMembers,
      {
        organizationId: org.id,
        ...body,
      },
      { action: 'economy.organization.member.add', objectType: 'economyOrgMember' },
    );
  });
}

/** 双绑: binds the organization to another organization of the county or a named outside one. */
export async function addBinding(ctx: Ctx, orgId: string, body: NewBinding) {
  return transaction(ctx, async (tx) => {
    const org = await orgForWrite(tx, orgId);
    if (body.endsOn && body.endsOn < body.startsOn)
      throw fail('body.endsOn', 'ends before it starts');
    if (body.partnerOrgId === org.id)
      throw fail('body.partnerOrgId', 'an organization is not bound to itself');
    if (body.partnerOrgId) {
      const [partner] = await tx.db
        .select({ id: economyOrganizations.id, status: economyOrganizations.status })
        .from(economyOrganizations)
        .where(
          and(
            eq(economyOrganizations.id, body.partnerOrgId),
            eq(economyOrganizations.countyCode, org.countyCode),
          ),
        );
      if (!partner) throw fail('body.partnerOrgId', 'no such organization in the county');
      if (partner.status !== 'active')
        throw fail('body.partnerOrgId', 'the partner organization is dissolved (已注销)');
    }
    return addToOrganization(
      tx,
      org,
      economyOrgBindings,
      {
        organizationId: org.id,
        partnerOrgId: body.partnerOrgId ?? null,
        partnerName: body.partnerName ?? null,
        partnerKind: body.partnerKind,
        kind: body.kind,
        startsOn: body.startsOn,
        endsOn: body.endsOn ?? null,
      },
      { action: 'economy.organization.binding.add', objectType: 'economyOrgBinding' },
    );
  });
}

/** 订单: an order on a binding, dated within the binding's term (an ended binding takes none). */
export async function addOrder(ctx: Ctx, bindingId: string, body: NewOrder) {
  return transaction(ctx, async (tx) => {
    const [binding] = await tx.db
      .select()
      .from(economyOrgBindings)
      .where(eq(economyOrgBindings.id, bindingId));
    if (!binding || !mayReadEconomy(requireActor(tx), binding.regionCode)) throw notFound();
    const org = await orgForWrite(tx, binding.organizationId);
    if (!inForceOn(binding, body.orderedOn))
      throw fail(
        'body.orderedOn',
        binding.endsOn && body.orderedOn > binding.endsOn
          ? `the binding ended on ${binding.endsOn}`
          : `the binding starts on ${binding.startsOn}`,
      );
    return addToOrganization(
      tx,
      org,
      economyOrgOrders,
      {
        bindingId: binding.id,
        ...body,
      },
      { action: 'economy.organization.order.add', objectType: 'economyOrgOrder' },
    );
  });
}

/**
 * 土地流转: a household transfers land to the organization for a term at a price per 亩 per year
 * (its 租金). A second transfer of the same household to the same organization may not overlap.
 */
export async function addLandTransfer(ctx: Ctx, orgId: string, body: NewLandTransfer) {
  return transaction(ctx, async (tx) => {
    const org = await orgForWrite(tx, orgId);
    const area = hundredths(body.area);
    if (area === null) throw fail('body.area', 'at most two decimals (0.01 亩)');
    if (body.endsOn < body.startsOn) throw fail('body.endsOn', 'ends before it starts');
    await householdIn(tx, org, body.householdId);
    const earlier = await tx.db
      .select()
      .from(economyLandTransfers)
      .where(
        and(
          eq(economyLandTransfers.organizationId, org.id),
          eq(economyLandTransfers.householdId, body.householdId),
        ),
      );
    const clash = earlier.find((e) => termsOverlap(e, body));
    if (clash)
      throw fail(
        'body.startsOn',
        `overlaps the household’s transfer of ${clash.startsOn}–${clash.endsOn} to this organization`,
      );
    return addToOrganization(
      tx,
      org,
      economyLandTransfers,
      {
        organizationId: org.id,
        householdId: body.householdId,
        areaHundredths: area,
        pricePerMuFen: body.pricePerMuFen,
        previousPricePerMuFen: body.previousPricePerMuFen ?? null,
        startsOn: body.startsOn,
        endsOn: body.endsOn,
      },
      { action: 'economy.organization.landTransfer.add', objectType: 'economyLandTransfer' },
    );
  });
}

/** A member's shares (for a dividend run): the members of the organization living in the village. */
export async function memberSharesIn(tx: Pick<Ctx, 'db'>, orgId: string, village: string) {
  const rows = await tx.db
    .select({
      householdId: economyOrgMembers.householdId,
      landShares: economyOrgMembers.landShares,
      cashShares: economyOrgMembers.cashShares,
      memberShares: economyOrgMembers.memberShares,
      village: households.regionCode,
    })
    .from(economyOrgMembers)
    .innerJoin(households, eq(households.id, economyOrgMembers.householdId))
    .where(eq(economyOrgMembers.organizationId, orgId));
  return rows.filter((r) => isWithinScope(r.village, village));
}

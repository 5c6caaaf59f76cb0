import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  inForceOn,
  transferRentFen,
  type BindingKind,
  type OrganizationKind,
  type OrganizationStatus,
  type PartnerKind,
} from '../../../domain/economy/organizations.ts';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import {
  economyLandTransfers,
  economyOrganizations,
  economyOrgBindings,
  economyOrgMembers,
  economyOrgOrders,
  households,
  persons,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { dissolutionsOf } from './organizationDissolutions.ts';
import { mayWriteOrganization, visibleEconomy } from './policy.ts';

// The answers about economic organizations: each with its members, 双绑 bindings and their
// orders, and land transfers, read in a handful of queries for a page of organizations.

type OrgRow = typeof economyOrganizations.$inferSelect;

const headOf = { headName: persons.name, householdRegion: households.regionCode };

/** The organizations the caller reads (within `region` when given), each in full. */
export async function listOrganizations(ctx: Ctx, region: string | undefined) {
  const actor = requireActor(ctx);
  const range = region ? scopeRange(region) : null;
  const rows = await ctx.db
    .select()
    .from(economyOrganizations)
    .where(
      and(
        visibleEconomy(actor, economyOrganizations.regionCode),
        range ? gte(economyOrganizations.regionCode, range.low) : undefined,
        range ? lte(economyOrganizations.regionCode, range.high) : undefined,
      ),
    )
    .orderBy(asc(economyOrganizations.regionCode), asc(economyOrganizations.name))
    .limit(200);
  return { items: await organizationViews(ctx, rows) };
}

/** Organizations in full: members (by household head), bindings with orders, land transfers. */
export async function organizationViews(ctx: Ctx, orgs: OrgRow[]) {
  const actor = requireActor(ctx);
  if (orgs.length === 0) return [];
  const ids = orgs.map((o) => o.id);
  const today = shanghaiDate(ctx.clock());
  const byOrg = (column: AnyPgColumn): SQL => inArray(column, ids);
  const members = await ctx.db
    .select({ m: economyOrgMembers, ...headOf })
    .from(economyOrgMembers)
    .innerJoin(households, eq(households.id, economyOrgMembers.householdId))
    .innerJoin(persons, eq(persons.id, households.headId))
    .where(byOrg(economyOrgMembers.organizationId))
    .orderBy(asc(persons.name));
  const bindings = await ctx.db
    .select({ b: economyOrgBindings, partner: economyOrganizations.name })
    .from(economyOrgBindings)
    .leftJoin(economyOrganizations, eq(economyOrganizations.id, economyOrgBindings.partnerOrgId))
    .where(byOrg(economyOrgBindings.organizationId))
    .orderBy(asc(economyOrgBindings.startsOn), asc(economyOrgBindings.id));
  const orders = bindings.length
    ? await ctx.db
        .select()
        .from(economyOrgOrders)
        .where(
          inArray(
            economyOrgOrders.bindingId,
            bindings.map((b) => b.b.id),
          ),
        )
        .orderBy(asc(economyOrgOrders.orderedOn))
    : [];
  const transfers = await ctx.db
    .select({ l: economyLandTransfers, ...headOf })
    .from(economyLandTransfers)
    .innerJoin(households, eq(households.id, economyLandTransfers.householdId))
    .innerJoin(persons, eq(persons.id, households.headId))
    .where(byOrg(economyLandTransfers.organizationId))
    .orderBy(asc(persons.name), asc(economyLandTransfers.startsOn));
  const dissolutions = await dissolutionsOf(ctx, orgs);
  return orgs.map((o) => {
    const landTransfers = transfers
      .filter((t) => t.l.organizationId === o.id)
      .map(({ l, headName }) => ({
        id: l.id,
        householdId: l.householdId,
        headName,
        area: l.areaHundredths / 100,
        pricePerMuFen: l.pricePerMuFen,
        previousPricePerMuFen: l.previousPricePerMuFen,
        rentFen: transferRentFen(l.areaHundredths, l.pricePerMuFen),
        startsOn: l.startsOn,
        endsOn: l.endsOn,
      }));
    const current = landTransfers.filter((l) => inForceOn(l, today));
    const own = members.filter((m) => m.m.organizationId === o.id);
    return {
      id: o.id,
      regionCode: o.regionCode,
      kind: o.kind as OrganizationKind,
      name: o.name,
      unionId: o.unionId,
      registeredOn: o.registeredOn,
      status: o.status as OrganizationStatus,
      dissolution: dissolutions.get(o.id) ?? null,
      members: own.map(({ m, headName, householdRegion }) => ({
        id: m.id,
        householdId: m.householdId,
        headName,
        regionCode: householdRegion,
        landShares: m.landShares,
        cashShares: m.cashShares,
        memberShares: m.memberShares,
        joinedOn: m.joinedOn,
      })),
      bindings: bindings
        .filter((b) => b.b.organizationId === o.id)
        .map(({ b, partner }) => {
          const placed = orders
            .filter((r) => r.bindingId === b.id)
            .map((r) => ({
              id: r.id,
              product: r.product,
              quantity: r.quantity,
              unit: r.unit,
              amountFen: r.amountFen,
              orderedOn: r.orderedOn,
            }));
          return {
            id: b.id,
            partnerOrgId: b.partnerOrgId,
            partnerName: partner ?? b.partnerName ?? '',
            partnerKind: b.partnerKind as PartnerKind,
            kind: b.kind as BindingKind,
            startsOn: b.startsOn,
            endsOn: b.endsOn,
            inForce: inForceOn(b, today),
            orders: placed,
            ordersFen: placed.reduce((n, r) => n + r.amountFen, 0),
          };
        }),
      landTransfers,
      totals: {
        members: own.length,
        transferredArea: current.reduce((n, l) => n + Math.round(l.area * 100), 0) / 100,
        rentFen: current.reduce((n, l) => n + l.rentFen, 0),
      },
      canWrite: o.status === 'active' && mayWriteOrganization(actor, o.regionCode),
    };
  });
}

/** One organization in full (after a write). */
export async function organizationView(ctx: Ctx, org: OrgRow) {
  const [view] = await organizationViews(ctx, [org]);
  if (!view) throw new Error('unreachable: a view per organization');
  return view;
}

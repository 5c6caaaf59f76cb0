import { asc, count, eq, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { memberships, partyOrgs, persons } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import { inRegion } from '../directory/inRegion.ts';
import { getOrg } from '../orgs/service.ts';
import type { MembershipView } from './schema.ts';

const partyGroup = alias(partyOrgs, 'party_group');
const columns = {
  membership: memberships,
  personName: persons.name,
  orgName: partyOrgs.name,
  groupName: partyGroup.name,
};
type Row = {
  membership: typeof memberships.$inferSelect;
  personName: string | null;
  orgName: string | null;
  groupName: string | null;
};

const view = (r: Row): MembershipView => ({
  personId: r.membership.personId,
  personName: r.personName,
  orgId: r.membership.orgId,
  orgName: r.orgName,
  groupId: r.membership.groupId,
  groupName: r.groupName,
  kind: r.membership.kind,
  joinDate: r.membership.joinDate,
  regionCode: r.membership.regionCode,
});

function baseQuery(ctx: Ctx) {
  return ctx.db
    .select(columns)
    .from(memberships)
    .leftJoin(persons, eq(persons.id, memberships.personId))
    .leftJoin(partyOrgs, eq(partyOrgs.id, memberships.orgId))
    .leftJoin(partyGroup, eq(partyGroup.id, memberships.groupId));
}

/** Party members of a branch or party group (or of the organizations in a region), by name. */
export async function listMemberships(
  ctx: Ctx,
  q: {
    org?: string | undefined;
    region?: string | undefined;
    kind?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Page<MembershipView>> {
  const filters: (SQL | undefined)[] = [];
  if (q.org) {
    await getOrg(ctx, q.org); // 404 when the organization is out of scope
    filters.push(or(eq(memberships.orgId, q.org), eq(memberships.groupId, q.org)));
  }
  if (q.region) filters.push(inRegion(memberships.regionCode, q.region));
  if (q.kind) filters.push(eq(memberships.kind, q.kind));
  const where = scoped(requireActor(ctx), 'directory.read', memberships.regionCode, ...filters);
  const [total] = await ctx.db.select({ n: count() }).from(memberships).where(where);
  const rows = await baseQuery(ctx)
    .where(where)
    .orderBy(asc(persons.nameSort), asc(memberships.personId))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(view), total: total?.n ?? 0 };
}

export async function getMembership(
  ctx: Ctx,
  personId: string,
  permission: 'directory.read' | 'directory.write' = 'directory.read',
): Promise<MembershipView> {
  const [row] = await baseQuery(ctx).where(
    scoped(
      requireActor(ctx),
      permission,
      memberships.regionCode,
      eq(memberships.personId, personId),
    ),
  );
  if (!row) throw notFound();
  return view(row);
}

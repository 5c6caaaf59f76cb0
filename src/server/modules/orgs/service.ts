import { and, asc, count, eq, like, sql, type SQL } from 'drizzle-orm';
import { PARTY_ORG_TYPES } from '../../../domain/directory/orgTypes.ts';
import { partyOrgs, regions } from '../../db/schema/index.ts';
import { insertAudited, patchAudited } from '../../platform/auditedWrite.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scoped, scopeWhere } from '../../platform/scope.ts';
import { newRow } from '../../platform/newRow.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { inRegion } from '../directory/inRegion.ts';
import { getRegion } from '../regions/service.ts';
import type { OrgView } from './schema.ts';

const columns = {
  org: partyOrgs,
  regionName: regions.name,
  childCount: sql<number>`(SELECT count(*)::int FROM party_orgs c WHERE c.parent_id = "party_orgs"."id")`,
  memberCount: sql<number>`(SELECT count(*)::int FROM memberships m WHERE m.org_id = "party_orgs"."id")`,
};

/** Organizations with their region's name and their children and members counted. */
const selectOrgs = (ctx: Pick<Ctx, 'db'>) =>
  ctx.db.select(columns).from(partyOrgs).leftJoin(regions, eq(regions.code, partyOrgs.regionCode));

type Row = {
  org: typeof partyOrgs.$inferSelect;
  regionName: string | null;
  childCount: number;
  memberCount: number;
};

const view = (r: Row): OrgView => ({
  id: r.org.id,
  name: r.org.name,
  type: r.org.type,
  kind: r.org.kind,
  regionCode: r.org.regionCode,
  regionName: r.regionName,
  parentId: r.org.parentId,
  childCount: Number(r.childCount),
  memberCount: Number(r.memberCount),
});

/** The org tree level by level: children of `parent`, or the organizations whose parent is outside the scope. */
export async function listOrgs(
  ctx: Ctx,
  q: {
    region?: string | undefined;
    parent?: string | undefined;
    q?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Page<OrgView>> {
  const actor = requireActor(ctx);
  const filters: (SQL | undefined)[] = [];
  if (q.parent) {
    await getOrg(ctx, q.parent);
    filters.push(eq(partyOrgs.parentId, q.parent));
  } else if (!q.q && !q.region) {
    // Roots of the visible forest: no parent, or a parent the actor cannot see.
    filters.push(
      sql`(${partyOrgs.parentId} IS NULL OR NOT EXISTS (SELECT 1 FROM party_orgs p WHERE p.id = "party_orgs"."parent_id" AND ${scopeWhere(actor, 'directory.read', sql.raw('p.region_code'))}))`,
    );
  }
  if (q.region) filters.push(inRegion(partyOrgs.regionCode, q.region));
  if (q.q) filters.push(like(partyOrgs.name, `%${q.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`));
  const where = scoped(actor, 'directory.read', partyOrgs.regionCode, ...filters);
  const [total] = await ctx.db.select({ n: count() }).from(partyOrgs).where(where);
  const rows = await selectOrgs(ctx)
    .where(where)
    .orderBy(asc(partyOrgs.regionCode), asc(partyOrgs.name))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(view), total: total?.n ?? 0 };
}

export async function getOrg(
  ctx: Ctx,
  id: string,
  permission: 'directory.read' | 'directory.write' = 'directory.read',
): Promise<OrgView> {
  const [row] = await selectOrgs(ctx).where(
    scoped(requireActor(ctx), permission, partyOrgs.regionCode, eq(partyOrgs.id, id)),
  );
  if (!row) throw notFound();
  return view(row);
}

function checkKind(type: string, kind: string): void {
  const entry = PARTY_ORG_TYPES.find((t) => t.code === type);
  if (entry && !(entry.allowedKinds as readonly string[]).includes(kind))
    throw validationError([{ path: 'body.kind', message: `a ${type} cannot be of kind ${kind}` }]);
}

async function checkParent(
  ctx: Ctx,
  parentId: string | null | undefined,
  selfId?: string,
): Promise<void> {
  if (!parentId) return;
  if (parentId === selfId)
    throw validationError([
      { path: 'body.parentId', message: 'an organization cannot be its own parent' },
    ]);
  // The parent may sit above the actor's write scope (a village branch under the township committee).
  const [parent] = await ctx.db
    .select({ id: partyOrgs.id })
    .from(partyOrgs)
    .where(
      scoped(requireActor(ctx), 'directory.read', partyOrgs.regionCode, eq(partyOrgs.id, parentId)),
    );
  if (!parent) {
    const [anywhere] = await ctx.db
      .select({ id: partyOrgs.id })
      .from(partyOrgs)
      .where(eq(partyOrgs.id, parentId));
    if (!anywhere)
      throw validationError([{ path: 'body.parentId', message: 'no such organization' }]);
  }
}

export async function createOrg(
  ctx: Ctx,
  input: {
    name: string;
    type: string;
    kind: string;
    regionCode: string;
    parentId?: string | null | undefined;
  },
): Promise<OrgView> {
  checkKind(input.type, input.kind);
  return transaction(ctx, async (tx) => {
    await getRegion(tx, input.regionCode, 'directory.write');
    await checkParent(tx, input.parentId);
    await refuseIfExists(
      tx,
      partyOrgs,
      and(eq(partyOrgs.regionCode, input.regionCode), eq(partyOrgs.name, input.name)),
      {
        zh: `本区划已有名为“${input.name}”的组织`,
        en: `An organization named ${input.name} already exists here`,
      },
    );
    const now = ctx.clock();
    const row = {
      ...newRow(now, input.regionCode),
      name: input.name,
      type: input.type,
      kind: input.kind,
      parentId: input.parentId ?? null,
      unitId: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertAudited(tx, partyOrgs, row, { action: 'org.create', objectType: 'party_org' });
    return getOrg(tx, row.id);
  });
}

export async function updateOrg(
  ctx: Ctx,
  id: string,
  patch: {
    name?: string | undefined;
    type?: string | undefined;
    parentId?: string | null | undefined;
  },
): Promise<OrgView> {
  return transaction(ctx, async (tx) => {
    const before = await getOrg(tx, id, 'directory.write');
    if (patch.type) checkKind(patch.type, before.kind);
    if (patch.parentId !== undefined) await checkParent(tx, patch.parentId, id);
    return patchAudited(
      tx,
      {
        table: partyOrgs,
        where: eq(partyOrgs.id, id),
        load: () => getOrg(tx, id, 'directory.write'),
      },
      { action: 'org.update', objectType: 'party_org', objectId: id, patch, before },
    );
  });
}

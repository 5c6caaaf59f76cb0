import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import {
  edgeShapeProblem,
  type ResponsibilityLevel,
  type ResponsibilityTargetKind,
} from '../../../domain/directory/responsibility.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { persons, responsibilityEdges } from '../../db/schema/index.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import { newRow } from '../../platform/newRow.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { inRegion } from '../directory/inRegion.ts';
import { getRegion } from '../regions/service.ts';
import { checkResponsible, checkTarget, checkWithin } from './edgeChecks.ts';
import type { EdgeView, NewEdge } from './edgeSchema.ts';

// Each branch casts only when its kind matches (a village's target is a region code, not a uuid);
// the outer table is named because Drizzle would leave a bare column to bind inside the subquery.
const targetName = sql<string | null>`CASE "responsibility_edges"."target_kind"
  WHEN 'village' THEN (SELECT r.name FROM regions r WHERE r.code = "responsibility_edges"."target_id")
  WHEN 'street' THEN (SELECT g.name FROM grids g WHERE g.id = "responsibility_edges"."target_id"::uuid)
  WHEN 'enterprise' THEN (SELECT u.name FROM units u WHERE u.id = "responsibility_edges"."target_id"::uuid)
  WHEN 'team' THEN (SELECT o.name FROM party_orgs o WHERE o.id = "responsibility_edges"."target_id"::uuid)
  WHEN 'household' THEN (SELECT p.name FROM households h JOIN persons p ON p.id = h.head_id WHERE h.id = "responsibility_edges"."target_id"::uuid)
  ELSE (SELECT p.name FROM persons p WHERE p.id = "responsibility_edges"."target_id"::uuid) END`;
const regionName = sql<
  string | null
>`(SELECT r.name FROM regions r WHERE r.code = "responsibility_edges"."region_code")`;
const columns = {
  edge: responsibilityEdges,
  responsibleName: persons.name,
  targetName,
  regionName,
};
type Row = {
  edge: typeof responsibilityEdges.$inferSelect;
  responsibleName: string | null;
  targetName: string | null;
  regionName: string | null;
};
const view = (r: Row): EdgeView => ({
  id: r.edge.id,
  level: r.edge.level,
  responsibleId: r.edge.responsibleId,
  responsibleName: r.responsibleName,
  targetKind: r.edge.targetKind,
  targetId: r.edge.targetId,
  targetName: r.targetName,
  withinId: r.edge.withinId,
  regionCode: r.edge.regionCode,
  regionName: r.regionName,
});
const baseQuery = (ctx: Ctx) =>
  ctx.db
    .select(columns)
    .from(responsibilityEdges)
    .leftJoin(persons, eq(persons.id, responsibilityEdges.responsibleId));

/** 五级联包 edges in scope, by region, level, responsible person or target. */
export async function listEdges(
  ctx: Ctx,
  q: {
    region?: string | undefined;
    level?: number | undefined;
    responsible?: string | undefined;
    target?: string | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Page<EdgeView>> {
  const filters: (SQL | undefined)[] = [];
  if (q.region) filters.push(inRegion(responsibilityEdges.regionCode, q.region));
  if (q.level) filters.push(eq(responsibilityEdges.level, q.level));
  if (q.responsible) filters.push(eq(responsibilityEdges.responsibleId, q.responsible));
  if (q.target) filters.push(eq(responsibilityEdges.targetId, q.target));
  const where = scoped(
    requireActor(ctx),
    'directory.read',
    responsibilityEdges.regionCode,
    ...filters,
  );
  const [total] = await ctx.db.select({ n: count() }).from(responsibilityEdges).where(where);
  const rows = await baseQuery(ctx)
    .where(where)
    .orderBy(
      asc(responsibilityEdges.regionCode),
      asc(responsibilityEdges.level),
      asc(persons.nameSort),
      asc(responsibilityEdges.id),
    )
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(view), total: total?.n ?? 0 };
}

async function getEdge(
  ctx: Ctx,
  id: string,
  permission: 'directory.read' | 'directory.write',
): Promise<EdgeView> {
  const [row] = await baseQuery(ctx).where(
    scoped(
      requireActor(ctx),
      permission,
      responsibilityEdges.regionCode,
      eq(responsibilityEdges.id, id),
    ),
  );
  if (!row) throw notFound();
  return view(row);
}

/** Adds an edge after checking its shape and that everything it names exists in scope; a duplicate is a conflict. */
export async function createEdge(ctx: Ctx, input: NewEdge): Promise<EdgeView> {
  const level = input.level as ResponsibilityLevel;
  const withinId = input.withinId ?? null;
  const problem = edgeShapeProblem({
    id: '',
    level,
    responsibleId: input.responsibleId,
    targetKind: input.targetKind as ResponsibilityTargetKind,
    targetId: input.targetId,
    withinId,
    regionCode: input.regionCode,
  });
  if (problem) throw validationError([{ path: 'body', message: problem }]);
  return transaction(ctx, async (tx) => {
    await getRegion(tx, input.regionCode, 'directory.write');
    await checkResponsible(tx, input);
    await checkTarget(tx, input);
    await checkWithin(tx, { ...input, level });
    const key = and(
      eq(responsibilityEdges.level, level),
      eq(responsibilityEdges.responsibleId, input.responsibleId),
      eq(responsibilityEdges.targetKind, input.targetKind),
      eq(responsibilityEdges.targetId, input.targetId),
    );
    await refuseIfExists(
      tx,
      responsibilityEdges,
      key,
      { zh: '该联包关系已存在', en: 'This responsibility edge already exists' },
      { existingId: true },
    );
    const now = ctx.clock();
    const row = {
      ...newRow(now, input.regionCode),
      level,
      responsibleId: input.responsibleId,
      targetKind: input.targetKind,
      targetId: input.targetId,
      withinId,
      createdAt: now,
      updatedAt: now,
    };
    await insertAudited(tx, responsibilityEdges, row, {
      action: 'responsibility.create',
      objectType: 'responsibility_edge',
    });
    return getEdge(tx, row.id, 'directory.write');
  });
}

/** Removes an edge (reassigning a household is a delete and a create); the audit log keeps what it was. */
export async function deleteEdge(ctx: Ctx, id: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    const before = await getEdge(tx, id, 'directory.write');
    await tx.db.delete(responsibilityEdges).where(eq(responsibilityEdges.id, id));
    await appendAudit(tx, {
      action: 'responsibility.delete',
      objectType: 'responsibility_edge',
      objectId: id,
      regionCode: before.regionCode,
      before,
    });
  });
}

import { and, eq, sql, type SQL } from 'drizzle-orm';
import { can, type Actor } from '../../../domain/access/policy.ts';
import { unions, unionVillages } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { scopeWhere } from '../../platform/scope.ts';

/**
 * Who sees and changes a union — decided here only:
 *   readers  — directory.read over any member village (a union cadre's grant is spread over its
 *              villages by the session, so they see exactly their union)
 *   managers — unions.manage over every member village (and over a village being added)
 * A union nobody lets the caller see answers 404; one they see but may not change answers 403.
 */
export function unionsVisible(actor: Actor, extra?: SQL): SQL {
  const inScope = scopeWhere(actor, 'directory.read', sql`uv.region_code`);
  const visible = sql`EXISTS (SELECT 1 FROM ${unionVillages} uv WHERE uv.union_id = ${unions.id} AND ${inScope})`;
  return extra ? (and(visible, extra) ?? visible) : visible;
}

export type UnionRow = typeof unions.$inferSelect;

export interface LoadedUnion {
  row: UnionRow;
  /** Member village codes, the lead first. */
  villages: string[];
}

/** The union if the caller may read it, else 404. */
export async function loadUnion(ctx: Ctx, id: string): Promise<LoadedUnion> {
  // One row per member village; none at all when the caller may not read the union.
  const rows = await ctx.db
    .select({ union: unions, code: unionVillages.villageCode })
    .from(unions)
    .innerJoin(unionVillages, eq(unionVillages.unionId, unions.id))
    .where(unionsVisible(requireActor(ctx), eq(unions.id, id)))
    .orderBy(unionVillages.villageCode);
  const row = rows[0]?.union;
  if (!row) throw notFound();
  const codes = rows.map((r) => r.code);
  const lead = codes.filter((c) => c === row.leadCode);
  return { row, villages: [...lead, ...codes.filter((c) => c !== row.leadCode)] };
}

export function mayManage(actor: Actor, villages: readonly string[]): boolean {
  return villages.length > 0 && villages.every((v) => can(actor, 'unions.manage', v));
}

/** The union if the caller may change it: 404 when unseen, 403 when seen but not theirs. */
export async function loadUnionToManage(ctx: Ctx, id: string): Promise<LoadedUnion> {
  const union = await loadUnion(ctx, id);
  if (!mayManage(requireActor(ctx), union.villages)) throw new AppError('FORBIDDEN');
  return union;
}

import { asc, count, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/access/policy.ts';
import type { Permission } from '../../../domain/access/roles.ts';
import { grantsAllowing } from '../../../domain/access/policy.ts';
import { isWithinScope, parseRegionCode } from '../../../domain/region/regionCode.ts';
import { regions } from '../../db/schema/index.ts';
import { insertAudited, patchAudited } from '../../platform/auditedWrite.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import { regionRow, type RegionInput } from './regionRow.ts';
import type { RegionView } from './schema.ts';

type RegionRow = typeof regions.$inferSelect;

// Correlated on the outer row; spelled out because the inner table is the same one, aliased.
const childCount = sql<number>`(SELECT count(*)::int FROM regions AS c WHERE c.parent_code = regions.code)`;
const parentName = sql<
  string | null
>`(SELECT p.name FROM regions AS p WHERE p.code = regions.parent_code)`;

function view(row: RegionRow & { childCount: number; parentName: string | null }): RegionView {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    parentCode: row.parentCode,
    parentName: row.parentName,
    urbanRuralClass: row.urbanRuralClass,
    population: row.population,
    households: row.households,
    lat: row.lat,
    lng: row.lng,
    childCount: Number(row.childCount),
  };
}

/** The top of each subtree the actor may read (a grant inside another grant's scope is not a root). */
function rootCodes(actor: Actor): string[] {
  const codes = [...new Set(grantsAllowing(actor, 'regions.read').map((g) => g.regionCode))];
  return codes.filter((c) => !codes.some((other) => other !== c && isWithinScope(c, other)));
}

export async function listRegions(
  ctx: Ctx,
  q: { parent?: string; q?: string; page: number; pageSize: number },
): Promise<Page<RegionView>> {
  const actor = requireActor(ctx);
  if (q.parent) await getRegion(ctx, q.parent); // 404 when the parent is out of scope
  const where = scoped(
    actor,
    'regions.read',
    regions.regionCode,
    // a search without a parent looks through the whole scope (a picker finds a village by name)
    q.parent
      ? eq(regions.parentCode, q.parent)
      : q.q
        ? undefined
        : inArray(regions.code, rootCodes(actor)),
    q.q ? ilike(regions.name, `%${q.q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`) : undefined,
  );
  const [total] = await ctx.db.select({ n: count() }).from(regions).where(where);
  const rows = await ctx.db
    .select({ ...regionColumns, childCount, parentName })
    .from(regions)
    .where(where)
    .orderBy(asc(regions.code))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map(view), total: total?.n ?? 0 };
}

const regionColumns = {
  code: regions.code,
  regionCode: regions.regionCode,
  countyCode: regions.countyCode,
  parentCode: regions.parentCode,
  level: regions.level,
  name: regions.name,
  urbanRuralClass: regions.urbanRuralClass,
  lat: regions.lat,
  lng: regions.lng,
  population: regions.population,
  households: regions.households,
  createdAt: regions.createdAt,
  updatedAt: regions.updatedAt,
};

/** A region the actor holds `permission` over (404 otherwise). */
export async function getRegion(
  ctx: Ctx,
  code: string,
  permission: Permission = 'regions.read',
): Promise<RegionView> {
  const [row] = await ctx.db
    .select({ ...regionColumns, childCount, parentName })
    .from(regions)
    .where(scoped(requireActor(ctx), permission, regions.regionCode, eq(regions.code, code)));
  if (!row) throw notFound();
  return view(row);
}

/** Adds a region under an existing parent inside the actor's scope. */
export async function createRegion(ctx: Ctx, input: RegionInput): Promise<RegionView> {
  const parsed = parseRegionCode(input.code);
  if (!parsed.ok || !parsed.info.parentCode)
    throw new AppError(
      'VALIDATION',
      { zh: '只能在已有的上级区划下新增', en: 'A region is added under an existing parent' },
      { issues: [{ path: 'body.code', message: 'no parent' }] },
    );
  const parentCode = parsed.info.parentCode;
  return transaction(ctx, async (tx) => {
    await getRegion(tx, parentCode, 'regions.write');
    const [existing] = await tx.db
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.code, input.code));
    if (existing)
      throw new AppError('CONFLICT', {
        zh: `区划代码 ${input.code} 已存在`,
        en: `Region code ${input.code} already exists`,
      });
    const row = regionRow(input, ctx.clock());
    await insertAudited(tx, regions, row, {
      action: 'region.create',
      objectType: 'region',
      objectId: input.code,
      regionCode: input.code,
    });
    return getRegion(tx, input.code, 'regions.write');
  });
}

export async function updateRegion(
  ctx: Ctx,
  code: string,
  patch: Partial<Omit<RegionInput, 'code'>>,
): Promise<RegionView> {
  return transaction(ctx, async (tx) => {
    const before = await getRegion(tx, code, 'regions.write');
    return patchAudited(
      tx,
      {
        table: regions,
        where: eq(regions.code, code),
        load: () => getRegion(tx, code, 'regions.write'),
      },
      {
        action: 'region.update',
        objectType: 'region',
        objectId: code,
        regionCode: code,
        patch,
        before,
      },
    );
  });
}

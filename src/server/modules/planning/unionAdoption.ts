import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { describeViolation } from '../../../domain/planning/unions/checkUnionPlan.ts';
import { evaluateUnions } from '../../../domain/planning/unions/evaluateUnions.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { regions, unions, unionVillages } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { scopeWhere } from '../../platform/scope.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { getRegion } from '../regions/service.ts';
import type { UnionRulesPatch } from './schema.ts';
import { unionInputFor } from './unionPlanning.ts';
import type { adoptedUnionView, unionList, unionsAdoptedView } from './views.ts';

type AdoptedUnion = z.infer<typeof adoptedUnionView>;

/**
 * Adopts edited unions: rechecked first (any broken rule → 400 with the violations, nothing
 * written); a village already in an adopted union → 409; else every union in one transaction.
 */
export async function adoptUnions(
  ctx: Ctx,
  body: {
    region: string;
    rules?: UnionRulesPatch | undefined;
    unions: { lead: string; members: string[]; name?: string | undefined }[];
  },
): Promise<z.infer<typeof unionsAdoptedView>> {
  const actor = requireActor(ctx);
  const { input, villages } = await unionInputFor(ctx, body.region, body.rules);
  const known = new Set(villages.map((v) => v.code));
  const unknown = body.unions.flatMap((u) => [u.lead, ...u.members]).filter((c) => !known.has(c));
  if (unknown.length > 0)
    throw new AppError(
      'VALIDATION',
      {
        zh: `不是本区域可规划的村：${unknown.join('、')}`,
        en: `Not a plannable village of this region: ${unknown.join(', ')}`,
      },
      { issues: [{ path: 'body.unions', message: 'unknown villages' }] },
    );
  const { plan, violations } = evaluateUnions(input, body.unions);
  if (violations.length > 0) {
    const messages = violations.map(describeViolation);
    throw new AppError(
      'VALIDATION',
      {
        zh: `方案不符合规则（${violations.length} 处）`,
        en: `The unions break the rules: ${messages[0] ?? ''}`,
      },
      { issues: messages.map((message) => ({ path: 'body.unions', message })), violations },
    );
  }
  const nameOf = new Map(villages.map((v) => [v.code, v.name]));
  return transaction(ctx, async (tx) => {
    const codes = plan.unions.flatMap((u) => u.members);
    const taken = await tx.db
      .select({ code: unionVillages.villageCode })
      .from(unionVillages)
      .where(inArray(unionVillages.villageCode, codes));
    if (taken.length > 0) {
      const list = taken.map((t) => t.code);
      throw new AppError(
        'CONFLICT',
        {
          zh: `已在联建中的村：${list.join('、')}`,
          en: `Already in an adopted union: ${list.join(', ')}`,
        },
        { villages: list },
      );
    }
    const now = ctx.clock();
    const countyCode = body.region.slice(0, 6);
    const adopted: AdoptedUnion[] = [];
    for (const [k, union] of plan.unions.entries()) {
      const name =
        body.unions[k]?.name ??
        `${nameOf.get(union.lead) ?? union.lead}等${union.members.length}村联建`;
      const row = {
        id: uuidv7(now.getTime()),
        regionCode: body.region,
        countyCode,
        name,
        leadCode: union.lead,
        form: 'leadVillage',
        createdAt: now,
        adoptedBy: actor.accountId,
      };
      await tx.db.insert(unions).values(row);
      await tx.db.insert(unionVillages).values(
        union.members.map((code) => ({
          unionId: row.id,
          villageCode: code,
          regionCode: code,
          countyCode,
        })),
      );
      await appendAudit(tx, {
        action: 'union.adopt',
        objectType: 'union',
        objectId: row.id,
        regionCode: body.region,
        after: { ...row, members: union.members, population: union.population, cost: union.cost },
      });
      adopted.push({ id: row.id, name, lead: union.lead, members: union.members });
    }
    return { unions: adopted };
  });
}

/** Adopted unions with a member village inside `region` and the actor's directory scope. */
export async function listUnions(ctx: Ctx, region: string): Promise<z.infer<typeof unionList>> {
  await getRegion(ctx, region, 'directory.read');
  const { low, high } = scopeRange(region);
  const inScope = scopeWhere(requireActor(ctx), 'directory.read', sql`uv.region_code`);
  const where = sql`EXISTS (SELECT 1 FROM union_villages uv WHERE uv.union_id = "unions"."id" AND uv.village_code BETWEEN ${low} AND ${high} AND ${inScope})`;
  const rows = await ctx.db.select().from(unions).where(where).orderBy(asc(unions.name));
  if (rows.length === 0) return { items: [] };
  const members = await ctx.db
    .select({ unionId: unionVillages.unionId, code: unionVillages.villageCode, name: regions.name })
    .from(unionVillages)
    .innerJoin(regions, eq(regions.code, unionVillages.villageCode))
    .where(
      inArray(
        unionVillages.unionId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(unionVillages.villageCode));
  const items = rows.map((r) => {
    const own = members.filter((m) => m.unionId === r.id);
    const ordered = [
      ...own.filter((m) => m.code === r.leadCode),
      ...own.filter((m) => m.code !== r.leadCode),
    ];
    return {
      id: r.id,
      name: r.name,
      lead: r.leadCode,
      members: ordered.map((m) => m.code),
      regionCode: r.regionCode,
      form: r.form,
      createdAt: r.createdAt.toISOString(),
      villages: ordered.map((m) => ({ code: m.code, name: m.name })),
    };
  });
  return { items };
}

import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { describeViolation } from '../../../domain/planning/unions/checkUnionPlan.ts';
import { evaluateUnions } from '../../../domain/planning/unions/evaluateUnions.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { unionVillages } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { insertUnion } from '../unions/insertUnion.ts';
import type { UnionRulesPatch } from './schema.ts';
import { unionInputFor } from './unionPlanning.ts';
import type { adoptedUnionView, unionsAdoptedView } from './views.ts';

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
    const adopted: AdoptedUnion[] = [];
    for (const [k, union] of plan.unions.entries()) {
      const name =
        body.unions[k]?.name ??
        `${nameOf.get(union.lead) ?? union.lead}等${union.members.length}村联建`;
      // Each union gets its 联合党委 and the first line of its history (unions/insertUnion.ts).
      const row = await insertUnion(tx, {
        regionCode: body.region,
        name,
        lead: union.lead,
        members: union.members,
        form: 'leadVillage',
        org: { type: 'unionCommittee' },
      });
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

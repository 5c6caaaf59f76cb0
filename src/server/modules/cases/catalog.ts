import { and, eq } from 'drizzle-orm';
import { caseTypeProblem, effectiveCatalog, type CaseType } from '../../../domain/cases/catalog.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { caseTypes } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { authorizeInRegion, catalogCounty } from './policy.ts';

export const countyCodeOf = (region: string): string => region.slice(0, 6);

/** The county's effective catalog: presets with its overrides and additions. */
export async function catalogOf(ctx: Ctx, countyCode: string): Promise<CaseType[]> {
  const rows = await ctx.db
    .select({ definition: caseTypes.definition })
    .from(caseTypes)
    .where(eq(caseTypes.countyCode, countyCode));
  return effectiveCatalog(rows.map((r) => r.definition));
}

export async function caseTypeOf(
  ctx: Ctx,
  countyCode: string,
  code: string,
): Promise<CaseType | undefined> {
  return (await catalogOf(ctx, countyCode)).find((t) => t.code === code);
}

/** A county admin overrides a preset or adds a type; audited with before and after. */
export async function putCaseType(
  ctx: Ctx,
  code: string,
  county: string | undefined,
  body: Omit<CaseType, 'code'>,
): Promise<CaseType> {
  const actor = requireActor(ctx);
  const countyCode = catalogCounty(ctx, county);
  const regionCode = countyCode + '000000';
  authorizeInRegion(actor, 'configure', regionCode);
  const definition: CaseType = { ...body, code, departmentName: body.departmentName || undefined };
  const problem = caseTypeProblem(definition);
  if (problem) throw validationError([{ path: 'body', message: problem }]);
  return transaction(ctx, async (tx) => {
    const before = await caseTypeOf(tx, countyCode, code);
    if (before && before.kind !== definition.kind)
      throw new AppError('CONFLICT', {
        zh: '不能改变已有事项类型的种类',
        en: 'The kind of an existing case type cannot change',
      });
    const now = tx.clock();
    const [existing] = await tx.db
      .select({ id: caseTypes.id })
      .from(caseTypes)
      .where(and(eq(caseTypes.countyCode, countyCode), eq(caseTypes.code, code)));
    if (existing)
      await tx.db
        .update(caseTypes)
        .set({ definition, updatedAt: now, updatedBy: actor.accountId })
        .where(eq(caseTypes.id, existing.id));
    else
      await tx.db.insert(caseTypes).values({
        id: uuidv7(now.getTime()),
        regionCode,
        countyCode,
        code,
        definition,
        updatedAt: now,
        updatedBy: actor.accountId,
      });
    await appendAudit(tx, {
      action: 'cases.catalog.put',
      objectType: 'case_type',
      objectId: code,
      regionCode,
      before: before ?? null,
      after: definition,
    });
    return definition;
  });
}

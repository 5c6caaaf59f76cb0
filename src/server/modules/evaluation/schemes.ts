import { and, asc, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { SchemeDefinition } from '../../../domain/evaluation/scheme.ts';
import { schemeProblems } from '../../../domain/evaluation/schemeProblems.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { evaluationRounds, evaluationSchemes } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound, validationError } from '../../platform/errors.ts';
import { scoped, scopeWhere } from '../../platform/scope.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { managesSchemes, schemeCounty } from './policy.ts';
import { newSchemeRow, PRESET_REGION } from './presets.ts';

type SchemeRow = typeof evaluationSchemes.$inferSelect;
export interface SchemeView {
  id: string;
  key: string;
  version: number;
  name: string;
  subjectType: string;
  isPreset: boolean;
  regionCode: string | null;
  definition: SchemeDefinition;
}

const view = (r: SchemeRow): SchemeView => ({
  id: r.id,
  key: r.key,
  version: r.version,
  name: r.name,
  subjectType: r.subjectType,
  isPreset: r.isPreset,
  regionCode: r.isPreset ? null : r.regionCode,
  definition: r.definition,
});

const visible = (ctx: Ctx) =>
  or(
    eq(evaluationSchemes.regionCode, PRESET_REGION),
    scopeWhere(requireActor(ctx), 'evaluation.read', evaluationSchemes.regionCode),
  );

/** Presets and the schemes of the actor's counties, current versions only. */
export async function listSchemes(ctx: Ctx): Promise<{ items: SchemeView[] }> {
  const rows = await ctx.db
    .select()
    .from(evaluationSchemes)
    .where(and(visible(ctx), isNull(evaluationSchemes.supersededAt)))
    .orderBy(desc(evaluationSchemes.isPreset), asc(evaluationSchemes.createdAt));
  return { items: rows.map(view) };
}

export async function schemeRow(ctx: Ctx, id: string): Promise<SchemeRow> {
  const [row] = await ctx.db
    .select()
    .from(evaluationSchemes)
    .where(and(visible(ctx), eq(evaluationSchemes.id, id)));
  if (!row) throw notFound();
  return row;
}

export async function getScheme(ctx: Ctx, id: string): Promise<SchemeView> {
  return view(await schemeRow(ctx, id));
}

function checkDefinition(definition: SchemeDefinition): void {
  const problems = schemeProblems(definition);
  if (problems.length > 0)
    throw validationError(
      problems.map((p) => ({ path: `body.definition.${p.split(':')[0]}`, message: p })),
    );
}

async function insertScheme(
  ctx: Ctx,
  regionCode: string,
  definition: SchemeDefinition,
  version: number,
): Promise<SchemeRow> {
  const now = ctx.clock();
  const row = newSchemeRow(uuidv7(now.getTime()), regionCode, definition, version, now);
  await ctx.db.insert(evaluationSchemes).values(row);
  return row;
}

/** Creates a county scheme, from scratch or as a copy of a visible scheme under a new key. */
export async function createScheme(
  ctx: Ctx,
  body: { copyOf: string; key: string; name: string } | { definition: SchemeDefinition },
): Promise<SchemeView> {
  const county = schemeCounty(requireActor(ctx));
  return transaction(ctx, async (tx) => {
    let definition: SchemeDefinition;
    if ('copyOf' in body) {
      const source = await schemeRow(tx, body.copyOf);
      definition = { ...source.definition, key: body.key, name: body.name };
    } else definition = body.definition;
    checkDefinition(definition);
    await refuseIfExists(
      tx,
      evaluationSchemes,
      and(
        inArray(evaluationSchemes.regionCode, [county, PRESET_REGION]),
        eq(evaluationSchemes.key, definition.key),
      ),
      {
        zh: `方案标识“${definition.key}”已被使用`,
        en: `The scheme key ${definition.key} is taken`,
      },
    );
    const row = await insertScheme(tx, county, definition, 1);
    await appendAudit(tx, {
      action: 'evaluation.scheme.create',
      objectType: 'evaluation_scheme',
      objectId: row.id,
      regionCode: county,
      after: definition,
      detail: 'copyOf' in body ? { copyOf: body.copyOf } : {},
    });
    return view(row);
  });
}

/**
 * Edits a county scheme. Never under a running round (409); a scheme only closed rounds used gets
 * a new version, so those rounds keep the rules they were decided by; an unused one is edited.
 */
export async function editScheme(
  ctx: Ctx,
  id: string,
  definition: SchemeDefinition,
): Promise<SchemeView> {
  return transaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(evaluationSchemes)
      .where(
        and(
          scoped(
            requireActor(tx),
            'evaluation.manage',
            evaluationSchemes.regionCode,
            eq(evaluationSchemes.id, id),
          ),
        ),
      )
      .for('update');
    if (!row) {
      const [preset] = await tx.db
        .select({ id: evaluationSchemes.id })
        .from(evaluationSchemes)
        .where(and(eq(evaluationSchemes.id, id), eq(evaluationSchemes.regionCode, PRESET_REGION)));
      if (preset && managesSchemes(requireActor(tx)))
        throw new AppError('CONFLICT', {
          zh: '预置方案不能直接修改，请先复制',
          en: 'A preset is not edited; copy it first',
        });
      throw notFound();
    }
    if (row.supersededAt)
      throw new AppError('CONFLICT', {
        zh: '该版本已被新版本取代',
        en: 'This version has been replaced by a newer one',
      });
    if (definition.key !== row.key)
      throw validationError([
        { path: 'body.definition.key', message: 'the key of a scheme does not change' },
      ]);
    checkDefinition(definition);
    const rounds = await tx.db
      .select({ status: evaluationRounds.status })
      .from(evaluationRounds)
      .where(eq(evaluationRounds.schemeId, id));
    if (rounds.some((r) => r.status === 'open'))
      throw new AppError('CONFLICT', {
        zh: '该方案正用于进行中的评星轮次，不能修改',
        en: 'A running round uses this scheme; it cannot be edited',
      });
    const now = tx.clock();
    let result: SchemeRow;
    if (rounds.length > 0) {
      await tx.db
        .update(evaluationSchemes)
        .set({ supersededAt: now, updatedAt: now })
        .where(eq(evaluationSchemes.id, id));
      result = await insertScheme(tx, row.regionCode, definition, row.version + 1);
    } else {
      await tx.db
        .update(evaluationSchemes)
        .set({
          definition,
          name: definition.name,
          subjectType: definition.subjectType,
          updatedAt: now,
        })
        .where(eq(evaluationSchemes.id, id));
      result = {
        ...row,
        definition,
        name: definition.name,
        subjectType: definition.subjectType,
        updatedAt: now,
      };
    }
    await appendAudit(tx, {
      action: 'evaluation.scheme.edit',
      objectType: 'evaluation_scheme',
      objectId: result.id,
      regionCode: row.regionCode,
      before: row.definition,
      after: definition,
      detail: { version: result.version },
    });
    return view(result);
  });
}

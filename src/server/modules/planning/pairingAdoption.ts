import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { scopeRange } from '../../../domain/region/regionCode.ts';
import { pairings, regions, units } from '../../db/schema/index.ts';
import { insertAudited } from '../../platform/auditedWrite.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { scoped } from '../../platform/scope.ts';
import { newRow } from '../../platform/newRow.ts';
import { getRegion } from '../regions/service.ts';
import type { pairingList, pairingsAdoptedView } from './views.ts';
import { fromPairings } from '../obligations/fromPairings.ts';

export interface AdoptPairingsBody {
  pairs: { unit: string; village: string }[];
  periodStart: string;
  periodEnd?: string | undefined;
}

/**
 * Adopts unit ↔ village pairs for a period, all or none: every unit and village inside the
 * actor's planning scope (else 404), a unit only with villages of its county (else 400), a pair
 * already adopted for the same start → 409.
 */
export async function adoptPairings(
  ctx: Ctx,
  body: AdoptPairingsBody,
): Promise<z.infer<typeof pairingsAdoptedView>> {
  const actor = requireActor(ctx);
  const keys = body.pairs.map((p) => `${p.unit}|${p.village}`);
  if (new Set(keys).size !== keys.length)
    throw new AppError(
      'VALIDATION',
      { zh: '同一结对重复出现', en: 'A pair is listed twice' },
      { issues: [{ path: 'body.pairs', message: 'duplicate pair' }] },
    );
  return transaction(ctx, async (tx) => {
    const unitIds = [...new Set(body.pairs.map((p) => p.unit))];
    const villageCodes = [...new Set(body.pairs.map((p) => p.village))];
    const foundUnits = await tx.db
      .select({ id: units.id, countyCode: units.countyCode })
      .from(units)
      .where(scoped(actor, 'planning.run', units.regionCode, inArray(units.id, unitIds)));
    const foundVillages = await tx.db
      .select({ code: regions.code })
      .from(regions)
      .where(
        scoped(
          actor,
          'planning.run',
          regions.regionCode,
          inArray(regions.code, villageCodes),
          eq(regions.level, 'village'),
        ),
      );
    if (foundUnits.length !== unitIds.length || foundVillages.length !== villageCodes.length)
      throw notFound();
    const countyOf = new Map(foundUnits.map((u) => [u.id, u.countyCode]));
    const foreign = body.pairs.find((p) => countyOf.get(p.unit) !== p.village.slice(0, 6));
    if (foreign)
      throw new AppError(
        'VALIDATION',
        { zh: '单位只能与本县的村结对', en: 'A unit pairs only with villages of its county' },
        { issues: [{ path: 'body.pairs', message: `${foreign.unit} ↔ ${foreign.village}` }] },
      );
    const existing = await tx.db
      .select({ unit: pairings.unitId, village: pairings.villageCode })
      .from(pairings)
      .where(
        and(
          inArray(pairings.unitId, unitIds),
          inArray(pairings.villageCode, villageCodes),
          eq(pairings.periodStart, body.periodStart),
        ),
      );
    const taken = existing.filter((e) => keys.includes(`${e.unit}|${e.village}`));
    if (taken.length > 0)
      throw new AppError(
        'CONFLICT',
        {
          zh: '该结对已在同一起始日期采纳',
          en: 'A pair was already adopted from the same start date',
        },
        { pairs: taken },
      );
    const now = ctx.clock();
    const adopted: z.infer<typeof pairingsAdoptedView>['pairings'] = [];
    for (const pair of body.pairs) {
      const row = {
        ...newRow(now, pair.village),
        unitId: pair.unit,
        villageCode: pair.village,
        periodStart: body.periodStart,
        periodEnd: body.periodEnd ?? null,
        createdAt: now,
      };
      await insertAudited(tx, pairings, row, { action: 'pairing.adopt', objectType: 'pairing' });
      adopted.push({ id: row.id, unit: pair.unit, village: pair.village });
    }
    return { pairings: adopted };
  });
}

/** Adopted pairings of the villages inside `region` and the actor's directory scope. */
export async function listPairings(ctx: Ctx, region: string): Promise<z.infer<typeof pairingList>> {
  await getRegion(ctx, region, 'directory.read');
  const { low, high } = scopeRange(region);
  const rows = await fromPairings(
    ctx.db.select({
      id: pairings.id,
      unit: pairings.unitId,
      unitName: units.name,
      village: pairings.villageCode,
      villageName: regions.name,
      periodStart: pairings.periodStart,
      periodEnd: pairings.periodEnd,
    }),
  )
    .where(
      scoped(
        requireActor(ctx),
        'directory.read',
        pairings.regionCode,
        sql`${pairings.regionCode} BETWEEN ${low} AND ${high}`,
      ),
    )
    .orderBy(asc(pairings.villageCode), asc(units.name));
  return { items: rows };
}

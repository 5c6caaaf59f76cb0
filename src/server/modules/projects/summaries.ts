import { asc, eq, inArray } from 'drizzle-orm';
import { isProjectStatus, isProjectType } from '../../../domain/projects/kinds.ts';
import {
  pairings,
  projects,
  projectVillages,
  regions,
  unions,
  units,
} from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { fromPairings } from '../obligations/fromPairings.ts';
import type { ProjectRow } from './load.ts';
import { moneyOf, progressOf } from './progress.ts';
import type { ProjectSummary } from './views.ts';

/** Projects as lists show them: villages, union, pairing and parent by name, progress and money. */
export async function summarize(ctx: Ctx, rows: readonly ProjectRow[]): Promise<ProjectSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const villages = await ctx.db
    .select({ projectId: projectVillages.projectId, code: regions.code, name: regions.name })
    .from(projectVillages)
    .innerJoin(regions, eq(regions.code, projectVillages.villageCode))
    .where(inArray(projectVillages.projectId, ids))
    .orderBy(asc(projectVillages.villageCode));
  const unionIds = rows.flatMap((r) => (r.unionId ? [r.unionId] : []));
  const unionNames = unionIds.length
    ? await ctx.db
        .select({ id: unions.id, name: unions.name })
        .from(unions)
        .where(inArray(unions.id, unionIds))
    : [];
  const pairingIds = rows.flatMap((r) => (r.pairingId ? [r.pairingId] : []));
  const pairingNames = pairingIds.length
    ? await fromPairings(
        ctx.db.select({ id: pairings.id, unit: units.name, village: regions.name }),
      ).where(inArray(pairings.id, pairingIds))
    : [];
  const parentIds = rows.flatMap((r) => (r.parentId ? [r.parentId] : []));
  const parentNames = parentIds.length
    ? await ctx.db
        .select({ id: projects.id, name: projects.name })
        .from(projects)
        .where(inArray(projects.id, parentIds))
    : [];
  const progress = await progressOf(ctx, ids);
  const money = await moneyOf(ctx, ids);
  const named = (list: { id: string; name: string }[], id: string | null) =>
    (id && list.find((x) => x.id === id)) || null;
  return rows.map((r) => {
    const pairing = pairingNames.find((p) => p.id === r.pairingId);
    return {
      id: r.id,
      name: r.name,
      type: isProjectType(r.type) ? r.type : 'industry',
      status: isProjectStatus(r.status) ? r.status : 'planned',
      key: r.key,
      regionCode: r.regionCode,
      villages: villages
        .filter((v) => v.projectId === r.id)
        .map((v) => ({ code: v.code, name: v.name })),
      union: named(unionNames, r.unionId),
      pairing: pairing ? { id: pairing.id, name: `${pairing.unit} ↔ ${pairing.village}` } : null,
      parent: named(parentNames, r.parentId),
      weight: r.weight,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      progress: progress.get(r.id) ?? 0,
      budget: money.get(r.id)?.budget ?? 0,
      spent: money.get(r.id)?.spent ?? 0,
    };
  });
}

import { and, asc, count, eq, ilike, sql } from 'drizzle-orm';
import { projects, projectVillages } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { offsetOf } from '../../platform/pagination.ts';
import { withinRegion } from '../../platform/scope.ts';
import { mayCreateProjects, visibleProjects } from './policy.ts';
import type { ListProjectsQuery } from './schema.ts';
import { summarize } from './summaries.ts';
import type { ProjectPage } from './views.ts';

/**
 * The projects the caller reads (a region filter outside their scope finds none), by start day
 * (newest first): by region, type, status, union, pairing, name.
 */
export async function listProjects(ctx: Ctx, q: ListProjectsQuery): Promise<ProjectPage> {
  const actor = requireActor(ctx);
  const where = and(
    visibleProjects(actor),
    q.region
      ? sql`EXISTS (SELECT 1 FROM ${projectVillages} r WHERE r.project_id = "projects"."id" AND ${withinRegion(sql`r.region_code`, q.region)})`
      : undefined,
    q.type ? eq(projects.type, q.type) : undefined,
    q.status ? eq(projects.status, q.status) : undefined,
    q.unionId ? eq(projects.unionId, q.unionId) : undefined,
    q.pairingId ? eq(projects.pairingId, q.pairingId) : undefined,
    q.q ? ilike(projects.name, `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(projects)
    .where(where)
    .orderBy(sql`${projects.startsOn} DESC`, asc(projects.name), asc(projects.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [total] = await ctx.db.select({ n: count() }).from(projects).where(where);
  return {
    items: await summarize(ctx, rows),
    total: total?.n ?? 0,
    abilities: { create: mayCreateProjects(actor) },
  };
}

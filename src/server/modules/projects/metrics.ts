import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { projectOutcomes, projects, projectVillages } from '../../db/schema/index.ts';
import { registerMetric, type MetricValue } from '../evaluation/metricRegistry.ts';
import { progressOf } from './progress.ts';

// Project figures for star rules, from the project records (enter once). A village's projects are
// those serving it; a party org's are its village's (the subject's region).

// 项目推进度: the mean of the weighted roll-ups of the village's top-level projects that are not
// suspended. Null without any (the subject's entered value counts).
registerMetric('projectProgress', async (ctx, subjects) => {
  const regionsOf = [...new Set(subjects.map((s) => s.regionCode))];
  const rows = await ctx.db
    .select({ id: projects.id, village: projectVillages.villageCode })
    .from(projects)
    .innerJoin(projectVillages, eq(projectVillages.projectId, projects.id))
    .where(
      and(
        inArray(projectVillages.villageCode, regionsOf),
        isNull(projects.parentId),
        ne(projects.status, 'suspended'),
      ),
    );
  const progress = await progressOf(ctx, [...new Set(rows.map((r) => r.id))]);
  return new Map(
    subjects.map((s): [string, MetricValue] => {
      const ids = rows.filter((r) => r.village === s.regionCode).map((r) => r.id);
      const values = ids.map((id) => progress.get(id) ?? 0);
      const mean =
        values.length === 0
          ? null
          : Math.round((10 * values.reduce((n, v) => n + v, 0)) / values.length) / 10;
      return [
        s.id,
        {
          value: mean,
          sources: ids.map((id) => ({
            kind: 'project',
            id,
            label: `项目进度：${progress.get(id) ?? 0}%`,
          })),
        },
      ];
    }),
  );
});

// 项目新增集体收入 (万元): the round's year's outcomes of the projects serving the village; a project
// serving several villages adds its income to each in equal shares.
registerMetric('projectIncomeAdded', async (ctx, subjects, { year }) => {
  const regionsOf = [...new Set(subjects.map((s) => s.regionCode))];
  const rows = await ctx.db
    .select({
      id: projects.id,
      name: projects.name,
      village: projectVillages.villageCode,
      income: projectOutcomes.incomeAdded,
      shares: sql<number>`(SELECT count(*)::int FROM project_villages s WHERE s.project_id = "projects"."id")`,
    })
    .from(projectOutcomes)
    .innerJoin(projects, eq(projects.id, projectOutcomes.projectId))
    .innerJoin(projectVillages, eq(projectVillages.projectId, projects.id))
    .where(and(eq(projectOutcomes.year, year), inArray(projectVillages.villageCode, regionsOf)));
  return new Map(
    subjects.map((s): [string, MetricValue] => {
      const mine = rows.filter((r) => r.village === s.regionCode);
      const yuan = mine.reduce((n, r) => n + r.income / Math.max(1, Number(r.shares)), 0);
      return [
        s.id,
        {
          value: Math.round(yuan / 100) / 100,
          sources: mine.map((r) => ({
            kind: 'project',
            id: r.id,
            label: `${r.name}：${year} 年新增集体收入 ${r.income} 元${Number(r.shares) > 1 ? `（${r.shares} 村均分）` : ''}`,
          })),
        },
      ];
    }),
  );
});

import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { listAnnualScore } from '../../../domain/tasks/taskList.ts';
import { taskLists, unions, unionVillages } from '../../db/schema/index.ts';
import { registerMetric, type MetricValue } from '../evaluation/metricRegistry.ts';
import { tasksOf } from './detail.ts';

// 联建任务年度考评得分 for star rules (评单 results feed 评先评优): the round's year's score of the
// task list of the union the subject belongs to — the union's own 联合党委, or a member village (its
// org). Computed from the quarterly scores, never entered; null without a list or a score that year.
registerMetric('taskScore', async (ctx, subjects, { year }) => {
  const out = new Map<string, MetricValue>();
  if (subjects.length === 0) return out;
  const links = await ctx.db
    .select({
      unionId: unions.id,
      name: unions.name,
      orgId: unions.orgId,
      village: unionVillages.villageCode,
    })
    .from(unions)
    .innerJoin(unionVillages, eq(unionVillages.unionId, unions.id))
    .where(
      or(
        // Subject ids are not all uuids (a village's may be its code): compared as text.
        inArray(
          sql`${unions.orgId}::text`,
          subjects.map((s) => s.id),
        ),
        inArray(unionVillages.villageCode, [...new Set(subjects.map((s) => s.regionCode))]),
      ),
    );
  const unionIds = [...new Set(links.map((l) => l.unionId))];
  const lists =
    unionIds.length === 0
      ? []
      : await ctx.db
          .select()
          .from(taskLists)
          .where(
            and(
              eq(taskLists.subjectKind, 'union'),
              inArray(taskLists.subjectId, unionIds),
              eq(taskLists.year, year),
            ),
          );
  const tasks = await tasksOf(
    ctx,
    lists.map((l) => l.id),
  );
  for (const subject of subjects) {
    const link =
      links.find((l) => l.orgId === subject.id) ??
      links.find((l) => l.village === subject.regionCode);
    const list = link && lists.find((l) => l.subjectId === link.unionId);
    if (!link || !list) {
      out.set(subject.id, { value: null, sources: [] });
      continue;
    }
    const items = tasks.get(list.id) ?? [];
    const scored = items.filter((t) => t.annualScore !== null).length;
    out.set(subject.id, {
      value: listAnnualScore(items.map((t) => t.annualScore)),
      sources: [
        {
          kind: 'taskList',
          id: list.id,
          label: `${link.name}${year}年任务清单：${items.length} 项任务，${scored} 项已考评`,
        },
      ],
    });
  }
  return out;
});

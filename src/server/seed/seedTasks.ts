import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { demoTaskLists, type DemoUnionInput } from '../../domain/tasks/demoTaskLists.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { auditSeedStep } from './auditSeedStep.ts';
import {
  accounts,
  persons,
  positions,
  taskItems,
  taskLists,
  taskProgress,
  taskScores,
  unions,
  unionVillages,
} from '../db/schema/index.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { systemCtx, type Runtime } from '../runtime.ts';
import { DEMO_UNION_USERNAME } from './seedUnions.ts';

/**
 * The demo unions' task lists for the demo day's year (domain/tasks/demoTaskLists.ts): targets,
 * tasks owned by each union's officers, monthly entries up to the demo day entered by the `union`
 * account, quarterly scores by the township admin. Once: a union that has a list keeps it.
 */
export async function seedDemoTasks(runtime: Runtime, log: (line: string) => void): Promise<void> {
  const ctx = systemCtx(runtime, 'system:demo-seed-tasks');
  const recorder = await accountId(ctx, DEMO_UNION_USERNAME);
  const scorer = await accountId(ctx, 'township');
  if (!recorder || !scorer) return; // not a demo database, or no demo unions
  const today = shanghaiDate(ctx.clock());
  const year = Number(today.slice(0, 4));
  const done = new Set(
    (
      await ctx.db
        .select({ id: taskLists.subjectId })
        .from(taskLists)
        .where(eq(taskLists.year, year))
    ).map((r) => r.id),
  );
  const rows = (
    await ctx.db.select().from(unions).orderBy(asc(unions.name), asc(unions.id))
  ).filter((u) => !done.has(u.id));
  if (rows.length === 0) return;
  const inputs: DemoUnionInput[] = [];
  for (const union of rows)
    inputs.push({ id: union.id, name: union.name, owners: await ownersOf(ctx, union) });
  const lists = demoTaskLists(inputs, today);
  await transaction(ctx, async (tx) => {
    const now = tx.clock();
    const id = () => uuidv7(now.getTime());
    let entries = 0;
    for (const list of lists) {
      const union = rows.find((u) => u.id === list.unionId);
      if (!union) continue;
      const tenant = { regionCode: union.regionCode, countyCode: union.countyCode };
      const listId = id();
      const { tasks, unionId, ...fields } = list;
      await tx.db.insert(taskLists).values({
        id: listId,
        ...tenant,
        ...fields,
        subjectKind: 'union',
        subjectId: unionId,
        createdBy: recorder,
        createdAt: now,
      });
      for (const task of tasks) {
        const taskId = id();
        await tx.db.insert(taskItems).values({
          id: taskId,
          ...tenant,
          listId,
          title: task.title,
          measures: task.measures,
          ownerPersonId: task.ownerPersonId,
          deadline: task.deadline,
          status: task.closed ? 'closed' : 'open',
          createdBy: recorder,
          createdAt: now,
          closedAt: task.closed ? now : null,
        });
        if (task.progress.length > 0)
          await tx.db.insert(taskProgress).values(
            task.progress.map((p) => ({
              id: id(),
              ...tenant,
              taskId,
              ...p,
              recordedBy: recorder,
              recordedAt: now,
            })),
          );
        if (task.scores.length > 0)
          await tx.db.insert(taskScores).values(
            task.scores.map((s) => ({
              id: id(),
              ...tenant,
              taskId,
              ...s,
              scoredBy: scorer,
              scoredAt: now,
            })),
          );
        entries += task.progress.length;
      }
    }
    await auditSeedStep(tx, 'system.seed_demo_tasks', rows[0]?.regionCode ?? '', {
      lists: lists.length,
      monthlyEntries: entries,
      asOf: today,
    });
  });
  log(`  演示联建任务清单已生成 / demo task lists: ${lists.length} (to ${today})`);
}

async function accountId(ctx: Ctx, username: string): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.username, username));
  return row?.id;
}

/** The union org's current officers who live in its villages: the secretary first. */
async function ownersOf(ctx: Ctx, union: typeof unions.$inferSelect): Promise<string[]> {
  if (!union.orgId) return [];
  const villages = ctx.db
    .select({ code: unionVillages.villageCode })
    .from(unionVillages)
    .where(eq(unionVillages.unionId, union.id));
  const rows = await ctx.db
    .select({ id: positions.personId, code: positions.code })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(
      and(
        eq(positions.orgId, union.orgId),
        isNull(positions.endDate),
        inArray(persons.regionCode, villages),
      ),
    )
    .orderBy(asc(positions.code), asc(positions.personId));
  // 'committeeMember' < 'secretary': the secretary goes first by hand.
  const ids = [
    ...rows.filter((r) => r.code === 'secretary'),
    ...rows.filter((r) => r.code !== 'secretary'),
  ].map((r) => r.id);
  return [...new Set(ids)];
}

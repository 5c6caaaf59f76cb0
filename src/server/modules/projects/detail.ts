import { and, asc, desc, eq } from 'drizzle-orm';
import { isFundSource, type FundSource } from '../../../domain/projects/kinds.ts';
import { summarizeFunds } from '../../../domain/projects/funds.ts';
import { inspectedThisQuarter } from '../../../domain/projects/inspections.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import {
  activities,
  projectFunds,
  projectMilestones,
  projectOutcomes,
  projects,
  projectSpends,
} from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { loadProject } from './load.ts';
import { mayWriteProject } from './policy.ts';
import { progressOf } from './progress.ts';
import { summarize } from './summaries.ts';
import type { ProjectDetail } from './views.ts';

const sourceOf = (s: string): FundSource => (isFundSource(s) ? s : 'fiscal');

/**
 * The project page: its summary, milestones and child projects with the roll-up, budget against
 * spend per source, outcomes by year, its 人大 inspections (the activities that name it) and
 * whether this quarter's is done, and what the caller may do.
 */
export async function getProject(ctx: Ctx, id: string): Promise<ProjectDetail> {
  const project = await loadProject(ctx, id);
  const [summary] = await summarize(ctx, [project.row]);
  if (!summary) throw new Error('a loaded project has a summary');
  const milestones = await ctx.db
    .select()
    .from(projectMilestones)
    .where(eq(projectMilestones.projectId, id))
    .orderBy(asc(projectMilestones.position));
  const children = await ctx.db
    .select({ id: projects.id, name: projects.name, weight: projects.weight })
    .from(projects)
    .where(eq(projects.parentId, id))
    .orderBy(asc(projects.createdAt));
  const childProgress = await progressOf(
    ctx,
    children.map((c) => c.id),
  );
  const budgets = await ctx.db.select().from(projectFunds).where(eq(projectFunds.projectId, id));
  const spends = await ctx.db
    .select()
    .from(projectSpends)
    .where(eq(projectSpends.projectId, id))
    .orderBy(desc(projectSpends.spentOn), desc(projectSpends.id));
  const outcomes = await ctx.db
    .select()
    .from(projectOutcomes)
    .where(eq(projectOutcomes.projectId, id))
    .orderBy(desc(projectOutcomes.year));
  const inspections = await ctx.db
    .select({
      id: activities.id,
      occurredOn: activities.occurredOn,
      title: activities.title,
      villageCode: activities.regionCode,
      outcome: activities.outcome,
    })
    .from(activities)
    .where(and(eq(activities.projectId, id), eq(activities.activityType, 'inspection')))
    .orderBy(desc(activities.occurredOn), desc(activities.id));
  const funds = summarizeFunds(
    budgets.map((b) => ({ source: sourceOf(b.source), budget: b.budget })),
    spends.map((s) => ({ source: sourceOf(s.source), amount: s.amount })),
  );
  return {
    ...summary,
    description: project.row.description,
    milestones: milestones.map((m) => ({
      id: m.id,
      name: m.name,
      weight: m.weight,
      progress: m.progress,
      dueOn: m.dueOn,
    })),
    children: children.map((c) => ({ ...c, progress: childProgress.get(c.id) ?? 0 })),
    funds,
    spends: spends.slice(0, 100).map((s) => ({
      id: s.id,
      source: sourceOf(s.source),
      amount: s.amount,
      spentOn: s.spentOn,
      note: s.note,
    })),
    outcomes: outcomes.map((o) => ({
      year: o.year,
      incomeAdded: o.incomeAdded,
      householdsBenefiting: o.householdsBenefiting,
    })),
    inspections,
    inspection: inspectedThisQuarter(
      project.row.key,
      inspections.map((i) => i.occurredOn),
      shanghaiDate(ctx.clock()),
    ),
    abilities: { update: mayWriteProject(requireActor(ctx), project) },
  };
}

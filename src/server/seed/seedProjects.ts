import { asc, eq, inArray, sql } from 'drizzle-orm';
import { demoProjects, type DemoAnchor } from '../../domain/projects/demoProjects.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { auditSeedStep } from './auditSeedStep.ts';
import {
  activities,
  pairings,
  projectFunds,
  projectMilestones,
  projectOutcomes,
  projects,
  projectSpends,
  projectVillages,
  regions,
  unions,
  unionVillages,
  units,
} from '../db/schema/index.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { demoAccountOf } from './demoAccountOf.ts';
import { systemCtx, type Runtime } from '../runtime.ts';

/**
 * The demo county's projects (domain/projects/demoProjects.ts): a key project per union of the
 * demo township (项目牵引), one per pairing for the first five pairings there (利民项目), with
 * budget lines, milestones, spend, outcomes and the quarterly 人大 inspections recorded as
 * activities that name the project. Runs after the unions and pairings; once per county.
 */
export async function seedDemoProjects(
  runtime: Runtime,
  log: (line: string) => void,
): Promise<void> {
  const ctx = systemCtx(runtime, 'system:demo-seed-projects');
  const admin = await demoAccountOf(ctx, 'county');
  const township = await demoAccountOf(ctx, 'township');
  if (!admin || !township) return; // not a demo database
  const county = admin.scope.slice(0, 6);
  const [done] = await ctx.db
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.countyCode, county))
    .limit(1);
  if (done) return;
  const anchors = await anchorsOf(ctx, township.scope);
  const today = shanghaiDate(ctx.clock());
  const drafts = demoProjects(anchors, today);
  await transaction(ctx, async (tx) => {
    const now = tx.clock();
    const idOf = new Map<string, string>();
    let inspections = 0;
    for (const d of drafts) {
      const id = uuidv7(now.getTime());
      idOf.set(d.ref, id);
      const regionCode =
        d.villages.length === 1 ? (d.villages[0] ?? township.scope) : township.scope;
      const tenant = { regionCode, countyCode: county };
      await tx.db.insert(projects).values({
        id,
        ...tenant,
        name: d.name,
        type: d.type,
        status: d.status,
        key: d.key,
        unionId: d.anchor.kind === 'union' ? d.anchor.id : null,
        pairingId: d.anchor.kind === 'pairing' ? d.anchor.id : null,
        parentId: d.parentRef ? (idOf.get(d.parentRef) ?? null) : null,
        weight: d.weight,
        startsOn: d.startsOn,
        endsOn: d.endsOn,
        description: null,
        createdBy: admin.id,
        createdAt: now,
        updatedAt: now,
      });
      await tx.db.insert(projectVillages).values(
        d.villages.map((v) => ({
          projectId: id,
          villageCode: v,
          regionCode: v,
          countyCode: county,
        })),
      );
      await tx.db
        .insert(projectFunds)
        .values(d.funds.map((f) => ({ projectId: id, ...tenant, ...f })));
      await tx.db.insert(projectMilestones).values(
        d.milestones.map((m, position) => ({
          id: uuidv7(now.getTime()),
          ...tenant,
          projectId: id,
          position,
          ...m,
          createdAt: now,
          updatedAt: now,
        })),
      );
      if (d.spends.length > 0)
        await tx.db.insert(projectSpends).values(
          d.spends.map((s) => ({
            id: uuidv7(now.getTime()),
            ...tenant,
            projectId: id,
            ...s,
            recordedBy: admin.id,
            createdAt: now,
          })),
        );
      if (d.outcome)
        await tx.db
          .insert(projectOutcomes)
          .values({ projectId: id, ...tenant, ...d.outcome, updatedAt: now });
      const village = d.villages[0];
      if (village && d.inspections.length > 0) {
        await tx.db.insert(activities).values(
          d.inspections.map((day) => ({
            id: uuidv7(now.getTime()),
            regionCode: village,
            countyCode: county,
            subjectKind: 'village',
            subjectId: village,
            activityType: 'inspection',
            occurredOn: day,
            title: `县人大代表视察：${d.name}`,
            place: null,
            outcome: '听取项目进展汇报，查看现场，建议加快进度、规范资金使用',
            participantIds: [],
            householdIds: [],
            recordedBy: admin.id,
            createdAt: now,
            projectId: id,
          })),
        );
        inspections += d.inspections.length;
      }
    }
    await auditSeedStep(tx, 'system.seed_demo_projects', township.scope, {
      projects: drafts.length,
      inspections,
      day: today,
    });
  });
  log(`  演示项目已生成 / demo projects: ${drafts.length} in ${township.scope}`);
}

/** The demo township's unions (lead first) and pairings (those in the township first), in a fixed order. */
async function anchorsOf(ctx: Ctx, township: string): Promise<DemoAnchor[]> {
  const unionRows = await ctx.db
    .select({ id: unions.id, name: unions.name, lead: unions.leadCode })
    .from(unions)
    .where(eq(unions.regionCode, township))
    .orderBy(asc(unions.name), asc(unions.id));
  const members = unionRows.length
    ? await ctx.db
        .select({ unionId: unionVillages.unionId, code: unionVillages.villageCode })
        .from(unionVillages)
        .where(
          inArray(
            unionVillages.unionId,
            unionRows.map((u) => u.id),
          ),
        )
        .orderBy(asc(unionVillages.villageCode))
    : [];
  const pairingRows = await ctx.db
    .select({
      id: pairings.id,
      village: pairings.villageCode,
      unit: units.name,
      name: regions.name,
    })
    .from(pairings)
    .innerJoin(units, eq(units.id, pairings.unitId))
    .innerJoin(regions, eq(regions.code, pairings.villageCode))
    .where(eq(pairings.countyCode, township.slice(0, 6)))
    .orderBy(
      sql`${pairings.villageCode} LIKE ${`${township.slice(0, 9)}%`} DESC`,
      asc(pairings.villageCode),
      asc(pairings.id),
    )
    .limit(5);
  return [
    ...unionRows.map((u): DemoAnchor => {
      const codes = members.filter((m) => m.unionId === u.id).map((m) => m.code);
      return {
        kind: 'union',
        id: u.id,
        name: u.name,
        villages: [u.lead, ...codes.filter((c) => c !== u.lead)],
      };
    }),
    ...pairingRows.map((p): DemoAnchor => ({
      kind: 'pairing',
      id: p.id,
      name: `${p.unit} ↔ ${p.name}`,
      villages: [p.village],
    })),
  ];
}

import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  dividendProblems,
  splitDividend,
  type DividendRule,
  type ShareUnits,
} from '../../../domain/economy/dividends.ts';
import { isWithinScope } from '../../../domain/region/regionCode.ts';
import { holdingsOf } from '../../../domain/economy/organizations.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import {
  economyDividendRuns,
  economyDividendShares,
  economyOrganizations,
  households,
  persons,
} from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { readableRow } from './readableRow.ts';
import { validationError } from '../../platform/errors.ts';
import { moveStatusAudited, refuseUnlessStatus } from '../../platform/statusMove.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { ownHouseholdId } from '../households/ownHousehold.ts';
import { postIncome } from './income.ts';
import { memberSharesIn } from './organizations.ts';
import {
  authorizeDividendApproval,
  authorizeEconomyWrite,
  mayApproveDividend,
  mayWriteEconomy,
  visibleEconomy,
} from './policy.ts';

export interface NewDividendRun {
  regionCode: string;
  /** The economic organization paying out: its name is the payer, its members' shares the holdings. */
  organizationId?: string | undefined;
  payer?: string | undefined;
  year: number;
  distributableFen: number;
  rule: DividendRule;
  holdings?: { householdId: string; units: ShareUnits }[] | undefined;
}

type Resolved = Omit<NewDividendRun, 'payer' | 'holdings'> & {
  payer: string;
  holdings: { householdId: string; units: ShareUnits }[];
};

/**
 * A run's payer and holdings: as given, or from the organization paying out — its name, and its
 * member households of the village with their shares (合作社、公司: issue 13 part 3). The
 * organization must be the village's or its township's (else 400 on body.organizationId).
 */
async function resolvePayer(ctx: Ctx, body: NewDividendRun): Promise<Resolved> {
  if (!body.organizationId)
    return { ...body, payer: body.payer ?? '', holdings: body.holdings ?? [] };
  const [org] = await ctx.db
    .select({
      name: economyOrganizations.name,
      regionCode: economyOrganizations.regionCode,
      status: economyOrganizations.status,
    })
    .from(economyOrganizations)
    .where(eq(economyOrganizations.id, body.organizationId));
  if (!org || !isWithinScope(body.regionCode, org.regionCode))
    throw validationError([
      {
        path: 'body.organizationId',
        message: 'no such organization of the village or its township',
      },
    ]);
  if (org.status !== 'active')
    throw validationError([
      { path: 'body.organizationId', message: 'the organization is dissolved (已注销)' },
    ]);
  const holdings =
    body.holdings ?? holdingsOf(await memberSharesIn(ctx, body.organizationId, body.regionCode));
  if (holdings.length === 0)
    throw validationError([
      {
        path: 'body.holdings',
        message: 'no member household of the organization in the village holds shares',
      },
    ]);
  return { ...body, payer: body.payer ?? org.name, holdings };
}

/** A run with each household's shares and amount (named by its head) and what the caller may do. */
export async function getDividendRun(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const run = await readableRow(ctx, actor, economyDividendRuns, id);
  const shares = await ctx.db
    .select({
      householdId: economyDividendShares.householdId,
      headName: persons.name,
      units: economyDividendShares.units,
      amountFen: economyDividendShares.amountFen,
    })
    .from(economyDividendShares)
    .innerJoin(households, eq(households.id, economyDividendShares.householdId))
    .innerJoin(persons, eq(persons.id, households.headId))
    .where(eq(economyDividendShares.runId, id))
    .orderBy(desc(economyDividendShares.amountFen), asc(persons.name));
  return {
    ...viewOf(run),
    shares,
    can: {
      approve: run.status === 'draft' && mayApproveDividend(actor, run.regionCode),
      publish: run.status === 'approved' && mayWriteEconomy(actor, run.regionCode),
    },
  };
}

const viewOf = (run: typeof economyDividendRuns.$inferSelect) => ({
  id: run.id,
  regionCode: run.regionCode,
  payer: run.payer,
  organizationId: run.organizationId,
  year: run.year,
  distributableFen: run.distributableFen,
  rule: run.rule,
  status: run.status as 'draft' | 'approved' | 'published',
  collectiveFen: run.collectiveFen,
  welfareFen: run.welfareFen,
  householdsFen: run.householdsFen,
  approvedAt: run.approvedAt?.toISOString() ?? null,
  publishedAt: run.publishedAt?.toISOString() ?? null,
});

/** The runs of the villages the caller reads, newest year first. */
export async function listDividendRuns(ctx: Ctx, region: string | undefined) {
  const actor = requireActor(ctx);
  const rows = await ctx.db
    .select()
    .from(economyDividendRuns)
    .where(
      and(
        visibleEconomy(actor, economyDividendRuns.regionCode),
        region ? inArray(economyDividendRuns.regionCode, [region]) : undefined,
      ),
    )
    .orderBy(desc(economyDividendRuns.year), asc(economyDividendRuns.payer))
    .limit(200);
  return { items: rows.map(viewOf) };
}

/**
 * 分红方案: a village cadre proposes a run — the payer, the year, the distributable profit, the rule
 * and the households' shares. The split is computed here (a preview until approved); households
 * must be of the village; a second run of the same payer and year is a conflict.
 */
export async function proposeDividendRun(ctx: Ctx, asked: NewDividendRun) {
  const actor = requireActor(ctx);
  authorizeEconomyWrite(actor, asked.regionCode);
  const body = await resolvePayer(ctx, asked);
  const problems = dividendProblems(body.distributableFen, body.rule, body.holdings).map((p) => ({
    path: `body.${p.path}`,
    message: p.message,
  }));
  if (body.year > Number(shanghaiDate(ctx.clock()).slice(0, 4)))
    problems.push({ path: 'body.year', message: 'profit of a year not yet begun' });
  if (problems.length > 0) throw validationError(problems);
  return transaction(ctx, async (tx) => {
    const ids = body.holdings.map((h) => h.householdId);
    const found = await tx.db
      .select({ id: households.id, regionCode: households.regionCode })
      .from(households)
      .where(inArray(households.id, ids));
    const inVillage = new Set(
      found.filter((h) => isWithinScope(h.regionCode, body.regionCode)).map((h) => h.id),
    );
    const strangers = body.holdings.flatMap((h, i) =>
      inVillage.has(h.householdId)
        ? []
        : [{ path: `body.holdings.${i}.householdId`, message: 'no such household in the village' }],
    );
    if (strangers.length > 0) throw validationError(strangers);
    await refuseIfExists(
      tx,
      economyDividendRuns,
      and(
        eq(economyDividendRuns.regionCode, body.regionCode),
        eq(economyDividendRuns.payer, body.payer),
        eq(economyDividendRuns.year, body.year),
      ),
      {
        zh: `${body.payer} ${body.year} 年度的分红方案已存在`,
        en: `${body.payer} already has a dividend run for ${body.year}`,
      },
    );
    const split = splitDividend(body.distributableFen, body.rule, body.holdings);
    const now = tx.clock();
    const tenant = { regionCode: body.regionCode, countyCode: body.regionCode.slice(0, 6) };
    const run = {
      id: uuidv7(now.getTime()),
      ...tenant,
      payer: body.payer,
      organizationId: body.organizationId ?? null,
      year: body.year,
      distributableFen: body.distributableFen,
      rule: body.rule,
      status: 'draft',
      collectiveFen: split.collectiveFen,
      welfareFen: split.welfareFen,
      householdsFen: split.householdsFen,
      proposedBy: actor.accountId,
      createdAt: now,
    };
    await tx.db.insert(economyDividendRuns).values(run);
    if (body.holdings.length > 0)
      await tx.db.insert(economyDividendShares).values(
        body.holdings.map((h) => ({
          runId: run.id,
          householdId: h.householdId,
          ...tenant,
          units: h.units,
          amountFen: split.households.get(h.householdId) ?? 0,
        })),
      );
    await appendAudit(tx, {
      action: 'economy.dividend.propose',
      objectType: 'economyDividendRun',
      objectId: run.id,
      regionCode: run.regionCode,
      after: { ...run, households: body.holdings.length },
    });
    return getDividendRun(tx, run.id);
  });
}

/** The township (or county) approves a proposed run; only a draft can be approved. */
export async function approveDividendRun(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  return transaction(ctx, async (tx) => {
    const run = await readableRow(tx, actor, economyDividendRuns, id);
    authorizeDividendApproval(actor, run.regionCode);
    refuseUnlessStatus(run, 'draft', {
      zh: '只有待审批的分红方案可以审批',
      en: 'Only a proposed run can be approved',
    });
    await moveStatusAudited(
      tx,
      economyDividendRuns,
      run,
      { status: 'approved', approvedBy: actor.accountId, approvedAt: tx.clock() },
      { action: 'economy.dividend.approve', objectType: 'economyDividendRun' },
    );
    return getDividendRun(tx, id);
  });
}

/**
 * The village publishes an approved run to its households (公开), and the collective's part —
 * its own share and the welfare fund set aside from it — posts to the income ledger as dividend.
 */
export async function publishDividendRun(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  return transaction(ctx, async (tx) => {
    const run = await readableRow(tx, actor, economyDividendRuns, id);
    authorizeEconomyWrite(actor, run.regionCode);
    refuseUnlessStatus(run, 'approved', {
      zh: '分红方案须先经乡镇审批才能公开',
      en: 'A run must be approved before it is published',
    });
    const now = tx.clock();
    const income = run.collectiveFen + run.welfareFen;
    await moveStatusAudited(
      tx,
      economyDividendRuns,
      run,
      { status: 'published', publishedAt: now },
      {
        action: 'economy.dividend.publish',
        objectType: 'economyDividendRun',
        after: { incomeFen: income },
      },
    );
    if (income > 0)
      await postIncome(tx, {
        regionCode: run.regionCode,
        countyCode: run.countyCode,
        source: 'dividend',
        recordKind: 'dividendRun',
        recordId: run.id,
        postedOn: shanghaiDate(now),
        amountFen: income,
      });
    return getDividendRun(tx, id);
  });
}

/** 我家分红: the published runs that pay the caller's own household, with its shares and amount. */
export async function myDividends(ctx: Ctx) {
  const householdId = await ownHouseholdId(ctx);
  if (!householdId) return { items: [] };
  const rows = await ctx.db
    .select({
      run: economyDividendRuns,
      units: economyDividendShares.units,
      amountFen: economyDividendShares.amountFen,
    })
    .from(economyDividendShares)
    .innerJoin(economyDividendRuns, eq(economyDividendRuns.id, economyDividendShares.runId))
    .where(
      and(
        eq(economyDividendShares.householdId, householdId),
        eq(economyDividendRuns.status, 'published'),
      ),
    )
    .orderBy(desc(economyDividendRuns.year));
  return {
    items: rows.map((r) => ({
      ...viewOf(r.run),
      units: r.units,
      amountFen: r.amountFen,
    })),
  };
}

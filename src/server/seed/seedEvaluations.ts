import crypto from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../domain/access/policy.ts';
import type { Role } from '../../domain/access/roles.ts';
import { evaluateSubject, levelOf } from '../../domain/evaluation/evaluate.ts';
import { fiveStarBranchRural } from '../../domain/evaluation/presets/fiveStarBranch.ts';
import { tenStarHousehold } from '../../domain/evaluation/presets/tenStarHousehold.ts';
import type { SchemeDefinition } from '../../domain/evaluation/scheme.ts';
import { currentStep } from '../../domain/evaluation/workflow.ts';
import { padCode } from '../../domain/region/regionCode.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { appendAudit } from '../audit/appendAudit.ts';
import {
  accounts,
  type ClaimContent,
  evaluationDecisions,
  evaluationEvents,
  evaluationRounds,
  evaluations,
  evaluationSchemes,
  persons,
} from '../db/schema/index.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import { insertAccount } from '../modules/accounts/insertAccount.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import { claimStars } from '../modules/evaluation/claims.ts';
import { award, decide } from '../modules/evaluation/decisions.ts';
import '../modules/evaluation/metricProviders.ts';
import { metricSnapshot } from '../modules/evaluation/metricRegistry.ts';
import { openRound } from '../modules/evaluation/rounds.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { demoAccountOf } from './demoAccountOf.ts';
import { systemCtx, type Runtime } from '../runtime.ts';
import { DEMO_PASSWORD } from './demoAccounts.ts';

const DAY_MS = 86_400_000;
// Decisions of the seeded rounds are signed by this system identity, except where a demo account acts.
const SEED_ACCOUNT = '00000000-0000-7000-8000-00000000d3e0';

/** 0…1 from a subject id: the same demo county always gets the same stars. */
const unit = (id: string, salt: string): number =>
  crypto
    .createHash('sha256')
    .update(salt + id)
    .digest()
    .readUInt32BE(0) /
  2 ** 32;

const actorAt = (accountId: string, username: string, role: Role, regionCode: string): Actor => ({
  accountId,
  username,
  grants: [{ role, scope: regionCode, regionCode }],
});

/** The demo city's 市委组织部 account: decides five stars (安阳). Created once, with the demo password. */
async function ensureCityAccount(ctx: Ctx, city: string, passwordHash: string): Promise<void> {
  const [taken] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.username, 'city'));
  if (taken) return;
  await insertAccount(
    ctx.db,
    ctx.cipher,
    {
      username: 'city',
      displayName: '市委组织部 赵敏',
      passwordHash,
      phone: '13800000007',
      roles: [{ role: 'county_admin', scope: city }],
    },
    ctx.clock(),
  );
}

/**
 * Takes every subject of a round (except those left for people to do) through claim, each step
 * and the award, at past dates so the notice windows are over. Reviewers grant exactly the stars
 * the evaluator finds met on the frozen metric values.
 */
async function runRound(
  ctx: Ctx,
  scheme: SchemeDefinition,
  round: { id: string; period: string },
  skip: Set<string>,
  claimFor: (e: { id: string; subjectId: string }) => ClaimContent,
  actorFor: (role: Role, level: string, regionCode: string) => Actor,
  start: number,
): Promise<number> {
  const at = (days: number): Ctx => ({ ...ctx, clock: () => new Date(start + days * DAY_MS) });
  const rows = await ctx.db
    .select({ id: evaluations.id, subjectId: evaluations.subjectId })
    .from(evaluations)
    .where(
      and(
        eq(evaluations.roundId, round.id),
        inArray(evaluations.stage, ['claiming', 'review', 'notice']),
      ),
    );
  let n = 0;
  for (const { id, subjectId } of rows) {
    if (skip.has(subjectId)) continue;
    // Each step is its own transaction (the services' own), so a restart resumes where it stopped.
    for (let day = 5; ; day += 3) {
      const [e] = await ctx.db.select().from(evaluations).where(eq(evaluations.id, id));
      if (!e) break;
      if (e.stage === 'claiming') {
        // A claim is entered by the village cadre (for a household: on its behalf).
        await claimStars(
          {
            ...at(1),
            actor: actorFor(
              scheme.claimRole === 'villager' ? 'village_cadre' : scheme.claimRole,
              'village',
              e.regionCode,
            ),
          },
          e.id,
          claimFor(e),
        );
        continue;
      }
      if (e.stage === 'notice') {
        const final = scheme.steps.filter((s) => s.fromLevel === undefined).at(-1);
        if (final)
          await award({ ...at(30), actor: actorFor(final.role, final.level, e.regionCode) }, e.id);
        break;
      }
      const step = e.stage === 'review' ? currentStep(scheme, e.grantedStars, e.stepIndex) : null;
      if (!step) break;
      const metrics = await metricSnapshot(
        ctx,
        scheme,
        { id: e.subjectId, subjectType: e.subjectType, regionCode: e.regionCode },
        e.claim,
        new Map(),
        round.period,
      );
      const advice = evaluateSubject(scheme, {
        metrics: Object.fromEntries(metrics.map((m) => [m.key, m.value])),
        answers: Object.fromEntries(
          Object.entries(e.claim?.answers ?? {}).map(([k, a]) => [k, { done: a.done }]),
        ),
        vetoes: [],
      });
      const stars = e.grantedStars.map((key) => ({
        key,
        granted: advice.starsMet.includes(key),
        comment: advice.starsMet.includes(key) ? '' : '未达标',
      }));
      await decide({ ...at(day), actor: actorFor(step.role, step.level, e.regionCode) }, e.id, {
        step: step.key,
        outcome: 'approve',
        stars,
        comment: '',
      });
    }
    n++;
    // Let waiting requests have the (single) embedded connection between two subjects.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return n;
}

/**
 * The 十星级文明户 round of the model village, written in bulk (hundreds of households): the same
 * rows the workflow writes — claim, 小组评星 and 两委定星 decisions, notice, award, history — with
 * the stars the evaluator finds met, and one audit entry for the round.
 */
const STEP_SIGNER = {
  group_leader: '村民小组长（演示数据）',
  village_cadre: '村两委（演示数据）',
} as const;

async function bulkHouseholdRound(
  tx: Ctx,
  roundId: string,
  leaveOut: string | null,
  start: number,
): Promise<void> {
  const scheme = tenStarHousehold;
  const keys = scheme.stars.map((s) => s.key);
  const rows = await tx.db
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.roundId, roundId), eq(evaluations.stage, 'claiming')));
  const at = (days: number) => new Date(start + days * DAY_MS);
  const decisions: (typeof evaluationDecisions.$inferInsert)[] = [];
  const events: (typeof evaluationEvents.$inferInsert)[] = [];
  let n = 0;
  for (const e of rows) {
    if (e.subjectId === leaveOut) continue;
    const count = 6 + Math.floor(unit(e.subjectId, 'ten') * 5); // 6…10 stars claimed
    const stars = keys.slice(0, count);
    // The group sometimes finds an item not met: answered "no" in the claim, refused by the evaluator.
    const missed = unit(e.subjectId, 'miss') < 0.3 ? stars[count - 1] : undefined;
    const answers = Object.fromEntries(
      stars.map((k) => [k, { done: k !== missed, evidenceIds: [] as string[] }]),
    );
    const met = evaluateSubject(scheme, {
      metrics: {},
      answers: Object.fromEntries(stars.map((k) => [k, { done: k !== missed }])),
      vetoes: [],
    }).starsMet.filter((k) => stars.includes(k));
    const level = levelOf(scheme, met);
    const tenant = { regionCode: e.regionCode, countyCode: e.countyCode, evaluationId: e.id };
    // 小组评星 by the group's leader, 两委定星 by the village committee: each step signs as its role.
    const signer = {
      actorId: SEED_ACCOUNT,
      outcome: 'approve' as const,
      comment: '',
      metrics: [],
      level,
    };
    for (const [i, step] of scheme.steps.entries()) {
      decisions.push({
        id: uuidv7(at(5 + i).getTime()),
        ...tenant,
        ...signer,
        actorName:
          step.role === 'group_leader' ? STEP_SIGNER.group_leader : STEP_SIGNER.village_cadre,
        role: step.role,
        stepKey: step.key,
        stars: stars.map((key) => ({
          key,
          granted: met.includes(key),
          comment: met.includes(key) ? '' : '未达标',
        })),
        createdAt: at(5 + i),
      });
    }
    const history: [string, number, Record<string, unknown>][] = [
      ['claim', 1, { stars, level: levelOf(scheme, stars) }],
      ['decision', 5, { step: 'groupReview', granted: met }],
      ['decision', 6, { step: 'committeeDecision', granted: met }],
      ['award', 30, { stars: met }],
    ];
    for (const [kind, day, detail] of history)
      events.push({
        id: uuidv7(at(day).getTime()),
        ...tenant,
        kind,
        actorName:
          kind === 'claim'
            ? '村两委代录（演示数据）'
            : detail.step === 'groupReview'
              ? STEP_SIGNER.group_leader
              : STEP_SIGNER.village_cadre,
        detail,
        createdAt: at(day),
      });
    await tx.db
      .update(evaluations)
      .set({
        claim: { stars, answers, metrics: {}, note: '' },
        stage: 'awarded',
        stepIndex: scheme.steps.length,
        grantedStars: met,
        heldStars: met,
        level,
        noticeStartsAt: at(6),
        noticeEndsAt: at(6 + scheme.noticeDays),
        awardedAt: at(30),
        updatedAt: at(30),
      })
      .where(eq(evaluations.id, e.id));
    n++;
  }
  for (let i = 0; i < decisions.length; i += 500)
    await tx.db.insert(evaluationDecisions).values(decisions.slice(i, i + 500));
  for (let i = 0; i < events.length; i += 500)
    await tx.db.insert(evaluationEvents).values(events.slice(i, i + 500));
  const [first] = rows;
  await appendAudit(
    { ...tx, clock: () => at(30) },
    {
      action: 'evaluation.seed_round',
      objectType: 'evaluation_round',
      objectId: roundId,
      regionCode: first?.regionCode ?? null,
      actorUsername: 'system',
      detail: { awarded: n },
    },
  );
}

/**
 * The demo county's evaluation data (DESIGN.md §4): a county-wide 五星支部 round and a 十星级文明户
 * round in the model village, both run to the award at past dates. 振兴村's branch and the demo
 * villager's household are left at the claim, for people (and the browser test) to take through.
 * Resumable: the opening is one transaction; then each branch's steps are the services' own
 * transactions with a pause between branches, and a restart carries on with the unfinished ones.
 */
export async function seedDemoEvaluations(
  runtime: Runtime,
  log: (line: string) => void,
): Promise<void> {
  const base = systemCtx(runtime, 'system:demo-seed-evaluations');
  const county = await demoAccountOf(base, 'county');
  const township = await demoAccountOf(base, 'township');
  const village1 = await demoAccountOf(base, 'village1');
  const villager = await demoAccountOf(base, 'villager');
  if (!county || !township || !village1 || !villager) return;
  const presets = await base.db
    .select({ id: evaluationSchemes.id, key: evaluationSchemes.key })
    .from(evaluationSchemes)
    .where(inArray(evaluationSchemes.key, [fiveStarBranchRural.key, tenStarHousehold.key]));
  const schemeId = (key: string) => presets.find((p) => p.key === key)?.id ?? '';
  const now = base.clock().getTime();
  const start = now - 40 * DAY_MS;
  const period = shanghaiDate(new Date(now)).slice(0, 4);
  const city = padCode(county.scope.slice(0, 4));
  const admin: Actor = actorAt(
    SEED_ACCOUNT,
    '县委组织部（演示数据）',
    'county_admin',
    county.scope,
  );
  const actorFor = (role: Role, level: string, regionCode: string): Actor => {
    if (level === 'county') return actorAt(county.id, 'county', role, county.scope);
    if (level === 'city') return actorAt(SEED_ACCOUNT, '市委组织部（演示数据）', role, city);
    if (level === 'township') {
      const code = padCode(regionCode.slice(0, 9));
      return code === township.scope
        ? actorAt(township.id, 'township', role, code)
        : actorAt(SEED_ACCOUNT, '乡镇党委（演示数据）', role, code);
    }
    return regionCode === village1.scope
      ? actorAt(village1.id, 'village1', role, regionCode)
      : actorAt(SEED_ACCOUNT, '村党组织（演示数据）', role, regionCode);
  };
  const fiveScheme = schemeId(fiveStarBranchRural.key);
  const findFive = async () =>
    (
      await base.db
        .select({ id: evaluationRounds.id })
        .from(evaluationRounds)
        .where(
          and(
            eq(evaluationRounds.regionCode, county.scope),
            eq(evaluationRounds.schemeId, fiveScheme),
          ),
        )
    )[0];
  let fiveRound = await findFive();
  if (!fiveRound) {
    // Three short transactions (each a slice the embedded database serves people between), each
    // skipped when a resumed start finds it done: the city account, 振兴村's 十星级文明户 round (bulk),
    // the opened 五星 round.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await transaction(base, (tx) => ensureCityAccount(tx, city, passwordHash));
    const tenScheme = schemeId(tenStarHousehold.key);
    const [tenDone] = await base.db
      .select({ id: evaluationRounds.id })
      .from(evaluationRounds)
      .where(
        and(
          eq(evaluationRounds.regionCode, village1.scope),
          eq(evaluationRounds.schemeId, tenScheme),
        ),
      );
    if (!tenDone) {
      await transaction(base, async (tx) => {
        const at = (days: number, actor: Actor): Ctx => ({
          ...tx,
          actor,
          clock: () => new Date(start + days * DAY_MS),
        });
        // 十星级文明户 first: its results feed the 五星 metric 八星以上文明户占比.
        const tenRound = await openRound(at(0, admin), {
          schemeId: tenScheme,
          regionCode: village1.scope,
          period,
        });
        const [ownHousehold] = await tx.db
          .select({ householdId: persons.householdId })
          .from(accounts)
          .innerJoin(persons, eq(persons.id, accounts.personId))
          .where(eq(accounts.id, villager.id));
        await bulkHouseholdRound(tx, tenRound.id, ownHousehold?.householdId ?? null, start);
      });
    }
    await openRound(
      { ...base, actor: admin, clock: () => new Date(start + 2 * DAY_MS) },
      { schemeId: fiveScheme, regionCode: county.scope, period },
    );
    fiveRound = await findFive();
  }
  if (!fiveRound) return;
  const [modelOrg] = await base.db
    .select({ subjectId: evaluations.subjectId })
    .from(evaluations)
    .where(and(eq(evaluations.roundId, fiveRound.id), eq(evaluations.regionCode, village1.scope)));
  const n = await runRound(
    base,
    fiveStarBranchRural,
    { id: fiveRound.id, period },
    new Set(modelOrg ? [modelOrg.subjectId] : []),
    (e) => {
      const r = (salt: string) => unit(e.subjectId, salt);
      return {
        stars: fiveStarBranchRural.stars
          .map((s) => s.key)
          .filter((_, i) => i === 0 || r(`claim${i}`) < 0.85),
        answers: {
          teamComplete: { done: r('team') < 0.9, evidenceIds: [] },
          leadingIndustry: { done: r('industry') < 0.8, evidenceIds: [] },
          environment: { done: r('env') < 0.8, evidenceIds: [] },
        },
        metrics: {
          collectiveIncome: { value: Math.round(3 + r('income') * 40), evidenceIds: [] },
          criminalCasesYear: { value: r('crime') < 0.85 ? 0 : 1, evidenceIds: [] },
          disputeResolutionRate: {
            value: Math.round(900 + r('disputes') * 100) / 10,
            evidenceIds: [],
          },
          petitionsYear: { value: r('petition') < 0.9 ? 0 : 1, evidenceIds: [] },
          redWhiteViolations: { value: r('customs') < 0.9 ? 0 : 1, evidenceIds: [] },
          // villages without a 十星级文明户 round yet enter the share themselves
          householdStarShare: { value: Math.round(40 + r('share') * 50), evidenceIds: [] },
        },
        note: '',
      };
    },
    actorFor,
    start,
  );
  if (n > 0) log(`  演示评星数据已生成 / demo evaluations seeded: ${n} 个支部评至授星`);
}

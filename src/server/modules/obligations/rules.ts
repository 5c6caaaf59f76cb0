import { rebuildStandings } from './standings.ts';
import { and, asc, eq } from 'drizzle-orm';
import {
  ruleProblems,
  presetRules,
  type ObligationRule,
} from '../../../domain/obligations/rules.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { obligationRules } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound, validationError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { can } from '../../../domain/access/policy.ts';
import type { Permission } from '../../../domain/access/roles.ts';
import type { RuleBody, UpdateRuleBody } from './schema.ts';

/** A stored rule, or a preset the county has not edited yet (`id` null). */
export interface RuleView extends ObligationRule {
  id: string | null;
  preset: string | null;
}

const presetViews = (): RuleView[] => presetRules().map((r) => ({ ...r, id: null }));

/** The county the caller asks about: the one named (inside a grant holding `permission`), else their first grant's. */
export function countyOf(ctx: Ctx, asked: string | undefined, permission: Permission): string {
  const actor = requireActor(ctx);
  const county = (asked ?? actor.grants[0]?.regionCode ?? '').slice(0, 6);
  if (county.length !== 6) throw notFound();
  const touches = actor.grants.some((g) => g.regionCode.slice(0, 6) === county);
  if (
    !touches ||
    (permission === 'obligations.configure' && !can(actor, permission, `${county}000000`))
  )
    throw notFound();
  return county;
}

/** A county's rules: what it stored, or the seeds' presets while it has stored none. */
export async function effectiveRules(ctx: Pick<Ctx, 'db'>, county: string): Promise<RuleView[]> {
  const rows = await ctx.db
    .select()
    .from(obligationRules)
    .where(eq(obligationRules.countyCode, county))
    .orderBy(asc(obligationRules.code));
  if (rows.length === 0) return presetViews();
  return rows.map((r) => ({
    id: r.id,
    preset: r.preset,
    code: r.code,
    name: r.name,
    subjectKind: r.subjectKind as ObligationRule['subjectKind'],
    activityType: r.activityType as ObligationRule['activityType'],
    role: r.role as ObligationRule['role'],
    every: r.every as ObligationRule['every'],
    atLeast: r.atLeast,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
  }));
}

function checked<T extends ObligationRule>(rule: T): T {
  const problems = ruleProblems(rule);
  if (problems.length > 0)
    throw validationError(problems.map((message) => ({ path: 'body', message })));
  return rule;
}

/** Stores the presets as the county's own rules the first time it edits one (inside `tx`). */
async function materialize(tx: Ctx, county: string): Promise<void> {
  const stored = await tx.db
    .select({ id: obligationRules.id })
    .from(obligationRules)
    .where(eq(obligationRules.countyCode, county))
    .limit(1);
  if (stored.length > 0) return;
  const now = tx.clock();
  const rows = presetRules().map((r) => ({
    ...r,
    id: uuidv7(now.getTime()),
    regionCode: `${county}000000`,
    countyCode: county,
    updatedAt: now,
  }));
  await tx.db.insert(obligationRules).values(rows);
  await appendAudit(tx, {
    action: 'obligations.load_presets',
    objectType: 'obligation_rules',
    regionCode: `${county}000000`,
    detail: { rules: rows.length },
  });
}

export async function createRule(ctx: Ctx, county: string, body: RuleBody): Promise<RuleView> {
  const rule = checked({ ...body, id: null, preset: null });
  return transaction(ctx, async (tx) => {
    await materialize(tx, county);
    await refuseIfExists(
      tx,
      obligationRules,
      and(eq(obligationRules.countyCode, county), eq(obligationRules.code, body.code)),
      { zh: '规则代码已存在', en: 'A rule with this code exists' },
    );
    const row = {
      ...rule,
      id: uuidv7(tx.clock().getTime()),
      regionCode: `${county}000000`,
      countyCode: county,
      updatedAt: tx.clock(),
    };
    await tx.db.insert(obligationRules).values(row);
    await rebuildStandings(tx, county, await effectiveRules(tx, county));
    await appendAudit(tx, {
      action: 'obligations.rule_create',
      objectType: 'obligation_rule',
      objectId: row.id,
      regionCode: row.regionCode,
      after: row,
    });
    return { ...rule, id: row.id };
  });
}

/** Edits a stored rule (its code and subject kind stay: activities and history refer to them). */
export async function updateRule(
  ctx: Ctx,
  county: string,
  id: string,
  body: UpdateRuleBody,
): Promise<RuleView> {
  return transaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(obligationRules)
      .where(and(eq(obligationRules.id, id), eq(obligationRules.countyCode, county)));
    if (!before) throw notFound();
    const after = { ...before, ...body, updatedAt: tx.clock() };
    const rule = checked({
      ...after,
      subjectKind: after.subjectKind as ObligationRule['subjectKind'],
      activityType: after.activityType as ObligationRule['activityType'],
      role: after.role as ObligationRule['role'],
      every: after.every as ObligationRule['every'],
    });
    await tx.db.update(obligationRules).set(after).where(eq(obligationRules.id, id));
    await rebuildStandings(tx, county, await effectiveRules(tx, county));
    await appendAudit(tx, {
      action: 'obligations.rule_update',
      objectType: 'obligation_rule',
      objectId: id,
      regionCode: before.regionCode,
      before,
      after,
    });
    return {
      id,
      preset: rule.preset,
      code: rule.code,
      name: rule.name,
      subjectKind: rule.subjectKind,
      activityType: rule.activityType,
      role: rule.role,
      every: rule.every,
      atLeast: rule.atLeast,
      startsOn: rule.startsOn,
      endsOn: rule.endsOn,
    };
  });
}

/** The presets stored for a county that has none, so its rules can be edited one by one. */
export async function loadPresets(ctx: Ctx, county: string): Promise<{ items: RuleView[] }> {
  await transaction(ctx, (tx) => materialize(tx, county));
  return { items: await effectiveRules(ctx, county) };
}

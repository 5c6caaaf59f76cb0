import { inArray } from 'drizzle-orm';
import {
  parseWarningKey,
  WARNING_KINDS,
  type WarningDecision,
  type WarningKind,
} from '../../../domain/insights/warnings.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { regions, warningDecisions } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { offsetOf } from '../../platform/pagination.ts';
import { getRegion } from '../regions/service.ts';
import { authorizeDecide, authorizeRead, mayDecide } from './policy.ts';
import type { WarningsQuery } from './schema.ts';
import { gatherWarnings, type RawWarning } from './sources.ts';

type Decision = { status: WarningDecision; note: string; decidedAt: string };

const kindOrder = new Map(WARNING_KINDS.map((k, i) => [k, i]));

/** The warnings of a region with what was decided about them, named, in a stable order. */
async function decided(ctx: Ctx, region: string) {
  const actor = requireActor(ctx);
  const found = await gatherWarnings(ctx, region);
  const keys = found.map((w) => w.key);
  const unnamed = [...new Set(found.filter((w) => !w.regionName).map((w) => w.regionCode))];
  const [decisions, names] = await Promise.all([
    keys.length === 0
      ? []
      : ctx.db.select().from(warningDecisions).where(inArray(warningDecisions.key, keys)),
    unnamed.length === 0
      ? []
      : ctx.db
          .select({ code: regions.code, name: regions.name })
          .from(regions)
          .where(inArray(regions.code, unnamed)),
  ]);
  const byKey = new Map(
    decisions.map((d): [string, Decision] => [
      d.key,
      { status: d.status as WarningDecision, note: d.note, decidedAt: d.decidedAt.toISOString() },
    ]),
  );
  const nameOf = new Map(names.map((n) => [n.code, n.name]));
  return found
    .map((w: RawWarning) => ({
      ...w,
      regionName: w.regionName ?? nameOf.get(w.regionCode) ?? null,
      decision: byKey.get(w.key) ?? null,
      canDecide: mayDecide(actor, w.regionCode),
    }))
    .sort(
      (a, b) =>
        (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0) ||
        (a.since ?? '9999').localeCompare(b.since ?? '9999') ||
        a.key.localeCompare(b.key),
    );
}

/** 预警中心: one list of what needs attention in a region, each with its reason and its records. */
export async function listWarnings(ctx: Ctx, q: WarningsQuery) {
  const actor = requireActor(ctx);
  const regionCode = q.region ?? actor.grants.find((g) => /^\d{12}$/.test(g.scope))?.regionCode;
  if (!regionCode) throw notFound();
  authorizeRead(actor, regionCode);
  const region = await getRegion(ctx, regionCode, 'evaluation.read');
  const all = await decided(ctx, region.code);
  const open = Object.fromEntries(WARNING_KINDS.map((k) => [k, 0])) as Record<WarningKind, number>;
  for (const w of all) if (!w.decision) open[w.kind] += 1;
  const matching = all.filter(
    (w) =>
      (!q.kind || w.kind === q.kind) &&
      (q.status === 'all' ||
        (q.status === 'open' ? w.decision === null : w.decision?.status === q.status)),
  );
  const from = offsetOf(q);
  return {
    region: { code: region.code, name: region.name },
    items: matching.slice(from, from + q.pageSize),
    total: matching.length,
    open,
  };
}

/**
 * 知悉 / 已处理 with a note. Only a warning that the records still raise, in a region where the
 * caller reviews, can be decided: any other key is not found.
 */
export async function decideWarning(
  ctx: Ctx,
  key: string,
  body: { status: WarningDecision; note: string },
) {
  const actor = requireActor(ctx);
  const parsed = parseWarningKey(key);
  if (!parsed) throw notFound();
  authorizeDecide(actor, parsed.regionCode);
  const current = (await decided(ctx, parsed.regionCode)).find((w) => w.key === key);
  if (!current) throw notFound();
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const row = {
      key,
      regionCode: parsed.regionCode,
      countyCode: parsed.regionCode.slice(0, 6),
      kind: parsed.kind,
      status: body.status,
      note: body.note,
      decidedBy: actor.accountId,
      decidedAt: now,
    };
    await tx.db
      .insert(warningDecisions)
      .values(row)
      .onConflictDoUpdate({
        target: warningDecisions.key,
        set: { status: row.status, note: row.note, decidedBy: row.decidedBy, decidedAt: now },
      });
    await appendAudit(tx, {
      action: 'warning.decide',
      objectType: 'warning',
      objectId: key,
      regionCode: parsed.regionCode,
      before: current.decision ? { ...current.decision } : null,
      after: { status: body.status, note: body.note },
    });
    return {
      ...current,
      decision: { status: body.status, note: body.note, decidedAt: now.toISOString() },
    };
  });
}

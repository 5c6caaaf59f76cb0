import { and, desc, eq, inArray } from 'drizzle-orm';
import { auditEvents } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';

// 注销 of an economic organization: the organization row holds only its status, so the day and
// the reason live in the dissolution's audit event (in the clear in its detail, as a voided 托管
// record's reason does) and are read back from there. Columns on economy_organizations
// (dissolved_on, dissolved_reason) would be their proper home; that needs a migration.

export const DISSOLVE_ACTION = 'economy.organization.dissolve';

export interface DissolutionView {
  dissolvedOn: string;
  reason: string;
}

/** The day and reason of each dissolved organization, from its dissolution event. */
export async function dissolutionsOf(
  ctx: Pick<Ctx, 'db'>,
  orgs: readonly { id: string; regionCode: string; status: string }[],
): Promise<Map<string, DissolutionView>> {
  const dissolved = orgs.filter((o) => o.status === 'dissolved');
  const out = new Map<string, DissolutionView>();
  if (dissolved.length === 0) return out;
  // by region first: the audit log is indexed by region, not by object
  const rows = await ctx.db
    .select({ objectId: auditEvents.objectId, detail: auditEvents.detail })
    .from(auditEvents)
    .where(
      and(
        inArray(auditEvents.regionCode, [...new Set(dissolved.map((o) => o.regionCode))]),
        eq(auditEvents.action, DISSOLVE_ACTION),
        inArray(
          auditEvents.objectId,
          dissolved.map((o) => o.id),
        ),
      ),
    )
    .orderBy(desc(auditEvents.seq));
  for (const r of rows) {
    const d = r.detail ?? {};
    if (!r.objectId || out.has(r.objectId)) continue;
    out.set(r.objectId, {
      dissolvedOn: typeof d.dissolvedOn === 'string' ? d.dissolvedOn : '',
      reason: typeof d.reason === 'string' ? d.reason : '',
    });
  }
  return out;
}

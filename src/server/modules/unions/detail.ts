import { desc, eq } from 'drizzle-orm';
import { UNION_EVENT_KINDS, UNION_FORMS, type UnionForm } from '../../../domain/unions/forms.ts';
import { accounts, partyOrgs, unionEvents } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { loadUnion, mayManage, type LoadedUnion } from './access.ts';
import { villageNames } from './memberVillages.ts';
import { officersOf } from './officers.ts';
import type { UnionDetail, UnionSummary } from './views.ts';

const formOf = (form: string): UnionForm =>
  (UNION_FORMS as readonly string[]).includes(form) ? (form as UnionForm) : 'leadVillage';

/** The party org row of a union (null when it has none, e.g. adopted before orgs were made). */
export async function unionOrg(ctx: Ctx, orgId: string | null) {
  if (!orgId) return null;
  const [org] = await ctx.db.select().from(partyOrgs).where(eq(partyOrgs.id, orgId));
  return org ?? null;
}

/** A union as lists show it: villages by name, org and secretary. */
export async function summarize(ctx: Ctx, union: LoadedUnion): Promise<UnionSummary> {
  const { row, villages } = union;
  const names = await villageNames(ctx, villages);
  const org = await unionOrg(ctx, row.orgId);
  const [secretary] = org ? await officersOf(ctx, org.id, 'secretary') : [];
  return {
    id: row.id,
    name: row.name,
    form: formOf(row.form),
    regionCode: row.regionCode,
    lead: row.leadCode,
    members: villages,
    villages: villages.map((code) => ({ code, name: names.get(code) ?? code })),
    org: org ? { id: org.id, name: org.name, type: org.type } : null,
    secretary: secretary ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The union page: summary, members, history (newest first) and what the caller may do. */
export async function getUnion(ctx: Ctx, id: string): Promise<UnionDetail> {
  const union = await loadUnion(ctx, id);
  const summary = await summarize(ctx, union);
  const committee = summary.org ? await officersOf(ctx, summary.org.id, 'committeeMember') : [];
  const events = await ctx.db
    .select({ event: unionEvents, actor: accounts.username })
    .from(unionEvents)
    .leftJoin(accounts, eq(accounts.id, unionEvents.actorId))
    .where(eq(unionEvents.unionId, id))
    .orderBy(desc(unionEvents.seq));
  const manage = mayManage(requireActor(ctx), union.villages);
  return {
    ...summary,
    committee,
    history: events.map(({ event, actor }) => ({
      id: event.id,
      kind: UNION_EVENT_KINDS.find((k) => k === event.kind) ?? 'updated',
      at: event.at.toISOString(),
      actor: actor ?? '',
      detail: event.detail,
    })),
    abilities: { update: manage, manageVillages: manage },
  };
}

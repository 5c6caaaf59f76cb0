import { and, eq } from 'drizzle-orm';
import type { CaseType } from '../../../domain/cases/catalog.ts';
import { isOpen, type CaseState } from '../../../domain/cases/lifecycle.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { cases, units } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import type { CaseRow, Me } from './access.ts';
import { notify, ownerAccounts } from './notify.ts';
import type { CaseAction } from './schema.ts';
import { conflict, ownerOf, recordStep, transition } from './transition.ts';

type ClaimAction = Extract<CaseAction, { type: 'claim' }>;

/** 微心愿 claimed by a member or a volunteer team: the owner stays, the claimer joins the owner chain. */
async function claimWish(tx: Ctx, m: Me, row: CaseRow, action: ClaimAction): Promise<void> {
  if (row.details.claimedBy) throw conflict('the wish is already claimed');
  if (!m.personId && !action.team)
    throw validationError([
      { path: 'body.team', message: 'name the volunteer team claiming the wish' },
    ]);
  const claimedBy = {
    personId: m.personId,
    team: action.team ?? null,
    at: tx.clock().toISOString(),
  };
  const chain =
    m.personId && !row.chainPersonIds.includes(m.personId)
      ? [...row.chainPersonIds, m.personId]
      : row.chainPersonIds;
  await tx.db
    .update(cases)
    .set({ details: { ...row.details, claimedBy }, chainPersonIds: chain, updatedAt: tx.clock() })
    .where(eq(cases.id, row.id));
  await recordStep(tx, row, { type: 'claim', data: claimedBy, actorAccountId: m.actor.accountId });
  await notify(tx, [row.requesterAccountId, ...(await ownerAccounts(tx, ownerOf(row)))], {
    regionCode: row.regionCode,
    caseId: row.id,
    kind: 'wish.claimed',
    title: `微心愿已被认领：${row.title}`,
  });
  await appendAudit(tx, {
    action: 'cases.claim',
    objectType: 'case',
    objectId: row.id,
    regionCode: row.regionCode,
    after: claimedBy,
  });
}

/** 认领实事: a unit claims a village's matter and becomes its owner. */
async function claimMatter(
  tx: Ctx,
  m: Me,
  row: CaseRow,
  type: CaseType,
  action: ClaimAction,
): Promise<void> {
  const unitId = action.unitId ?? m.unitIds[0];
  if (!unitId)
    throw validationError([{ path: 'body.unitId', message: 'name the unit claiming the matter' }]);
  const [unit] = await tx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.countyCode, row.countyCode)));
  if (!unit)
    throw validationError([{ path: 'body.unitId', message: 'no such unit in this county' }]);
  if (row.details.claimedBy) throw conflict('the matter is already claimed');
  const details = {
    ...row.details,
    claimedBy: { unitId: unit.id, name: unit.name, at: tx.clock().toISOString() },
  };
  await transition(
    tx,
    row,
    type,
    { type: 'reassign', owner: { kind: 'unit', id: unit.id, step: 'department' } },
    { actorAccountId: m.actor.accountId, action: 'claim', details, data: { unitId: unit.id } },
  );
}

/** Claiming from the wall: wishes and livelihood matters only, while they are open. */
export async function claimCase(
  tx: Ctx,
  m: Me,
  row: CaseRow,
  type: CaseType,
  action: ClaimAction,
): Promise<void> {
  if (!isOpen(row.state as CaseState)) throw conflict(`cannot claim a case that is ${row.state}`);
  if (row.kind === 'wish') return claimWish(tx, m, row, action);
  if (row.kind === 'matter') return claimMatter(tx, m, row, type, action);
  throw validationError([
    { path: 'body.type', message: 'only wishes and livelihood matters are claimed' },
  ]);
}

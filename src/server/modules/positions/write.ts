import { eq } from 'drizzle-orm';
import { ageOn } from '../../../domain/directory/plainDate.ts';
import {
  POSITIONS,
  positionProblems,
  type PositionCode,
  type PositionDetails,
  type PositionShape,
} from '../../../domain/directory/positions.ts';
import { memberships, persons, positions } from '../../db/schema/index.ts';
import { auditEdit, insertAudited } from '../../platform/auditedWrite.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';
import { visibleGrid, visibleOrg, visiblePerson, visibleUnit } from '../directory/references.ts';
import { getRegion } from '../regions/service.ts';
import type { NewPosition, PositionPatch, PositionView } from './schema.ts';
import { getPosition, positionKeyTaken } from './service.ts';

const ADULT_AGE = 18;

function checkShape(shape: PositionShape): void {
  const problems = positionProblems(shape);
  if (problems.length > 0)
    throw validationError(problems.map((p) => ({ path: `body.${p.field}`, message: p.message })));
}

/** The references a write names (only those it changes, on an edit) must be visible and in the position's region. */
async function checkReferences(
  ctx: Ctx,
  regionCode: string,
  refs: Pick<PositionPatch, 'orgId' | 'gridId' | 'unitId' | 'dispatchingUnitId'>,
): Promise<void> {
  if (refs.orgId) {
    const org = await visibleOrg(ctx, refs.orgId, 'body.orgId');
    if (org.regionCode !== regionCode)
      throw validationError([
        { path: 'body.orgId', message: 'the organization is not in the position’s region' },
      ]);
  }
  if (refs.gridId) {
    const grid = await visibleGrid(ctx, refs.gridId, 'body.gridId');
    if (grid.regionCode !== regionCode)
      throw validationError([
        { path: 'body.gridId', message: 'the grid is not in the position’s region' },
      ]);
  }
  if (refs.unitId) await visibleUnit(ctx, refs.unitId, 'body.unitId');
  if (refs.dispatchingUnitId)
    await visibleUnit(ctx, refs.dispatchingUnitId, 'body.dispatchingUnitId');
}

async function checkAdultOn(ctx: Ctx, personId: string, startDate: string): Promise<void> {
  const [person] = await ctx.db
    .select({ birthDate: persons.birthDate })
    .from(persons)
    .where(eq(persons.id, personId));
  if (person && ageOn(person.birthDate, startDate) < ADULT_AGE)
    throw validationError([
      { path: 'body.startDate', message: `the holder is under ${ADULT_AGE} on the start date` },
    ]);
}

async function checkKeyFree(
  ctx: Ctx,
  key: { personId: string; code: string; regionCode: string; startDate: string },
  selfId?: string,
): Promise<void> {
  if (await positionKeyTaken(ctx, key, selfId))
    throw new AppError('CONFLICT', {
      zh: '此人在该区划已有同日起任的同一职务',
      en: 'The person already holds this position here from that date',
    });
}

const detailsOf = (s: PositionShape): PositionDetails => ({
  ...(s.dispatchingUnitId ? { dispatchingUnitId: s.dispatchingUnitId } : {}),
  ...(s.termEndDate ? { termEndDate: s.termEndDate } : {}),
  ...(s.goldMediator ? { goldMediator: true } : {}),
});

/** The columns a holding's shape is stored in (a create writes them, an edit rewrites them). */
const storedShape = (s: PositionShape) => ({
  orgId: s.orgId,
  gridId: s.gridId,
  unitId: s.unitId,
  details: detailsOf(s),
  startDate: s.startDate,
  endDate: s.endDate,
});

/**
 * Records that a person holds a position. The holder may live outside the writer's write scope
 * (a 第一书记 from a county unit) but must be visible to them; the position's region must be writable.
 */
export async function createPosition(ctx: Ctx, input: NewPosition): Promise<PositionView> {
  const shape: PositionShape = {
    code: input.code as PositionCode,
    orgId: input.orgId ?? null,
    gridId: input.gridId ?? null,
    unitId: input.unitId ?? null,
    dispatchingUnitId: input.dispatchingUnitId ?? null,
    termEndDate: input.termEndDate ?? null,
    goldMediator: input.goldMediator ?? null,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
  };
  return transaction(ctx, async (tx) => {
    await getRegion(tx, input.regionCode, 'directory.write');
    checkShape(shape);
    await visiblePerson(tx, input.personId, 'body.personId');
    await checkReferences(tx, input.regionCode, input);
    await checkAdultOn(tx, input.personId, input.startDate);
    if (POSITIONS.find((p) => p.code === input.code)?.partyOnly) {
      const [member] = await tx.db
        .select({ personId: memberships.personId })
        .from(memberships)
        .where(eq(memberships.personId, input.personId));
      if (!member)
        throw validationError([
          { path: 'body.personId', message: `a ${input.code} must be a party member` },
        ]);
    }
    await checkKeyFree(tx, input);
    const now = ctx.clock();
    const row = {
      ...newRow(now, input.regionCode),
      personId: input.personId,
      code: shape.code,
      ...storedShape(shape),
      createdAt: now,
      updatedAt: now,
    };
    await insertAudited(tx, positions, row, { action: 'position.create', objectType: 'position' });
    return getPosition(tx, row.id);
  });
}

/** Edits a holding or ends it (endDate); a position is never deleted, so its history stays. */
export async function updatePosition(
  ctx: Ctx,
  id: string,
  patch: PositionPatch,
): Promise<PositionView> {
  return transaction(ctx, async (tx) => {
    const before = await getPosition(tx, id, 'directory.write');
    const pick = <K extends keyof PositionPatch>(
      k: K,
      old: NonNullable<PositionPatch[K]> | null,
    ) => (patch[k] === undefined ? old : (patch[k] ?? null));
    const shape: PositionShape = {
      code: before.code as PositionCode,
      orgId: pick('orgId', before.orgId),
      gridId: pick('gridId', before.gridId),
      unitId: pick('unitId', before.unitId),
      dispatchingUnitId: pick('dispatchingUnitId', before.dispatchingUnitId),
      termEndDate: pick('termEndDate', before.termEndDate),
      goldMediator: pick('goldMediator', before.goldMediator),
      startDate: patch.startDate ?? before.startDate,
      endDate: pick('endDate', before.endDate),
    };
    checkShape(shape);
    await checkReferences(tx, before.regionCode, patch);
    if (patch.startDate) {
      await checkAdultOn(tx, before.personId, patch.startDate);
      await checkKeyFree(tx, { ...before, startDate: patch.startDate }, id);
    }
    await tx.db
      .update(positions)
      .set({ ...storedShape(shape), updatedAt: ctx.clock() })
      .where(eq(positions.id, id));
    const after = await getPosition(tx, id, 'directory.write');
    const ended = before.endDate === null && after.endDate !== null;
    await auditEdit(tx, {
      action: ended ? 'position.end' : 'position.update',
      objectType: 'position',
      objectId: id,
      patch,
      before,
      after,
    });
    return after;
  });
}

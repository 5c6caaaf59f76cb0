import { eq } from 'drizzle-orm';
import type { ResponsibilityLevel } from '../../../domain/directory/responsibility.ts';
import { isWithinScope, parseRegionCode } from '../../../domain/region/regionCode.ts';
import { grids, memberships, regions } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { scoped } from '../../platform/scope.ts';
import {
  visibleGrid,
  visibleHousehold,
  visibleOrg,
  visiblePerson,
  visibleUnit,
} from '../directory/references.ts';
import type { NewEdge } from './edgeSchema.ts';

// The records an edge names must exist, be visible to the writer and lie in the edge's region;
// ids are checked for shape first so a malformed one never reaches a uuid column.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fail = (path: string, message: string): never => {
  throw validationError([{ path, message }]);
};
const uuidAt = (text: string, path: string): string =>
  UUID.test(text) ? text : fail(path, 'must be a UUID');
const insideAt = (code: string, region: string, path: string, what: string): void => {
  if (!isWithinScope(code, region)) fail(path, `the ${what} is not in the edge’s region`);
};

async function memberOf(ctx: Ctx, personId: string) {
  const [m] = await ctx.db.select().from(memberships).where(eq(memberships.personId, personId));
  return m;
}

async function checkVillage(ctx: Ctx, code: string, region: string, path: string): Promise<void> {
  const parsed = parseRegionCode(code);
  if (!parsed.ok || parsed.info.level !== 'village') fail(path, 'must be a village’s region code');
  const [row] = await ctx.db
    .select({ code: regions.code })
    .from(regions)
    .where(scoped(requireActor(ctx), 'directory.read', regions.regionCode, eq(regions.code, code)));
  if (!row) fail(path, 'no such village');
  insideAt(code, region, path, 'village');
}

async function checkStreet(ctx: Ctx, id: string, region: string, path: string): Promise<void> {
  const grid = await visibleGrid(ctx, uuidAt(id, path), path);
  if (grid.kind !== 'street') fail(path, 'not a street service station');
  insideAt(grid.regionCode, region, path, 'street station');
}

async function checkEnterprise(ctx: Ctx, id: string, region: string, path: string): Promise<void> {
  const unit = await visibleUnit(ctx, uuidAt(id, path), path);
  insideAt(unit.regionCode, region, path, 'unit');
}

async function checkTeam(ctx: Ctx, id: string, region: string, path: string): Promise<void> {
  const org = await visibleOrg(ctx, uuidAt(id, path), path);
  if (org.type !== 'partyGroup') fail(path, 'a team is a party group (党小组)');
  insideAt(org.regionCode, region, path, 'party group');
}

/** The responsible person: visible, and a party member at levels 1–4 (L5 is the household head). */
export async function checkResponsible(ctx: Ctx, e: NewEdge): Promise<void> {
  await visiblePerson(ctx, e.responsibleId, 'body.responsibleId');
  if (e.level <= 4 && !(await memberOf(ctx, e.responsibleId)))
    fail('body.responsibleId', `level ${e.level} is answered for by a party member`);
}

export async function checkTarget(ctx: Ctx, e: NewEdge): Promise<void> {
  const path = 'body.targetId';
  switch (e.targetKind) {
    case 'village':
      return checkVillage(ctx, e.targetId, e.regionCode, path);
    case 'street':
      return checkStreet(ctx, e.targetId, e.regionCode, path);
    case 'enterprise':
      return checkEnterprise(ctx, e.targetId, e.regionCode, path);
    case 'team':
      return checkTeam(ctx, e.targetId, e.regionCode, path);
    case 'household': {
      const household = await visibleHousehold(ctx, uuidAt(e.targetId, path), path);
      return insideAt(household.regionCode, e.regionCode, path, 'household');
    }
    case 'partyMember': {
      await visiblePerson(ctx, uuidAt(e.targetId, path), path);
      if (!(await memberOf(ctx, e.targetId))) fail(path, 'not a party member');
      return;
    }
    default: {
      const person = await visiblePerson(ctx, uuidAt(e.targetId, path), path);
      if (person.householdId !== e.withinId) fail(path, 'not a member of this household');
    }
  }
}

/** What a level's `withinId` names: L2 the village/street/enterprise, L3 the member's party group, L5 the household the head answers for. */
export async function checkWithin(
  ctx: Ctx,
  e: NewEdge & { level: ResponsibilityLevel },
): Promise<void> {
  const path = 'body.withinId';
  const within = e.withinId;
  if (!within) return;
  if (e.level === 2) {
    if (parseRegionCode(within).ok) return checkVillage(ctx, within, e.regionCode, path);
    const id = uuidAt(within, path);
    const [grid] = await ctx.db
      .select({ id: grids.id })
      .from(grids)
      .where(scoped(requireActor(ctx), 'directory.read', grids.regionCode, eq(grids.id, id)));
    return grid
      ? checkStreet(ctx, id, e.regionCode, path)
      : checkEnterprise(ctx, id, e.regionCode, path);
  }
  if (e.level === 3) {
    await checkTeam(ctx, within, e.regionCode, path);
    const membership = await memberOf(ctx, e.targetId);
    if (membership && membership.groupId !== within)
      fail(path, 'the member is not in this party group');
    return;
  }
  const household = await visibleHousehold(ctx, uuidAt(within, path), path);
  if (household.headId !== e.responsibleId)
    fail('body.responsibleId', 'level 5 is answered for by the head of the household');
  insideAt(household.regionCode, e.regionCode, path, 'household');
}

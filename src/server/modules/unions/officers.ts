import { and, asc, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { memberships, partyOrgs, persons, positions } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { newRow } from '../../platform/newRow.ts';

// A union's first secretary (书记 of its 联合党委 / 联村党支部) and committee members (委员) are
// ordinary positions on the union's org, so the directory lists them and history ends them.

export type OfficerCode = 'secretary' | 'committeeMember';
interface Org {
  id: string;
  regionCode: string;
  countyCode: string;
}
export interface Officer {
  id: string;
  name: string;
  regionCode: string;
}

/** Every person must be a party member living in one of the union's villages, else 400. */
export async function checkOfficers(
  ctx: Ctx,
  villages: readonly string[],
  ids: readonly string[],
  path: string,
): Promise<void> {
  if (ids.length === 0) return;
  const found = await ctx.db
    .select({ id: persons.id })
    .from(persons)
    .innerJoin(memberships, eq(memberships.personId, persons.id))
    .where(and(inArray(persons.id, [...ids]), inArray(persons.regionCode, [...villages])));
  const known = new Set(found.map((f) => f.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0)
    throw validationError([
      { path, message: `not a party member of the union’s villages: ${missing.join(', ')}` },
    ]);
}

/** The open positions of one kind on the org, with their holders. */
export async function officersOf(ctx: Ctx, orgId: string, code: OfficerCode): Promise<Officer[]> {
  return ctx.db
    .select({ id: persons.id, name: persons.name, regionCode: persons.regionCode })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(and(eq(positions.orgId, orgId), eq(positions.code, code), isNull(positions.endDate)))
    .orderBy(asc(persons.nameSort));
}

/**
 * Makes `personIds` the holders of `code` on the org: others' open positions end today, the
 * missing ones start today. Answers whether anything changed.
 */
export async function setOfficers(
  tx: Ctx,
  org: Org,
  code: OfficerCode,
  personIds: readonly string[],
): Promise<boolean> {
  const now = tx.clock();
  const today = shanghaiDate(now);
  const open = and(
    eq(positions.orgId, org.id),
    eq(positions.code, code),
    isNull(positions.endDate),
  );
  const current = await tx.db.select({ personId: positions.personId }).from(positions).where(open);
  const held = new Set(current.map((c) => c.personId));
  const wanted = new Set(personIds);
  const leaving = [...held].filter((id) => !wanted.has(id));
  const joining = [...wanted].filter((id) => !held.has(id));
  if (leaving.length > 0)
    await tx.db
      .update(positions)
      .set({ endDate: today, updatedAt: now })
      .where(
        and(
          open,
          personIds.length > 0 ? notInArray(positions.personId, [...personIds]) : undefined,
        ),
      );
  if (joining.length > 0)
    await tx.db.insert(positions).values(
      joining.map((personId) => ({
        ...newRow(now, org.regionCode),
        personId,
        code,
        orgId: org.id,
        gridId: null,
        unitId: null,
        details: {},
        startDate: today,
        endDate: null,
        createdAt: now,
        updatedAt: now,
      })),
    );
  return leaving.length + joining.length > 0;
}

/**
 * Ends today the open 书记 and 委员 positions on the org held by residents of `village` (it left
 * the union: its people leave the union's committee with it). Answers who left, by position.
 */
export async function endOfficersOf(
  tx: Ctx,
  orgId: string,
  village: string,
): Promise<{ secretary: Officer[]; committeeMember: Officer[] }> {
  const now = tx.clock();
  const leaving = await tx.db
    .select({
      positionId: positions.id,
      code: positions.code,
      id: persons.id,
      name: persons.name,
      regionCode: persons.regionCode,
    })
    .from(positions)
    .innerJoin(persons, eq(persons.id, positions.personId))
    .where(
      and(
        eq(positions.orgId, orgId),
        inArray(positions.code, ['secretary', 'committeeMember']),
        isNull(positions.endDate),
        eq(persons.regionCode, village),
      ),
    );
  if (leaving.length > 0)
    await tx.db
      .update(positions)
      .set({ endDate: shanghaiDate(now), updatedAt: now })
      .where(
        inArray(
          positions.id,
          leaving.map((l) => l.positionId),
        ),
      );
  const of = (code: OfficerCode) =>
    leaving
      .filter((l) => l.code === code)
      .map(({ id, name, regionCode }) => ({ id, name, regionCode }));
  return { secretary: of('secretary'), committeeMember: of('committeeMember') };
}

/**
 * The union's org sits in its lead village: when the lead changes, the org and its positions
 * move there (scope follows the org). Answers where it was, or null when it was there already.
 */
export async function moveOrgTo(tx: Ctx, orgId: string, lead: string): Promise<string | null> {
  const [org] = await tx.db
    .select({ regionCode: partyOrgs.regionCode })
    .from(partyOrgs)
    .where(eq(partyOrgs.id, orgId));
  if (!org || org.regionCode === lead) return null;
  const now = tx.clock();
  await tx.db
    .update(partyOrgs)
    .set({ regionCode: lead, updatedAt: now })
    .where(eq(partyOrgs.id, orgId));
  await tx.db
    .update(positions)
    .set({ regionCode: lead, updatedAt: now })
    .where(eq(positions.orgId, orgId));
  return org.regionCode;
}

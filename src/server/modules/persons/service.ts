import { asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { isMinor } from '../../../domain/directory/idNumber.ts';
import { ageOn } from '../../../domain/directory/plainDate.ts';
import { mask } from '../../../domain/privacy/mask.ts';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { memberships, partyOrgs, persons, positions, regions } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { pageTotal, totalKey } from '../../platform/pageTotal.ts';
import { scoped } from '../../platform/scope.ts';
import { inRegion } from '../directory/inRegion.ts';
import { personSearchCondition } from '../directory/nameSearch.ts';
import type { PersonDetail, PersonListItem } from './schema.ts';

type PersonRow = typeof persons.$inferSelect;

const listColumns = {
  person: persons,
  regionName: regions.name,
  partyMember: sql<boolean>`EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = "persons"."id")`,
};

/** Persons with their region's name and whether they are party members: a `personItem` each. */
const selectPersonItems = (ctx: Pick<Ctx, 'db'>) =>
  ctx.db.select(listColumns).from(persons).leftJoin(regions, eq(regions.code, persons.regionCode));

/** A person as every response shows them: sensitive fields masked, a minor's birth date hidden. */
export function personItem(
  ctx: Ctx,
  row: PersonRow,
  regionName: string | null,
  partyMember: boolean,
): PersonListItem {
  const today = shanghaiDate(ctx.clock());
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    age: ageOn(row.birthDate, today),
    minor: isMinor(row.birthDate, today),
    regionCode: row.regionCode,
    regionName,
    idNumber: mask('idNumber', ctx.cipher.decrypt(row.idCipher)),
    phone: row.phoneCipher ? mask('phone', ctx.cipher.decrypt(row.phoneCipher)) : null,
    tags: row.tags,
    householdId: row.householdId,
    relationToHead: row.relationToHead,
    partyMember: Boolean(partyMember),
  };
}

export interface PersonQuery {
  q?: string | undefined;
  region?: string | undefined;
  tag?: string | undefined;
  partyMember?: 'true' | 'false' | undefined;
  /** On this unit's staff (a 1+1+N pair's unit member). */
  unit?: string | undefined;
  page: number;
  pageSize: number;
}

export async function listPersons(ctx: Ctx, q: PersonQuery): Promise<Page<PersonListItem>> {
  const filters: (SQL | undefined)[] = [q.q ? personSearchCondition(q.q, ctx.cipher) : undefined];
  if (q.region) filters.push(inRegion(persons.regionCode, q.region));
  if (q.tag) filters.push(sql`${q.tag} = ANY(${persons.tags})`);
  if (q.unit) filters.push(eq(persons.unitId, q.unit));
  if (q.partyMember)
    filters.push(
      q.partyMember === 'true' ? listColumns.partyMember : sql`NOT ${listColumns.partyMember}`,
    );
  const where = scoped(requireActor(ctx), 'directory.read', persons.regionCode, ...filters);
  const actor = requireActor(ctx);
  const total = await pageTotal(
    totalKey('persons', actor.grants, {
      q: q.q,
      region: q.region,
      tag: q.tag,
      partyMember: q.partyMember,
      unit: q.unit,
    }),
    async () => (await ctx.db.select({ n: count() }).from(persons).where(where))[0]?.n ?? 0,
  );
  const rows = await selectPersonItems(ctx)
    .where(where)
    .orderBy(asc(persons.nameSort), asc(persons.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: rows.map((r) => personItem(ctx, r.person, r.regionName, r.partyMember)), total };
}

export async function loadPerson(
  ctx: Ctx,
  id: string,
  permission: 'directory.read' | 'directory.write' = 'directory.read',
): Promise<PersonRow> {
  const [row] = await ctx.db
    .select()
    .from(persons)
    .where(scoped(requireActor(ctx), permission, persons.regionCode, eq(persons.id, id)));
  if (!row) throw notFound();
  return row;
}

export async function getPerson(ctx: Ctx, id: string): Promise<PersonDetail> {
  await loadPerson(ctx, id);
  return personDetailOf(ctx, id);
}

/** The full record of a person already known to be visible to the caller. */
export async function personDetailOf(ctx: Ctx, id: string): Promise<PersonDetail> {
  const [r] = await selectPersonItems(ctx).where(eq(persons.id, id));
  if (!r) throw notFound();
  const item = personItem(ctx, r.person, r.regionName, r.partyMember);
  const [membership] = await ctx.db
    .select({
      orgId: memberships.orgId,
      orgName: partyOrgs.name,
      kind: memberships.kind,
      joinDate: memberships.joinDate,
    })
    .from(memberships)
    .leftJoin(partyOrgs, eq(partyOrgs.id, memberships.orgId))
    .where(eq(memberships.personId, id));
  const held = await ctx.db
    .select()
    .from(positions)
    .where(inArray(positions.personId, [id]))
    .orderBy(asc(positions.startDate));
  return {
    ...item,
    // Minors' data is sensitive (PIPL): the birth date shows the year only.
    birthDate: item.minor ? `${r.person.birthDate.slice(0, 4)}-**-**` : r.person.birthDate,
    education: r.person.education,
    idLegacy: r.person.idLegacy,
    membership: membership ?? null,
    positions: held.map((p) => ({
      id: p.id,
      code: p.code,
      regionCode: p.regionCode,
      orgId: p.orgId,
      startDate: p.startDate,
      endDate: p.endDate,
      details: { ...p.details },
    })),
  };
}

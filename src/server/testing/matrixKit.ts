import { ROLES, type Role } from '../../domain/access/roles.ts';

// The authorization matrix's vocabulary (src/server/authorizationMatrix.test.ts): each module
// states its routes' expected answers with these, per role × {own, sibling, parent, other county}.
export type Relation = 'own' | 'sibling' | 'parent' | 'otherCounty';
export const RELATIONS: Relation[] = ['own', 'sibling', 'parent', 'otherCounty'];
// 'listed' / 'hidden': a 200 list that does / does not contain the target.
export type Outcome = number | 'listed' | 'hidden';
export type Cell = Record<Relation, Outcome>;

export const inside = (outcome: Outcome, outside: Outcome = 404): Cell => ({
  own: outcome,
  sibling: outside,
  parent: outside,
  otherCounty: outside,
});
export const everywhere = (outcome: Outcome): Cell => ({
  own: outcome,
  sibling: outcome,
  parent: outcome,
  otherCounty: outcome,
});
export function byRole(
  granted: Partial<Record<Role, Cell>>,
  otherwise: Cell = everywhere(403),
): Record<Role, Cell> {
  return Object.fromEntries(ROLES.map((r) => [r, granted[r] ?? otherwise])) as Record<Role, Cell>;
}
export const allRoles = (cell: Cell) => byRole({}, cell);

export interface Target {
  region: string;
  accountId: string;
  username: string;
  personId: string;
  personName: string;
  householdId: string;
  orgId: string;
  unitId: string;
  /** The village used for grid-level rows (`villageOf`). */
  village: string;
  gridId: string;
  positionId: string;
  /** A second resident, no party member yet: the one a writer admits (memberships are one per person). */
  spareId: string;
  spareHouseholdId: string;
  /** The target person's L4 edge to the spare household (removed once, by the writer of that scope). */
  edgeId: string;
  /** A 十星级文明户 round opened for the target region, and the target household's evaluation in it. */
  roundId: string;
  evaluationId: string;
  /** A case of the spare household (entered on its head's behalf; the target person owns it at L4) and its attachment. */
  caseId: string;
  attachmentId: string;
  /** A unit–village pairing in the target's village (`villageOf`) and an activity recorded for it. */
  pairingId: string;
  activityId: string;
}

export interface Request {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  payload?: unknown;
  listed?: (body: unknown) => boolean;
}
export interface MatrixEntry {
  unauthenticated: number;
  /** Routes about no particular object are tried once per role. */
  targetless?: boolean;
  request(target: Target, n: number): Request;
  expect: Record<Role, Cell>;
}

export const items = (body: unknown) => (body as { items: Record<string, unknown>[] }).items;

// Builders for the row shapes the modules share, so a module's file states only what differs.

/** The roles that read a module's records in their scope (county, township, village, auditor). */
export const readers = (cell: Cell): Partial<Record<Role, Cell>> => ({
  county_admin: cell,
  township_admin: cell,
  village_cadre: cell,
  auditor: cell,
});
/**
 * Who reads evaluations and what is built on them (progress, 三零, warnings, the dashboard): the
 * readers and the group leader, who reviews 小组评星 in their village (evaluation.read).
 */
export const evaluationReaders = (cell: Cell): Partial<Record<Role, Cell>> => ({
  ...readers(cell),
  group_leader: cell,
});
/** The roles that write them (county, township, village). */
export const writers = (cell: Cell): Partial<Record<Role, Cell>> => ({
  county_admin: cell,
  township_admin: cell,
  village_cadre: cell,
});
/**
 * What staff record where they work (排查 sweeps, 接待日, 三零 events): the writers in their scope,
 * the other staff roles (party member, unit staff, mediator, deputy) told the region is not
 * theirs; every other role refused.
 */
export const staffRecord = (cell: Cell): Record<Role, Cell> =>
  byRole({
    ...writers(cell),
    party_member: everywhere(404),
    unit_staff: everywhere(404),
    mediator: everywhere(404),
    deputy: everywhere(404),
  });
/**
 * What only the county or the township does (a pairing's work plan, a union's tasks, deciding a
 * village's proposal): those admins in their scope; the village cadre and the auditor, who see
 * the record, refused; every other role told it does not exist.
 */
export const countyOrTownship = (outcome: Outcome): Record<Role, Cell> =>
  byRole(
    {
      county_admin: inside(outcome),
      township_admin: inside(outcome),
      village_cadre: inside(403),
      auditor: inside(403),
    },
    everywhere(404),
  );

type Make<T> = (t: Target, n: number) => T;
export interface RowSpec {
  /** GET unless named. */
  method?: Request['method'];
  url: Make<string>;
  payload?: Make<unknown>;
  /** For a list: whether the answer holds the target. */
  listed?: (t: Target) => (body: unknown) => boolean;
  targetless?: boolean;
  /** 401 unless named. */
  unauthenticated?: number;
}

export function row(spec: RowSpec, expect: Record<Role, Cell>): MatrixEntry {
  const { method = 'GET', url, payload, listed, targetless, unauthenticated = 401 } = spec;
  return {
    unauthenticated,
    ...(targetless ? { targetless } : {}),
    request: (t, n) => ({
      method,
      url: url(t, n),
      ...(payload ? { payload: payload(t, n) } : {}),
      ...(listed ? { listed: listed(t) } : {}),
    }),
    expect,
  };
}

/** A route about no particular object that answers every signed-in caller alike. */
export const sameForAll = (
  method: Request['method'],
  url: () => string,
  status: number,
  unauthenticated = 401,
): MatrixEntry =>
  row({ method, url, targetless: true, unauthenticated }, allRoles(everywhere(status)));
/** A public page: everyone, signed in or not, gets the same answer. */
export const publicPage = (url: string, status = 200): MatrixEntry =>
  sameForAll('GET', () => url, status, status);

/** A list holds the target when one of its items has `field` equal to the target's `of`. */
export const listedBy =
  (field: string, of: keyof Target) =>
  (t: Target) =>
  (body: unknown): boolean =>
    items(body).some((i) => i[field] === t[of]);

/** The search that finds a target's record named `${prefix}${region}` by the fixture. */
export const named =
  (prefix: string) =>
  (t: Target): string =>
    `q=${encodeURIComponent(`${prefix}${t.region}`)}`;

/**
 * A region-scoped record of the directory at `base`, the target's `id`: its list (a `search` that
 * finds the target) and detail are read by `readers`, its create and update written by `writers`,
 * each in scope only.
 */
export function scopedRecord(
  base: string,
  id: keyof Target,
  search: (t: Target) => string,
  writes: { create?: Make<unknown>; update?: Make<unknown> } = {},
): Record<string, MatrixEntry> {
  const rows: Record<string, MatrixEntry> = {
    [`GET ${base}`]: row(
      { url: (t) => `${base}?${search(t)}`, listed: listedBy('id', id) },
      byRole(readers(inside('listed', 'hidden'))),
    ),
    [`GET ${base}/:id`]: row({ url: (t) => `${base}/${t[id]}` }, byRole(readers(inside(200)))),
  };
  if (writes.create)
    rows[`POST ${base}`] = row(
      { method: 'POST', url: () => base, payload: writes.create },
      byRole(writers(inside(201))),
    );
  if (writes.update)
    rows[`PATCH ${base}/:id`] = row(
      { method: 'PATCH', url: (t) => `${base}/${t[id]}`, payload: writes.update },
      byRole(writers(inside(200))),
    );
  return rows;
}

/** The modules' rows as one matrix; a route stated by two modules is a mistake, not an override. */
export function joinMatrices(...parts: Record<string, MatrixEntry>[]): Record<string, MatrixEntry> {
  const all: Record<string, MatrixEntry> = {};
  for (const part of parts)
    for (const [key, entry] of Object.entries(part)) {
      if (all[key]) throw new Error(`${key} is in two modules' matrix rows`);
      all[key] = entry;
    }
  return all;
}

/** The fixture's county (the matrix accounts' home) and every matrix account's password. */
export const MATRIX_COUNTY = '410599000000';
export const MATRIX_PASSWORD = 'Matrix#Pass2026';
/** An id no record has. */
export const NO_SUCH = '01900000-0000-7000-8000-000000000000';

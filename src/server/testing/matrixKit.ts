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

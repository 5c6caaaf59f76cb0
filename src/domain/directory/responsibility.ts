// 五级联包 (振兴村): 党委委员包村包街道包企业、支部委员包班组、党小组长包党员、党员包户主、户主包家人.
// Each edge says "responsible person answers for target"; `withinId` ties a level to the one above
// (a team sits in a village or street, a member in a team) so a household's chain can be walked up.

export type ResponsibilityLevel = 1 | 2 | 3 | 4 | 5;

export type ResponsibilityTargetKind =
  | 'village' // region code
  | 'street' // grid id (街道服务站)
  | 'enterprise' // unit id
  | 'team' // party group (班组) org id
  | 'partyMember' // person id
  | 'household' // household id
  | 'familyMember'; // person id

/** The target kinds each level may point at. */
export const LEVEL_TARGETS: Readonly<
  Record<ResponsibilityLevel, readonly ResponsibilityTargetKind[]>
> = {
  1: ['village', 'street', 'enterprise'],
  2: ['team'],
  3: ['partyMember'],
  4: ['household'],
  5: ['familyMember'],
};

export interface ResponsibilityEdge {
  id: string;
  level: ResponsibilityLevel;
  responsibleId: string;
  targetKind: ResponsibilityTargetKind;
  targetId: string;
  /**
   * L2: the village/street/enterprise (an L1 target) the team belongs to; L3: the team the member
   * belongs to; L5: the household. Null for L1 and L4.
   */
  withinId: string | null;
  /** Village (or township, for L1 village edges) whose scope the edge falls in. */
  regionCode: string;
}

/** 高州 1+1+N: one member of a paired unit and one rural member jointly contact N households. */
export interface ContactPair {
  id: string;
  unitId: string;
  unitMemberId: string;
  ruralMemberId: string;
  regionCode: string;
  householdIds: string[];
}

/** Describes what is wrong with an edge's shape, or null when it is well formed. */
export function edgeShapeProblem(edge: ResponsibilityEdge): string | null {
  if (!LEVEL_TARGETS[edge.level].includes(edge.targetKind)) {
    return `level ${edge.level} cannot point at a ${edge.targetKind}`;
  }
  const needsWithin = edge.level === 2 || edge.level === 3 || edge.level === 5;
  if (needsWithin && !edge.withinId) return `level ${edge.level} needs withinId`;
  if (!needsWithin && edge.withinId !== null) return `level ${edge.level} takes no withinId`;
  if (edge.responsibleId === edge.targetId) return 'a person cannot answer for themselves';
  return null;
}

export interface ResponsibilityIndex {
  byTarget: ReadonlyMap<string, readonly ResponsibilityEdge[]>;
  byResponsible: ReadonlyMap<string, readonly ResponsibilityEdge[]>;
  byWithin: ReadonlyMap<string, readonly ResponsibilityEdge[]>;
}

const key = (level: ResponsibilityLevel, id: string): string => `${level}:${id}`;

function push(map: Map<string, ResponsibilityEdge[]>, k: string, edge: ResponsibilityEdge): void {
  const list = map.get(k);
  if (list) list.push(edge);
  else map.set(k, [edge]);
}

/** Builds lookup maps once, for callers that walk many households. */
export function indexResponsibility(edges: readonly ResponsibilityEdge[]): ResponsibilityIndex {
  const byTarget = new Map<string, ResponsibilityEdge[]>();
  const byResponsible = new Map<string, ResponsibilityEdge[]>();
  const byWithin = new Map<string, ResponsibilityEdge[]>();
  for (const e of edges) {
    push(byTarget, key(e.level, e.targetId), e);
    push(byResponsible, key(e.level, e.responsibleId), e);
    if (e.withinId !== null) push(byWithin, key(e.level, e.withinId), e);
  }
  return { byTarget, byResponsible, byWithin };
}

function asIndex(edges: readonly ResponsibilityEdge[] | ResponsibilityIndex): ResponsibilityIndex {
  return 'byTarget' in edges ? edges : indexResponsibility(edges);
}

export interface ChainLink {
  level: ResponsibilityLevel;
  personId: string;
  targetKind: ResponsibilityTargetKind;
  targetId: string;
}

export interface ResponsibilityChain {
  householdId: string;
  /** From the contact member (L4) up; as far as the edges reach. */
  links: ChainLink[];
  /** True when the chain reaches an L1 committee member. */
  complete: boolean;
}

const linkOf = (e: ResponsibilityEdge): ChainLink => ({
  level: e.level,
  personId: e.responsibleId,
  targetKind: e.targetKind,
  targetId: e.targetId,
});

/**
 * "Who answers for us": the chain from a household's contact member up to L1. When several
 * edges name the same target, the first one in input order is followed. A contact member who is
 * himself a party group leader is his own L3 link.
 */
export function chainUp(
  householdId: string,
  edges: readonly ResponsibilityEdge[] | ResponsibilityIndex,
): ResponsibilityChain {
  const index = asIndex(edges);
  const links: ChainLink[] = [];
  const done = (complete: boolean): ResponsibilityChain => ({ householdId, links, complete });

  const l4 = index.byTarget.get(key(4, householdId))?.[0];
  if (!l4) return done(false);
  links.push(linkOf(l4));
  const member = l4.responsibleId;
  const l3 =
    index.byTarget.get(key(3, member))?.[0] ?? index.byResponsible.get(key(3, member))?.[0];
  if (!l3?.withinId) return done(false);
  links.push(
    l3.targetId === member ? linkOf(l3) : { ...linkOf(l3), personId: member, targetId: member },
  );
  const l2 = index.byTarget.get(key(2, l3.withinId))?.[0];
  if (!l2?.withinId) return done(false);
  links.push(linkOf(l2));
  const l1 = index.byTarget.get(key(1, l2.withinId))?.[0];
  if (!l1) return done(false);
  links.push(linkOf(l1));
  return done(true);
}

/** "My households": the households a member contacts directly (L4), in edge order. */
export function householdsOf(
  memberId: string,
  edges: readonly ResponsibilityEdge[] | ResponsibilityIndex,
): string[] {
  const list = asIndex(edges).byResponsible.get(key(4, memberId)) ?? [];
  return [...new Set(list.map((e) => e.targetId))];
}

/**
 * Every household below a person at any level: an L1 member sees the households of every team in
 * the villages and streets they answer for. Mirrors `chainUp`: when each target has one edge and
 * each team one leader, a household is under P exactly when P appears in its chain.
 */
export function householdsUnder(
  personId: string,
  edges: readonly ResponsibilityEdge[] | ResponsibilityIndex,
): string[] {
  const index = asIndex(edges);
  const out = new Set<string>();
  const members = new Set<string>([personId]);
  const teams = new Set<string>();
  for (const e of index.byResponsible.get(key(1, personId)) ?? []) {
    for (const l2 of index.byWithin.get(key(2, e.targetId)) ?? []) teams.add(l2.targetId);
  }
  for (const e of index.byResponsible.get(key(2, personId)) ?? []) teams.add(e.targetId);
  for (const e of index.byResponsible.get(key(3, personId)) ?? [])
    if (e.withinId) teams.add(e.withinId);
  for (const team of teams) {
    for (const l3 of index.byWithin.get(key(3, team)) ?? []) {
      members.add(l3.targetId);
      members.add(l3.responsibleId);
    }
  }
  for (const m of members)
    for (const e of index.byResponsible.get(key(4, m)) ?? []) out.add(e.targetId);
  return [...out];
}

export {
  coverageReport,
  coverageInputFromRows,
  DEFAULT_MAX_HOUSEHOLDS_PER_MEMBER,
  type CoverageInput,
  type CoverageReport,
} from './responsibilityCoverage.ts';

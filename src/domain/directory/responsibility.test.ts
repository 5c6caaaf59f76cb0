import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chainUp,
  edgeShapeProblem,
  householdsOf,
  householdsUnder,
  indexResponsibility,
  type ResponsibilityEdge,
} from './responsibility.ts';

type EdgeInput = Omit<ResponsibilityEdge, 'id' | 'regionCode'>;
let counter = 0;
const edge = (e: EdgeInput): ResponsibilityEdge => ({
  ...e,
  id: `e${++counter}`,
  regionCode: '410599101201',
});

/** A village V (L1 p1) with team T (L2 c1), leader g1 over members m1, m2; m1 contacts h1, h2. */
function smallTree(): ResponsibilityEdge[] {
  return [
    edge({ level: 1, responsibleId: 'p1', targetKind: 'village', targetId: 'V', withinId: null }),
    edge({ level: 2, responsibleId: 'c1', targetKind: 'team', targetId: 'T', withinId: 'V' }),
    edge({
      level: 3,
      responsibleId: 'g1',
      targetKind: 'partyMember',
      targetId: 'm1',
      withinId: 'T',
    }),
    edge({
      level: 3,
      responsibleId: 'g1',
      targetKind: 'partyMember',
      targetId: 'm2',
      withinId: 'T',
    }),
    edge({
      level: 4,
      responsibleId: 'm1',
      targetKind: 'household',
      targetId: 'h1',
      withinId: null,
    }),
    edge({
      level: 4,
      responsibleId: 'm1',
      targetKind: 'household',
      targetId: 'h2',
      withinId: null,
    }),
    edge({
      level: 4,
      responsibleId: 'g1',
      targetKind: 'household',
      targetId: 'h3',
      withinId: null,
    }),
    edge({
      level: 5,
      responsibleId: 'head1',
      targetKind: 'familyMember',
      targetId: 'kid1',
      withinId: 'h1',
    }),
  ];
}

describe('chainUp', () => {
  it('walks from the contact member up to the L1 committee member', () => {
    expect(chainUp('h1', smallTree())).toEqual({
      householdId: 'h1',
      complete: true,
      links: [
        { level: 4, personId: 'm1', targetKind: 'household', targetId: 'h1' },
        { level: 3, personId: 'g1', targetKind: 'partyMember', targetId: 'm1' },
        { level: 2, personId: 'c1', targetKind: 'team', targetId: 'T' },
        { level: 1, personId: 'p1', targetKind: 'village', targetId: 'V' },
      ],
    });
  });

  it('lets a group leader who contacts households be his own L3 link', () => {
    const chain = chainUp('h3', smallTree());
    expect(chain.complete).toBe(true);
    expect(chain.links.map((l) => [l.level, l.personId])).toEqual([
      [4, 'g1'],
      [3, 'g1'],
      [2, 'c1'],
      [1, 'p1'],
    ]);
  });

  it('stops where the tree is broken and says so', () => {
    const withoutTeamLead = smallTree().filter((e) => e.level !== 2);
    expect(chainUp('h1', withoutTeamLead)).toMatchObject({
      complete: false,
      links: [{ level: 4 }, { level: 3 }],
    });
    expect(chainUp('nobody', smallTree())).toEqual({
      householdId: 'nobody',
      links: [],
      complete: false,
    });
  });
});

describe('householdsOf and householdsUnder', () => {
  it('lists a member’s own households and everything below a cadre', () => {
    const edges = smallTree();
    expect(householdsOf('m1', edges)).toEqual(['h1', 'h2']);
    expect(householdsOf('m2', edges)).toEqual([]);
    expect(householdsUnder('p1', edges).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(householdsUnder('g1', edges).sort()).toEqual(['h1', 'h2', 'h3']);
    expect(householdsUnder('m1', edges).sort()).toEqual(['h1', 'h2']);
  });
});

describe('edgeShapeProblem', () => {
  it('accepts the five levels and rejects mismatched shapes', () => {
    for (const e of smallTree()) expect(edgeShapeProblem(e)).toBeNull();
    const [l1, l2] = smallTree();
    if (!l1 || !l2) throw new Error('tree');
    expect(edgeShapeProblem({ ...l1, targetKind: 'household' })).toBe(
      'level 1 cannot point at a household',
    );
    expect(edgeShapeProblem({ ...l2, withinId: null })).toBe('level 2 needs withinId');
    expect(edgeShapeProblem({ ...l1, withinId: 'x' })).toBe('level 1 takes no withinId');
  });
});

/** A random well-formed tree: areas → teams → members → households, ids encode the path. */
const treeShape = fc.array(
  fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 3,
  }),
  {
    minLength: 1,
    maxLength: 3,
  },
);

function buildTree(shape: number[][][]): {
  edges: ResponsibilityEdge[];
  topOf: Map<string, string>;
  contactOf: Map<string, string>;
} {
  const edges: ResponsibilityEdge[] = [];
  const topOf = new Map<string, string>();
  const contactOf = new Map<string, string>();
  shape.forEach((teams, a) => {
    const area = `A${a}`;
    edges.push(
      edge({
        level: 1,
        responsibleId: `top${a}`,
        targetKind: 'village',
        targetId: area,
        withinId: null,
      }),
    );
    teams.forEach((members, t) => {
      const team = `${area}T${t}`;
      edges.push(
        edge({
          level: 2,
          responsibleId: `cadre${a}.${t}`,
          targetKind: 'team',
          targetId: team,
          withinId: area,
        }),
      );
      members.forEach((households, m) => {
        const member = `${team}M${m}`;
        // member 0 leads the team; the others are its L3 targets
        if (m > 0) {
          edges.push(
            edge({
              level: 3,
              responsibleId: `${team}M0`,
              targetKind: 'partyMember',
              targetId: member,
              withinId: team,
            }),
          );
        }
        for (let h = 0; h < households; h++) {
          const household = `${member}H${h}`;
          edges.push(
            edge({
              level: 4,
              responsibleId: member,
              targetKind: 'household',
              targetId: household,
              withinId: null,
            }),
          );
          topOf.set(household, `top${a}`);
          contactOf.set(household, member);
        }
      });
    });
  });
  return { edges, topOf, contactOf };
}

describe('responsibility tree properties', () => {
  it('every household of a whole tree reaches its area’s L1 member, and views agree with chains', () => {
    fc.assert(
      fc.property(treeShape, (shape) => {
        const { edges, topOf, contactOf } = buildTree(shape);
        // a team whose only member is its leader has no L3 edge and so cannot be walked: skip those
        const index = indexResponsibility(edges);
        for (const [household, top] of topOf) {
          const chain = chainUp(household, index);
          const team = household.replace(/M\d+H\d+$/, '');
          const teamHasL3 = edges.some((e) => e.level === 3 && e.withinId === team);
          expect(chain.complete).toBe(teamHasL3);
          if (teamHasL3) {
            expect(chain.links.map((l) => l.level)).toEqual([4, 3, 2, 1]);
            expect(chain.links[3]?.personId).toBe(top);
            expect(householdsUnder(top, index)).toContain(household);
          }
          expect(householdsOf(contactOf.get(household) ?? '', index)).toContain(household);
        }
        for (let a = 0; a < shape.length; a++) {
          const under = new Set(householdsUnder(`top${a}`, index));
          for (const h of under) expect(topOf.get(h)).toBe(`top${a}`);
        }
      }),
    );
  });
});

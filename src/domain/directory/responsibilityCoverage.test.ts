import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResponsibilityEdge } from './responsibility.ts';
import { coverageReport, type CoverageInput } from './responsibilityCoverage.ts';

const l4 = (member: string, household: string): ResponsibilityEdge => ({
  id: `${member}-${household}`,
  level: 4,
  responsibleId: member,
  targetKind: 'household',
  targetId: household,
  withinId: null,
  regionCode: '410599101201',
});

const base: CoverageInput = {
  asOf: '2025-06-30',
  villageCodes: ['410599101201', '410599101202'],
  households: [],
  streets: [{ id: 's1' }, { id: 's2' }],
  positions: [
    {
      code: 'secretary',
      regionCode: '410599101201',
      gridId: null,
      startDate: '2021-01-01',
      endDate: null,
    },
    // the only secretary of 202 left office a day before the report date
    {
      code: 'secretary',
      regionCode: '410599101202',
      gridId: null,
      startDate: '2018-01-01',
      endDate: '2025-06-29',
    },
    {
      code: 'stationCadre',
      regionCode: '410599101201',
      gridId: 's1',
      startDate: '2024-01-01',
      endDate: null,
    },
    {
      code: 'gridWorker',
      regionCode: '410599101201',
      gridId: 's2',
      startDate: '2024-01-01',
      endDate: null,
    },
  ],
  edges: [],
};

describe('coverageReport', () => {
  it('finds vacant secretaries and streets whose only position is not a station cadre', () => {
    expect(coverageReport(base)).toEqual({
      householdsWithoutContact: [],
      overloadedMembers: [],
      villagesWithoutSecretary: ['410599101202'],
      streetsWithoutStationCadre: ['s2'],
    });
    expect(coverageReport({ ...base, asOf: '2025-06-29' }).villagesWithoutSecretary).toEqual([]);
  });

  it('reports members above 15 households by default and honours a configured load', () => {
    const households = Array.from({ length: 16 }, (_, i) => ({
      id: `h${String(i).padStart(2, '0')}`,
    }));
    const edges = households.map((h) => l4('m1', h.id));
    const input = { ...base, households, edges };
    expect(coverageReport(input).overloadedMembers).toEqual([{ personId: 'm1', households: 16 }]);
    expect(coverageReport(input, { maxHouseholdsPerMember: 16 }).overloadedMembers).toEqual([]);
    // the same household named twice is one household of load
    expect(
      coverageReport({ ...input, edges: [...edges.slice(0, 15), l4('m1', 'h00')] })
        .overloadedMembers,
    ).toEqual([]);
  });

  it('counts a household named by a 1+1+N pair as contacted', () => {
    const input: CoverageInput = {
      ...base,
      households: [{ id: 'h1' }, { id: 'h2' }, { id: 'h3' }],
      edges: [l4('m1', 'h1')],
      pairs: [
        {
          id: 'p',
          unitId: 'u',
          unitMemberId: 'x',
          ruralMemberId: 'y',
          regionCode: '410599101201',
          householdIds: ['h3'],
        },
      ],
    };
    expect(coverageReport(input).householdsWithoutContact).toEqual(['h2']);
  });

  it('names exactly the households whose contact edges were removed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.uniqueArray(fc.nat({ max: 59 })),
        fc.integer({ min: 1, max: 20 }),
        (householdCount, memberCount, removed, max) => {
          const households = Array.from({ length: householdCount }, (_, i) => ({
            id: `h${String(i).padStart(2, '0')}`,
          }));
          const all = households.map((h, i) => l4(`m${i % memberCount}`, h.id));
          const gone = new Set(
            removed.filter((i) => i < householdCount).map((i) => `h${String(i).padStart(2, '0')}`),
          );
          const edges = all.filter((e) => !gone.has(e.targetId));
          const report = coverageReport(
            { ...base, households, edges },
            { maxHouseholdsPerMember: max },
          );
          expect(report.householdsWithoutContact).toEqual([...gone].sort());
          const loads = new Map<string, number>();
          for (const e of edges) loads.set(e.responsibleId, (loads.get(e.responsibleId) ?? 0) + 1);
          const expected = [...loads]
            .filter(([, n]) => n > max)
            .map(([personId, households]) => ({ personId, households }))
            .sort((a, b) => (a.personId < b.personId ? -1 : 1));
          expect(report.overloadedMembers).toEqual(expected);
        },
      ),
    );
  });
});

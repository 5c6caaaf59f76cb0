import { beforeAll, describe, expect, it } from 'vitest';
import { parseRegionCode } from '../../region/regionCode.ts';
import { isValidIdNumber, parseIdNumber, isMinor } from '../idNumber.ts';
import { INDUSTRIES } from '../industries.ts';
import { isMobileNumber } from '../phone.ts';
import { isHeldOn } from '../positions.ts';
import { chainUp, edgeShapeProblem, indexResponsibility } from '../responsibility.ts';
import { coverageInputFromRows, coverageReport } from '../responsibilityCoverage.ts';
import type { DemoDirectory } from './chunk.ts';
import { generateDemoCounty } from './generate.ts';
import { streamDemoCounty } from './stream.ts';
import { DEFAULT_DEMO_COUNTY } from './options.ts';

let county: DemoDirectory;
beforeAll(() => {
  county = generateDemoCounty();
});

const asOf = DEFAULT_DEMO_COUNTY.referenceDate;

describe('the demo county 示范县', () => {
  it('has 12 townships (2 街道, 7 镇, 3 乡), 280 villages and 20 communities with valid codes', () => {
    const byLevel = (level: string) => county.regions.filter((r) => r.level === level);
    expect(byLevel('province').map((r) => r.code)).toEqual(['410000000000']);
    expect(byLevel('county').map((r) => [r.code, r.name])).toEqual([['410599000000', '示范县']]);
    const townships = byLevel('township');
    expect(townships).toHaveLength(12);
    const kinds = townships.map((t) => {
      const parsed = parseRegionCode(t.code);
      return parsed.ok ? (parsed.info.townshipKind ?? 'town') : 'town';
    });
    expect(kinds.filter((k) => k === 'subdistrict')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'town')).toHaveLength(7);
    expect(kinds.filter((k) => k === 'township')).toHaveLength(3);
    const suffix = { subdistrict: '街道', town: '镇', township: '乡' } as const;
    expect(townships.filter((t, i) => !t.name.endsWith(suffix[kinds[i] ?? 'town']))).toEqual([]);
    const villages = byLevel('village');
    const villageKinds = villages.map((v) => {
      const parsed = parseRegionCode(v.code);
      return parsed.ok ? parsed.info.villageKind : 'invalid';
    });
    expect(villageKinds.filter((k) => k === 'village')).toHaveLength(280);
    expect(villageKinds.filter((k) => k === 'community')).toHaveLength(20);
    expect(villages.filter((v) => v.name.endsWith('社区'))).toHaveLength(20);
    const codes = new Set(county.regions.map((r) => r.code));
    expect(codes.size).toBe(county.regions.length);
    for (const r of county.regions) {
      const parsed = parseRegionCode(r.code);
      expect(parsed.ok, r.code).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.info.level).toBe(r.level);
      expect(r.parentCode).toBe(parsed.info.parentCode);
      if (r.parentCode) expect(codes.has(r.parentCode)).toBe(true);
    }
  });

  it('lays villages over about 30 × 40 km with populations of 300–3,000', () => {
    const villages = county.regions.filter((r) => r.level === 'village');
    const lats = villages.map((v) => v.lat);
    const lngs = villages.map((v) => v.lng);
    const northSouthKm = (Math.max(...lats) - Math.min(...lats)) * 111;
    const eastWestKm =
      (Math.max(...lngs) - Math.min(...lngs)) * 111 * Math.cos((35.8 * Math.PI) / 180);
    expect(northSouthKm).toBeGreaterThan(30);
    expect(northSouthKm).toBeLessThanOrEqual(40);
    expect(eastWestKm).toBeGreaterThan(20);
    expect(eastWestKm).toBeLessThanOrEqual(30);
    expect(villages.filter((v) => v.population < 300 || v.population > 3000)).toEqual([]);
    const total = villages.reduce((sum, v) => sum + v.population, 0);
    expect(county.persons.filter((p) => p.householdId !== null)).toHaveLength(total);
    expect(county.households).toHaveLength(villages.reduce((sum, v) => sum + v.households, 0));
    const perHousehold = total / county.households.length;
    expect(perHousehold).toBeGreaterThan(2.8);
    expect(perHousehold).toBeLessThan(3.4);
  });

  it('gives every village industries from the vocabulary and a strength in [0, 1]', () => {
    const known = new Set<string>(INDUSTRIES.map((i) => i.code));
    const used = new Set<string>();
    for (const p of county.villageProfiles) {
      expect(p.strength).toBeGreaterThanOrEqual(0);
      expect(p.strength).toBeLessThanOrEqual(1);
      for (const i of p.industries) {
        expect(known.has(i)).toBe(true);
        used.add(i);
      }
    }
    expect(used.size).toBe(7);
    expect(county.villageProfiles.filter((p) => p.isModel)).toHaveLength(1);
  });

  it('gives every person a valid, unique ID number matching birth date, gender and county', () => {
    const wrong = county.persons.filter((p) => {
      const parsed = parseIdNumber(p.idNumber, { today: asOf });
      return (
        !parsed.ok ||
        parsed.value.birthDate !== p.birthDate ||
        parsed.value.gender !== p.gender ||
        parsed.value.regionPrefix !== '410599' ||
        parsed.value.legacy15 ||
        (p.phone !== null && !isMobileNumber(p.phone))
      );
    });
    expect(wrong).toEqual([]);
    expect(new Set(county.persons.map((p) => p.idNumber)).size).toBe(county.persons.length);
    expect(new Set(county.persons.map((p) => p.id)).size).toBe(county.persons.length);
    const minors = county.persons.filter((p) => isMinor(p.birthDate, asOf));
    expect(minors.length / county.persons.length).toBeGreaterThan(0.05);
    expect(minors.filter((m) => m.phone !== null)).toEqual([]);
  });

  it('uses realistic surnames, including 曾 and 单', () => {
    const surnames = new Set(county.persons.map((p) => p.name.slice(0, 1)));
    expect(surnames.has('曾')).toBe(true);
    expect(surnames.has('单')).toBe(true);
    const wang =
      county.persons.filter((p) => p.name.startsWith('王')).length / county.persons.length;
    expect(wang).toBeGreaterThan(0.03);
    expect(wang).toBeLessThan(0.2);
  });

  it('keeps households consistent: one head, members pointing back, grid in the same village', () => {
    const persons = new Map(county.persons.map((p) => [p.id, p]));
    const grids = new Map(county.grids.map((g) => [g.id, g]));
    const members = new Map<string, number>();
    for (const p of county.persons) {
      if (p.householdId) members.set(p.householdId, (members.get(p.householdId) ?? 0) + 1);
    }
    const wrong = county.households.filter((h) => {
      const head = persons.get(h.headId);
      return (
        head?.householdId !== h.id ||
        head.relationToHead !== 'head' ||
        members.get(h.id) !== h.memberCount ||
        grids.get(h.gridId ?? '')?.regionCode !== h.regionCode
      );
    });
    expect(wrong).toEqual([]);
  });

  it('makes about 3 % of villagers party members, every membership in a village org and group', () => {
    const villagers = county.persons.filter((p) => p.householdId !== null);
    const villagerIds = new Set(villagers.map((p) => p.id));
    const villageMemberships = county.memberships.filter((m) => villagerIds.has(m.personId));
    const share = villageMemberships.length / villagers.length;
    expect(share).toBeGreaterThan(0.025);
    expect(share).toBeLessThan(0.045);
    const orgs = new Map(county.orgs.map((o) => [o.id, o]));
    const wrong = villageMemberships.filter(
      (m) =>
        orgs.get(m.groupId ?? '')?.type !== 'partyGroup' ||
        !['branch', 'generalBranch', 'committee'].includes(orgs.get(m.orgId)?.type ?? '') ||
        m.joinDate > asOf,
    );
    expect(wrong).toEqual([]);
    expect(villageMemberships.some((m) => m.kind === 'probationary')).toBe(true);
  });

  it('has 50 county units with capability tags and a party branch each', () => {
    const countyUnits = county.units.filter((u) => u.regionCode === '410599000000');
    expect(countyUnits).toHaveLength(50);
    const orgs = new Map(county.orgs.map((o) => [o.id, o]));
    for (const u of countyUnits) {
      expect(u.capabilities.length).toBeGreaterThan(0);
      expect(orgs.get(u.partyOrgId ?? '')?.unitId).toBe(u.id);
    }
    expect(countyUnits.find((u) => u.name === '示范县林业局')?.capabilities).toContain('forestry');
  });

  it('builds the model village 振兴村 with 16 street stations, each with a cadre but the planted one', () => {
    const model = county.regions.find((r) => r.name === '振兴村');
    expect(model).toBeDefined();
    const streets = county.grids.filter((g) => g.regionCode === model?.code && g.kind === 'street');
    expect(streets).toHaveLength(16);
    const staffed = streets.filter((s) =>
      county.positions.some(
        (p) => p.code === 'stationCadre' && p.gridId === s.id && isHeldOn(p, asOf),
      ),
    );
    expect(staffed).toHaveLength(15);
    expect(county.plantedGaps.streetsWithoutStationCadre).toEqual(
      streets.filter((s) => !staffed.includes(s)).map((s) => s.id),
    );
    const top = county.orgs.find(
      (o) => o.regionCode === model?.code && o.parentId !== null && o.type === 'committee',
    );
    expect(top?.name).toBe('中共振兴村委员会');
  });

  it('sends first secretaries from units for a term', () => {
    const firstSecretaries = county.positions.filter((p) => p.code === 'firstSecretary');
    expect(firstSecretaries.length).toBeGreaterThan(40);
    const unitIds = new Set(county.units.map((u) => u.id));
    for (const fs of firstSecretaries) {
      expect(unitIds.has(fs.dispatchingUnitId ?? '')).toBe(true);
      expect(fs.termEndDate && fs.termEndDate > fs.startDate).toBe(true);
      // sent before the reference day, and still in the term through the year after it: the
      // demo is used well after its reference day, and a current secretary must not be past term
      expect(fs.startDate <= asOf).toBe(true);
      expect((fs.termEndDate ?? '') > `${Number(asOf.slice(0, 4)) + 1}-12-31`).toBe(true);
    }
    expect(new Set(firstSecretaries.map((f) => f.personId)).size).toBe(firstSecretaries.length);
  });
});

describe('the responsibility tree of the demo county', () => {
  it('has well-formed edges at all five levels', () => {
    const levels = new Set(county.responsibilityEdges.map((e) => e.level));
    expect([...levels].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(county.responsibilityEdges.filter((e) => edgeShapeProblem(e) !== null)).toEqual([]);
  });

  it('walks every contacted household up to an L1 committee member', () => {
    const index = indexResponsibility(county.responsibilityEdges);
    const uncontacted = new Set(county.plantedGaps.householdsWithoutContact);
    const wrong = county.households.filter(
      (h) => chainUp(h.id, index).complete === uncontacted.has(h.id),
    );
    expect(wrong).toEqual([]);
  });

  it('plants gaps of every kind, and the coverage report finds exactly them', () => {
    const gaps = county.plantedGaps;
    expect(gaps.householdsWithoutContact.length).toBeGreaterThan(5);
    expect(gaps.overloadedMembers.length).toBeGreaterThan(1);
    expect(gaps.villagesWithoutSecretary.length).toBe(3);
    expect(gaps.streetsWithoutStationCadre.length).toBe(1);
    for (const m of gaps.overloadedMembers) expect(m.households).toBeGreaterThan(15);
    expect(coverageReport(coverageInputFromRows(county, asOf))).toEqual(gaps);
  });

  it('pairs a unit member with a rural member for 3–6 households of the same village (1+1+N)', () => {
    expect(county.contactPairs.length).toBeGreaterThan(80);
    const persons = new Map(county.persons.map((p) => [p.id, p]));
    const households = new Map(county.households.map((h) => [h.id, h]));
    const wrong = county.contactPairs.filter(
      (pair) =>
        persons.get(pair.unitMemberId)?.unitId !== pair.unitId ||
        persons.get(pair.ruralMemberId)?.regionCode !== pair.regionCode ||
        pair.householdIds.length < 3 ||
        pair.householdIds.length > 6 ||
        pair.householdIds.some((h) => households.get(h)?.regionCode !== pair.regionCode),
    );
    expect(wrong).toEqual([]);
  });
});

describe('ID numbers elsewhere in the county', () => {
  it('are valid for township officials and unit staff too', () => {
    const officials = county.persons.filter((p) => p.householdId === null);
    expect(officials.length).toBe(12 * 5 + 50 * 6);
    expect(officials.every((p) => isValidIdNumber(p.idNumber))).toBe(true);
  });
});

describe('village strengths', () => {
  it('stay within 0–1 in every county of a multi-county run', () => {
    for (const chunk of streamDemoCounty({
      counties: 12,
      villages: 20,
      communities: 10,
      peoplePerVillage: 60,
      townships: 3,
    })) {
      for (const v of chunk.villageProfiles) {
        expect(v.strength, v.regionCode).toBeGreaterThanOrEqual(0);
        expect(v.strength, v.regionCode).toBeLessThanOrEqual(1);
      }
    }
  });
});

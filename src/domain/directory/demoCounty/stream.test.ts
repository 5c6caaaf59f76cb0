import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegionCode } from '../../region/regionCode.ts';
import { buildIdNumber, parseIdNumber } from '../idNumber.ts';
import { coverageInputFromRows, coverageReport } from '../responsibilityCoverage.ts';
import { generateDemoCounty } from './generate.ts';
import { demoCountySmall, resolveOptions } from './options.ts';
import { countyCode } from './plan.ts';
import { IdNumberAllocator } from './people.ts';
import { createRandom } from './random.ts';
import { streamDemoCounty } from './stream.ts';

describe('generator determinism', () => {
  it('gives identical output for the same seed and different output for another', () => {
    const a = generateDemoCounty({ ...demoCountySmall, seed: 'alpha' });
    const b = generateDemoCounty({ ...demoCountySmall, seed: 'alpha' });
    const c = generateDemoCounty({ ...demoCountySmall, seed: 'beta' });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c.persons.map((p) => p.name)).not.toEqual(a.persons.map((p) => p.name));
    expect(c.persons[0]?.id).not.toBe(a.persons[0]?.id);
    // region codes are structural, so they are the same whatever the seed
    expect(c.regions.map((r) => r.code)).toEqual(a.regions.map((r) => r.code));
  });

  it('makes UUIDv7-shaped ids, unique across all rows', () => {
    const small = generateDemoCounty({ ...demoCountySmall, seed: 'ids' });
    const ids = [
      ...small.persons,
      ...small.households,
      ...small.orgs,
      ...small.units,
      ...small.grids,
      ...small.positions,
      ...small.responsibilityEdges,
      ...small.contactPairs,
    ].map((r) => r.id);
    const shape = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(ids.filter((id) => !shape.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws the same numbers from the same seed', () => {
    const r1 = createRandom('lingyan');
    const r2 = createRandom('lingyan');
    const draws = Array.from({ length: 5 }, () => r1.uint32());
    expect(Array.from({ length: 5 }, () => r2.uint32())).toEqual(draws);
    expect(createRandom('lingyan2').uint32()).not.toBe(draws[0]);
    const sample = createRandom('s').sample(10, 4);
    expect(sample).toHaveLength(4);
    expect(new Set(sample).size).toBe(4);
    expect(sample.every((i) => i >= 0 && i < 10)).toBe(true);
  });
});

describe('generator properties', () => {
  it('plants gaps the coverage report finds exactly, whatever the seed and size', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (seed, villages, townships) => {
          const county = generateDemoCounty({ ...demoCountySmall, seed, villages, townships });
          expect(coverageReport(coverageInputFromRows(county, '2025-06-30'))).toEqual(
            county.plantedGaps,
          );
          expect(county.plantedGaps.villagesWithoutSecretary.length).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('allocates ID numbers equal to buildIdNumber, sequences by gender parity', () => {
    const allocator = new IdNumberAllocator('410599');
    const day = Date.UTC(1980, 4, 6) / 86_400_000;
    expect(allocator.allocate(day, 'male')).toEqual({
      idNumber: buildIdNumber('410599', '1980-05-06', 1),
      birthDate: '1980-05-06',
    });
    expect(allocator.allocate(day, 'male').idNumber).toBe(buildIdNumber('410599', '1980-05-06', 3));
    expect(allocator.allocate(day, 'female').idNumber).toBe(
      buildIdNumber('410599', '1980-05-06', 0),
    );
    // the 501st man born that day moves to the next day rather than repeating a number
    for (let i = 0; i < 498; i++) allocator.allocate(day, 'male');
    expect(allocator.allocate(day, 'male').birthDate).toBe('1980-05-07');
  });
});

describe('demoCountySmall', () => {
  const small = generateDemoCounty(demoCountySmall);

  it('is a tiny county: 2 townships, 6 villages, 1 community and the model village', () => {
    expect(small.regions.filter((r) => r.level === 'township')).toHaveLength(2);
    const villages = small.regions.filter((r) => r.level === 'village');
    expect(villages).toHaveLength(7);
    expect(villages.map((v) => v.name)).toContain('振兴村');
    expect(small.units.filter((u) => u.regionCode === '410599000000')).toHaveLength(6);
    expect(small.persons.length).toBeLessThan(4000);
  });

  it('still carries one gap of each kind, found exactly by the coverage report', () => {
    expect(small.plantedGaps.villagesWithoutSecretary).toHaveLength(1);
    expect(small.plantedGaps.overloadedMembers).toHaveLength(1);
    expect(small.plantedGaps.streetsWithoutStationCadre).toHaveLength(1);
    expect(small.plantedGaps.householdsWithoutContact.length).toBeGreaterThanOrEqual(1);
    expect(coverageReport(coverageInputFromRows(small, '2025-06-30'))).toEqual(small.plantedGaps);
  });
});

describe('streamDemoCounty', () => {
  it('yields parents before children, so each chunk can be written on its own', () => {
    const seen = {
      regions: new Set<string>(),
      orgs: new Set<string>(),
      persons: new Set<string>(),
      units: new Set<string>(),
    };
    const kinds: string[] = [];
    const missing: string[] = [];
    for (const chunk of streamDemoCounty({ ...demoCountySmall, counties: 2 })) {
      kinds.push(chunk.kind);
      for (const r of chunk.regions) seen.regions.add(r.code);
      for (const o of chunk.orgs) seen.orgs.add(o.id);
      for (const p of chunk.persons) seen.persons.add(p.id);
      for (const u of chunk.units) seen.units.add(u.id);
      for (const r of chunk.regions)
        if (r.parentCode && !seen.regions.has(r.parentCode)) missing.push(`region ${r.code}`);
      for (const o of chunk.orgs)
        if (o.parentId && !seen.orgs.has(o.parentId)) missing.push(`org ${o.id}`);
      for (const m of chunk.memberships)
        if (!seen.persons.has(m.personId) || !seen.orgs.has(m.orgId)) missing.push('membership');
      for (const p of chunk.positions) {
        if (
          !seen.persons.has(p.personId) ||
          (p.dispatchingUnitId && !seen.units.has(p.dispatchingUnitId))
        )
          missing.push('position');
      }
      for (const e of chunk.responsibilityEdges)
        if (!seen.persons.has(e.responsibleId)) missing.push('edge');
    }
    expect(missing).toEqual([]);
    expect(kinds.slice(0, 3)).toEqual(['regions', 'county', 'village']);
    expect(kinds.filter((k) => k === 'county')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'village')).toHaveLength(14);
  });

  it('gives each county its own code and ID-number prefix', () => {
    const two = generateDemoCounty({ ...demoCountySmall, counties: 2 });
    const counties = two.regions.filter((r) => r.level === 'county');
    expect(counties.map((c) => [c.code, c.name])).toEqual([
      ['410599000000', '示范县'],
      ['410598000000', '示范2县'],
    ]);
    const prefixes = new Set(
      two.persons.map(
        (p) =>
          p.regionCode.slice(0, 6) +
          (parseIdNumber(p.idNumber).ok ? p.idNumber.slice(0, 6) : 'bad'),
      ),
    );
    expect([...prefixes].sort()).toEqual(['410598410598', '410599410599']);
  });
});

describe('options', () => {
  it('maps county indexes to unused county codes of province 41', () => {
    expect(countyCode(0)).toBe('410599');
    expect(countyCode(9)).toBe('410590');
    expect(countyCode(10)).toBe('410699');
    expect(countyCode(149)).toBe('411990');
    for (const i of [0, 9, 10, 149])
      expect(parseRegionCode(`${countyCode(i)}000000`).ok).toBe(true);
  });

  it('rejects scales the code space cannot hold', () => {
    expect(() => resolveOptions({ counties: 151 })).toThrow(RangeError);
    expect(() => resolveOptions({ units: 51 })).toThrow(RangeError);
    expect(() => resolveOptions({ peoplePerVillage: 10 })).toThrow(RangeError);
    expect(resolveOptions({ villages: 0 }).villages).toBe(0);
  });
});

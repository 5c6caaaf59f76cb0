import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ancestorsOf,
  isWithinScope,
  levelOfCode,
  parseRegionCode,
  scopePrefix,
  scopeRange,
} from './regionCode.ts';

describe('parseRegionCode', () => {
  it('reads the level, parent and county of each kind of code', () => {
    expect(parseRegionCode('410000000000')).toMatchObject({
      ok: true,
      info: { level: 'province', parentCode: null },
    });
    expect(parseRegionCode('410500000000')).toMatchObject({
      ok: true,
      info: { level: 'city', parentCode: '410000000000' },
    });
    expect(parseRegionCode('410599000000')).toMatchObject({
      ok: true,
      info: { level: 'county', parentCode: '410500000000', countyCode: '410599' },
    });
    expect(parseRegionCode('410599101000')).toMatchObject({
      ok: true,
      info: { level: 'township', townshipKind: 'town', parentCode: '410599000000' },
    });
    expect(parseRegionCode('410599001000')).toMatchObject({
      ok: true,
      info: { townshipKind: 'subdistrict' },
    });
    expect(parseRegionCode('410599201000')).toMatchObject({
      ok: true,
      info: { townshipKind: 'township' },
    });
    expect(parseRegionCode('410599101201')).toMatchObject({
      ok: true,
      info: { level: 'village', villageKind: 'village', parentCode: '410599101000' },
    });
    expect(parseRegionCode('410599101001')).toMatchObject({
      ok: true,
      info: { villageKind: 'community' },
    });
  });

  it('refuses malformed codes with a reason', () => {
    for (const bad of [
      '41059910120',
      '4105991012011',
      '41059910120a',
      '990599101201',
      '410599401000',
      '410500101000',
      '410599000201',
      '',
    ]) {
      const result = parseRegionCode(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
    }
  });

  it('gives every valid code a parent that is itself valid and contains it', () => {
    const code = fc
      .tuple(
        fc.integer({ min: 11, max: 82 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 399 }),
        fc.integer({ min: 1, max: 999 }),
      )
      .map(
        ([p, c, d, t, v]) =>
          `${p}${String(c).padStart(2, '0')}${String(d).padStart(2, '0')}${String(t).padStart(3, '0')}${String(v).padStart(3, '0')}`,
      );
    fc.assert(
      fc.property(code, (c) => {
        const parsed = parseRegionCode(c);
        if (!parsed.ok || !parsed.info.parentCode) return false;
        return (
          parseRegionCode(parsed.info.parentCode).ok && isWithinScope(c, parsed.info.parentCode)
        );
      }),
    );
  });
});

describe('scope helpers', () => {
  it('uses the significant prefix for containment', () => {
    expect(scopePrefix('410599101000')).toBe('410599101');
    expect(isWithinScope('410599101201', '410599101000')).toBe(true);
    expect(isWithinScope('410599102201', '410599101000')).toBe(false);
    expect(isWithinScope('410599101000', '410599101000')).toBe(true);
    expect(scopeRange('410599000000')).toEqual({ low: '410599000000', high: '410599999999' });
  });
});

describe('ancestorsOf', () => {
  it('lists a village code and every region above it, by level', () => {
    expect(ancestorsOf('410599101203')).toEqual([
      { level: 'province', code: '410000000000' },
      { level: 'city', code: '410500000000' },
      { level: 'county', code: '410599000000' },
      { level: 'township', code: '410599101000' },
      { level: 'village', code: '410599101203' },
    ]);
  });

  it('stops at the code’s own level', () => {
    expect(levelOfCode('410599101000')).toBe('township');
    expect(ancestorsOf('410599000000').map((a) => a.level)).toEqual(['province', 'city', 'county']);
  });
});

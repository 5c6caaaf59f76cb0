import { describe, expect, it } from 'vitest';
import { ancestorCodes, isRegionCode } from './regionCode.ts';

describe('ancestorCodes', () => {
  it('lists province, city, county and township above a village', () => {
    expect(ancestorCodes('140822100201')).toEqual([
      '140000000000',
      '140800000000',
      '140822000000',
      '140822100000',
    ]);
  });

  it('stops at the level of the code itself', () => {
    expect(ancestorCodes('140822000000')).toEqual(['140000000000', '140800000000']);
    expect(ancestorCodes('140000000000')).toEqual([]);
  });

  it('returns nothing for a malformed code', () => {
    expect(ancestorCodes('14082210020')).toEqual([]);
    expect(isRegionCode('14082210020x')).toBe(false);
  });
});

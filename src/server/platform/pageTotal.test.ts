import { describe, expect, it } from 'vitest';
import { pageTotal, totalKey } from './pageTotal.ts';

describe('list totals', () => {
  it('counts small lists every time and keeps a large total for 30 s', async () => {
    let rows = 150;
    let counts = 0;
    const count = async () => {
      counts++;
      return rows;
    };
    const small = totalKey('t-small', [{ role: 'county_admin', scope: '410599000000' }], {});
    expect(await pageTotal(small, count, 0)).toBe(150);
    rows = 151;
    expect(await pageTotal(small, count, 1000)).toBe(151);
    expect(counts).toBe(2);

    const large = totalKey('t-large', [{ role: 'county_admin', scope: '410599000000' }], {});
    rows = 118_599;
    expect(await pageTotal(large, count, 0)).toBe(118_599);
    rows = 118_600;
    expect(await pageTotal(large, count, 29_000)).toBe(118_599);
    expect(counts).toBe(3);
    expect(await pageTotal(large, count, 31_000)).toBe(118_600);
    expect(counts).toBe(4);
  });

  it('keeps one total per scope and filter', () => {
    const county = [{ role: 'county_admin', scope: '410599000000' }];
    const village = [{ role: 'village_cadre', scope: '410599101201' }];
    expect(totalKey('households', county, { q: 'wang' })).not.toBe(
      totalKey('households', village, { q: 'wang' }),
    );
    expect(totalKey('households', county, { q: 'wang' })).not.toBe(
      totalKey('households', county, { q: 'li' }),
    );
  });
});

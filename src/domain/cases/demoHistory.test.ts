import { describe, expect, it } from 'vitest';
import { CATALOG_PRESETS } from './catalog.ts';
import { planCaseHistory, type HistoryPlace } from './demoHistory.ts';

const today = new Date('2026-11-22T02:00:00Z');
const places: HistoryPlace[] = ['410599101201', '410599101202', '410599201201'].map((code) => ({
  regionCode: code,
  households: Array.from({ length: 10 }, (_, i) => ({
    id: `${code}-h${i}`,
    headId: `${code}-p${i}`,
  })),
}));
const plan = () =>
  planCaseHistory(places, CATALOG_PRESETS, { seed: 'test', today, months: 11, perPlaceMonth: 3 });

describe('planCaseHistory', () => {
  it('gives the same cases for the same seed and day', () => {
    expect(plan()).toEqual(plan());
    expect(
      planCaseHistory(places, CATALOG_PRESETS, {
        seed: 'other',
        today,
        months: 11,
        perPlaceMonth: 3,
      }),
    ).not.toEqual(plan());
  });

  it('spreads cases over the twelve months up to today, each from a household of its place', () => {
    const cases = plan();
    const months = new Set(
      cases.map((c) => new Date(c.createdAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 7)),
    );
    expect([...months].sort()).toEqual([
      '2025-12',
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ]);
    for (const c of cases) {
      expect(c.createdAt.getTime()).toBeLessThan(today.getTime());
      const place = places.find((p) => p.regionCode === c.regionCode);
      expect(place?.households).toContainEqual({ id: c.householdId, headId: c.requesterPersonId });
    }
    // about perPlaceMonth × 12 months × 3 places
    expect(cases.length).toBeGreaterThan(3 * 12 * 3 * 0.6);
    expect(cases.length).toBeLessThan(3 * 12 * 3 * 1.6);
  });

  it('keeps every step in time order and before today, so the last months hold open cases', () => {
    const cases = plan();
    for (const c of cases) {
      let at = c.createdAt.getTime();
      for (const s of c.steps) {
        expect(s.at.getTime()).toBeGreaterThan(at);
        expect(s.at.getTime()).toBeLessThan(today.getTime());
        at = s.at.getTime();
      }
    }
    const finished = (c: (typeof cases)[number]) =>
      ['confirm', 'auto_confirm'].includes(c.steps.at(-1)?.type ?? '');
    const old = cases.filter((c) => c.createdAt < new Date('2026-09-01T00:00:00Z'));
    expect(old.every(finished)).toBe(true);
    // across a township's villages some of the last weeks' cases are still being worked on
    const township = Array.from({ length: 12 }, (_, i) => ({
      regionCode: `4105991012${String(i).padStart(2, '0')}`,
      households: [{ id: `h${i}`, headId: `p${i}` }],
    }));
    const recent = planCaseHistory(township, CATALOG_PRESETS, {
      seed: 'test',
      today,
      months: 0,
      perPlaceMonth: 3,
    });
    expect(recent.some((c) => !finished(c))).toBe(true);
  });

  it('fills the catalog’s required fields and names a dispute’s type', () => {
    for (const c of plan()) {
      const type = CATALOG_PRESETS.find((t) => t.code === c.typeCode);
      expect(type?.active).toBe(true);
      for (const f of type?.fields ?? []) if (f.required) expect(c.fields).toHaveProperty(f.code);
      if (c.typeCode === 'dispute')
        expect(['宅基地', '土地', '婚姻家庭', '邻里']).toContain(c.fields.disputeType);
    }
  });
});

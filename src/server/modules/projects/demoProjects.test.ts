import { describe, expect, it } from 'vitest';
import { call, login } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import type { ProjectDetail } from './views.ts';

// The small demo county's projects (seed/seedProjects.ts): a key project per demo union, one per
// pairing of the first five, with their 人大 inspections recorded as activities; the union cadre
// sees their union's.
const t = useTestApp({}, { directory: true }, 180_000);

type Page = {
  items: { id: string; name: string; key: boolean; union: { id: string } | null }[];
  total: number;
};

describe('demo projects', () => {
  it('gives the demo unions and pairings their projects, key ones inspected by quarter', async () => {
    const county = await login(t.app, 'county');
    const unions = (await call(t.app, county, 'GET', '/api/v1/unions')).json().items as {
      id: string;
    }[];
    const paired = Math.min(
      5,
      (await call(t.app, county, 'GET', '/api/v1/obligations/pairings?pageSize=200')).json().total,
    );
    expect(unions.length).toBeGreaterThan(0);
    expect(paired).toBeGreaterThan(0);
    const all = (await call(t.app, county, 'GET', '/api/v1/projects?pageSize=200')).json() as Page;
    // One key project per union, a second phase for the first, one per pairing (five at most),
    // the first pairing's key.
    expect(all.total).toBe(unions.length + 1 + paired);
    const keyProjects = all.items.filter((p) => p.key);
    expect(keyProjects).toHaveLength(unions.length + 1);
    const seen: (boolean | null)[] = [];
    for (const p of keyProjects) {
      const d = (
        await call(t.app, county, 'GET', `/api/v1/projects/${p.id}`)
      ).json() as ProjectDetail;
      expect(d.inspections.length).toBeGreaterThan(0);
      expect(d.milestones.map((m) => m.name)).toEqual([
        '立项审批',
        '招标采购',
        '施工建设',
        '验收投用',
      ]);
      seen.push(d.inspection.inspected);
    }
    // The second key project's quarter is planted uninspected.
    expect(seen.filter((s) => s === false)).toHaveLength(1);
    const cadre = await login(t.app, 'union');
    const mine = (await call(t.app, cadre, 'GET', '/api/v1/projects')).json() as Page;
    const myUnion = (await call(t.app, cadre, 'GET', '/api/v1/unions')).json().items[0].id;
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.filter((p) => p.union?.id === myUnion).length).toBeGreaterThan(0);
    const unit = await login(t.app, 'unit');
    const ofUnit = (await call(t.app, unit, 'GET', '/api/v1/projects')).json() as Page;
    expect(ofUnit.items.every((p) => p.union === null)).toBe(true);
  });
});

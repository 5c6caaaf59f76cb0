import { describe, expect, it } from 'vitest';
import { milestoneProblems, projectProblems } from './checks.ts';
import { demoProjects, type DemoAnchor } from './demoProjects.ts';
import { summarizeFunds } from './funds.ts';
import { inspectedThisQuarter } from './inspections.ts';

const anchors: DemoAnchor[] = [
  { kind: 'union', id: 'u1', villages: ['410599101201', '410599101202'], name: '甲村等2村联建' },
  { kind: 'union', id: 'u2', villages: ['410599101203', '410599101204'], name: '丙村等2村联建' },
  ...[1, 2, 3, 4, 5, 6].map((i): DemoAnchor => ({
    kind: 'pairing',
    id: `p${i}`,
    villages: [`41059910120${i}`],
    name: `单位${i} ↔ 村${i}`,
  })),
];

describe('demoProjects', () => {
  const today = '2026-11-22';
  const projects = demoProjects(anchors, today);

  it('is the same for the same anchors and day', () => {
    expect(demoProjects(anchors, today)).toEqual(projects);
  });

  it('gives each union a key project (the first with a second phase) and five pairings one each', () => {
    expect(projects.map((p) => p.ref)).toEqual([
      'union-0',
      'union-0-phase2',
      'union-1',
      'pairing-0',
      'pairing-1',
      'pairing-2',
      'pairing-3',
      'pairing-4',
    ]);
    expect(projects.filter((p) => p.key).map((p) => p.ref)).toEqual([
      'union-0',
      'union-1',
      'pairing-0',
    ]);
  });

  it('passes the checks the API applies', () => {
    for (const p of projects) {
      expect(projectProblems(p)).toEqual([]);
      for (const m of p.milestones) expect(milestoneProblems(m, p)).toEqual([]);
      for (const s of p.spends) expect(s.spentOn <= today && s.spentOn >= p.startsOn).toBe(true);
    }
  });

  it('plants one source over budget and one key project not inspected this quarter', () => {
    const over = projects.filter((p) => summarizeFunds(p.funds, p.spends).overBudget.length > 0);
    expect(over.map((p) => p.ref)).toEqual(['union-0-phase2']);
    const missing = projects.filter(
      (p) => inspectedThisQuarter(p.key, p.inspections, today).inspected === false,
    );
    expect(missing.map((p) => p.ref)).toEqual(['union-1']);
    expect(projects[0]?.inspections).toHaveLength(4);
  });
});

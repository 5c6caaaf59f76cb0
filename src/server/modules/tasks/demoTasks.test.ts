import { describe, expect, it } from 'vitest';
import { call, login } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

// The small demo county's task lists (seed/seedTasks.ts): one for each demo union, its months
// entered up to the demo day (the test clock: 2026-11-22) and its past quarters scored.
const t = useTestApp({}, { directory: true }, 180_000);

describe('demo task lists', () => {
  it('gives every demo union a list with months up to the demo day and the past quarters scored', async () => {
    const county = await login(t.app, 'county');
    const unions = (await call(t.app, county, 'GET', '/api/v1/unions')).json().items;
    const lists = (await call(t.app, county, 'GET', '/api/v1/task-lists')).json().items;
    expect(unions.length).toBeGreaterThan(0);
    expect(lists.map((l: { subject: { id: string } }) => l.subject.id).sort()).toEqual(
      unions.map((u: { id: string }) => u.id).sort(),
    );
    const cadre = await login(t.app, 'union');
    const mine = (await call(t.app, cadre, 'GET', '/api/v1/task-lists')).json().items;
    expect(mine).toHaveLength(1);
    const board = (await call(t.app, cadre, 'GET', `/api/v1/task-lists/${mine[0].id}`)).json();
    expect(board).toMatchObject({ year: 2026, abilities: { write: true } });
    expect(board.annualScore).toBeGreaterThan(50);
    for (const task of board.items) {
      expect(task.progress.map((p: { month: string }) => p.month)).toEqual(board.monthsDue);
      expect(task.progress.at(-1).month).toBe('2026-11');
      expect(task.scores.map((s: { quarter: number }) => s.quarter)).toEqual([1, 2, 3]);
      expect(task.owner).not.toBeNull();
    }
    const report = await call(t.app, cadre, 'GET', `/api/v1/task-lists/${mine[0].id}/report`);
    expect(report.statusCode).toBe(200);
  });
});

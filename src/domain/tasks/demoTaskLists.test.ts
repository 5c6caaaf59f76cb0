import { describe, expect, it } from 'vitest';
import { demoTaskLists } from './demoTaskLists.ts';
import { listProblems, progressProblems, scoreProblems, deadlineProblems } from './taskList.ts';

const UNIONS = [
  { id: '01900000-0000-7000-8000-00000000000a', name: '甲联建', owners: ['p1', 'p2'] },
  { id: '01900000-0000-7000-8000-00000000000b', name: '乙联建', owners: [] },
  { id: '01900000-0000-7000-8000-00000000000c', name: '丙联建', owners: ['p3'] },
];

describe('the demo task lists', () => {
  it('are the same for the same unions and day', () => {
    expect(demoTaskLists(UNIONS, '2026-11-22')).toEqual(demoTaskLists(UNIONS, '2026-11-22'));
  });

  it('pass the checks the API applies: months up to the day, begun quarters, scores 0–100', () => {
    for (const today of ['2026-01-03', '2026-04-01', '2026-11-22', '2026-12-31']) {
      for (const list of demoTaskLists(UNIONS, today)) {
        expect(listProblems(list, today)).toEqual([]);
        expect(list.tasks.length).toBeGreaterThanOrEqual(3);
        expect(list.targets).toHaveLength(list.tasks.length);
        for (const task of list.tasks) {
          expect(deadlineProblems(task.deadline, list.year)).toEqual([]);
          expect(task.progress.map((p) => p.month).at(-1)).toBe(today.slice(0, 7));
          for (const entry of task.progress)
            expect(progressProblems(entry, list.year, today)).toEqual([]);
          for (const score of task.scores)
            expect(scoreProblems(score, list.year, today)).toEqual([]);
        }
      }
    }
  });

  it('scores only the quarters already over, names owners from the union, and has laggards', () => {
    const lists = demoTaskLists(UNIONS, '2026-11-22');
    const tasks = lists.flatMap((l) => l.tasks);
    expect(new Set(tasks.flatMap((t) => t.scores.map((s) => s.quarter)))).toEqual(
      new Set([1, 2, 3]),
    );
    expect(lists[0]?.tasks.map((t) => t.ownerPersonId).slice(0, 3)).toEqual(['p1', 'p2', 'p1']);
    expect(lists[1]?.tasks.every((t) => t.ownerPersonId === null)).toBe(true);
    const latest = tasks.map((t) => t.progress.at(-1)?.progress ?? 0);
    expect(latest.some((p) => p < 100)).toBe(true);
    expect(tasks.filter((t) => t.closed).every((t) => t.progress.at(-1)?.progress === 100)).toBe(
      true,
    );
  });
});

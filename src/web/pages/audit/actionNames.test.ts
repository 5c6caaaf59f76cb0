import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../i18n/zh-CN.ts';
import { auditActionName } from './actionNames.ts';

const SERVER = join(import.meta.dirname, '../../../server');

/** Every `action: '…'` the server's own code writes (tests and test kits left out). */
function writtenActions(): string[] {
  const files = readdirSync(SERVER, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('testing'),
  );
  const found = new Set<string>();
  for (const f of files)
    for (const m of readFileSync(join(SERVER, f), 'utf8').matchAll(/action: '([a-z_.A-Z]+)'/g))
      if (m[1]) found.add(m[1]);
  return [...found];
}
// the ones put together at run time (cases.<event>, tasks.<deed>, the directory's imports, …)
const BUILT = [
  ...['assign', 'start', 'resolve', 'confirm', 'reject', 'auto_confirm', 'close', 'escalate'].map(
    (e) => `cases.${e}`,
  ),
  'cases.reassign',
  'cases.rate',
  'cases.claim',
  'cases.assign_department',
  'evaluation.decision.approve',
  'evaluation.decision.sendBack',
  ...['list_create', 'task_add', 'owner_set', 'progress_enter', 'score_give', 'task_close'].map(
    (d) => `tasks.${d}`,
  ),
  'obligations.plan_item_create',
  'household.create',
  'household.update',
  'contact_pair.create',
];
// a case's deeds become `cases.<deed>` when the transition writes them, a task list's `tasks.<deed>`
const prefixed = (action: string) =>
  ['claim', 'assign_department'].includes(action)
    ? `cases.${action}`
    : action.includes('.')
      ? action
      : `tasks.${action}`;

describe('audit action names', () => {
  it('names every action the server writes in the three languages', () => {
    const actions = [...writtenActions().map(prefixed), ...BUILT];
    expect(actions.length).toBeGreaterThan(80);
    const unnamed = actions.filter(
      (a) =>
        !(`auditAction.${a}` in zhCN) &&
        !(['zh-CN', 'zh-TW', 'en'] as const).every((l) => auditActionName(a, l)),
    );
    expect(unnamed).toEqual([]);
  });

  it('composes a directory action and says nothing of an unknown one', () => {
    expect(auditActionName('household.create', 'zh-CN')).toBe('新增家庭户');
    expect(auditActionName('household.create', 'zh-TW')).toBe('新增家庭戶');
    expect(auditActionName('grid.update', 'en')).toBe('Grid changed');
    expect(auditActionName('evaluation.award', 'en')).toBe('Stars awarded');
    expect(auditActionName('something.else', 'en')).toBeNull();
  });
});

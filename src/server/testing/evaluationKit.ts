import { expect } from 'vitest';
import { createAccount } from '../modules/accounts/service.ts';
import { rootCtx } from './fixtureCounty.ts';
import { call, type Session, type TestApp } from './testApp.ts';

// What the evaluation test files share: reading a JSON answer, the city's account, and proving a
// refused request changed nothing.

export type Res = Awaited<ReturnType<typeof call>>;
export const json = (r: Res) =>
  r.json() as Record<string, unknown> & { items: Record<string, unknown>[] };
export const allVerdicts = (keys: string[], granted = true) =>
  keys.map((key) => ({ key, granted, comment: '材料齐全' }));

/** `s` decides `step` on the evaluation `subject`: granting `stars`, or sending it back with a comment. */
export const decision = (
  t: TestApp,
  s: Session,
  subject: string,
  step: string,
  stars: string[],
  outcome = 'approve',
) =>
  call(t.app, s, 'POST', `/api/v1/evaluation/evaluations/${subject}/decisions`, {
    payload: {
      step,
      outcome,
      stars: allVerdicts(stars),
      comment: outcome === 'sendBack' ? '请补充佐证' : '',
    },
  });

/** `s` proposes 摘星 on the evaluation `subject`: its branch designated 软弱涣散. */
export const proposeWeakBranchVeto = (t: TestApp, s: Session, subject: string) =>
  call(t.app, s, 'POST', `/api/v1/evaluation/evaluations/${subject}/vetoes`, {
    payload: { vetoKey: 'weakBranch', description: '被列为软弱涣散村党组织' },
  });

/** `s` decides the veto a proposal answered (`proposed`): every star removed. */
export const removeAllStars = (t: TestApp, s: Session, proposed: Res) =>
  call(
    t.app,
    s,
    'POST',
    `/api/v1/evaluation/vetoes/${String((proposed.json() as { id: string }).id)}/decision`,
    { payload: { remove: true, comment: '摘除全部星' } },
  );

/** Every row an evaluation touches, to prove a refused request changed nothing. */
async function snapshot(t: TestApp): Promise<string> {
  const tables = [
    'evaluations',
    'evaluation_decisions',
    'evaluation_objections',
    'evaluation_vetoes',
    'evaluation_evidence',
    'evaluation_schemes',
    'evaluation_rounds',
    'evaluation_events',
  ];
  const parts = [];
  for (const table of tables)
    parts.push(
      JSON.stringify(
        (
          (await t.deps.database.db.execute(`SELECT * FROM ${table} ORDER BY id`)) as unknown as {
            rows: unknown[];
          }
        ).rows,
      ),
    );
  return parts.join('|');
}

export async function unchangedBy(t: TestApp, request: () => Promise<Res>, status: number) {
  const before = await snapshot(t);
  const res = await request();
  expect(res.statusCode, res.body).toBe(status);
  expect(await snapshot(t)).toBe(before);
  return res;
}

export const CITY_ADMIN_PASSWORD = 'City#Pass2026';

/**
 * 市委组织部 of the city (安阳, 410500000000), which decides five stars and ranks its counties: the
 * account `city-admin`, password {@link CITY_ADMIN_PASSWORD}, made by a root actor of the province.
 */
export const createCityAdmin = (t: TestApp) =>
  createAccount(rootCtx(t, '410000000000'), {
    username: 'city-admin',
    displayName: '市委组织部 赵敏',
    password: CITY_ADMIN_PASSWORD,
    roles: [{ role: 'county_admin', scope: '410500000000' }],
  });

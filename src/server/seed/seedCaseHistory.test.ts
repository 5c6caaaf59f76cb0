import { beforeAll, describe, expect, it } from 'vitest';
import { call, login, type Session } from '../testing/testApp.ts';
import { useTestApp } from '../testing/appKit.ts';
import { rebuildInsights } from '../modules/insights/rollups.ts';
import { seedCaseHistory } from './seedCaseHistory.ts';

// The full demo's year of 随手办 history, seeded here into the small demo county (which leaves it
// out) so the test sees what `npm start` writes: routed, walked cases in every village but the
// model village, readable through the API, and counted by the dashboard's roll-ups.

const t = useTestApp({}, { directory: true }, 180_000);
let township: Session;
type Row = Record<string, unknown>;
const rows = async (sql: string): Promise<Row[]> =>
  ((await t.deps.database.db.execute(sql)) as unknown as { rows: Row[] }).rows;
const history = `created_at < '2026-11-01T00:00:00+08:00'`;

beforeAll(async () => {
  township = await login(t.app, 'township');
}, 180_000);

describe('the demo county’s case history', () => {
  let written = 0;
  const runtime = () => ({ deps: t.deps, keySource: 'env' as const, close: async () => undefined });

  it('writes months of routed cases in every village but the model village, once', async () => {
    const [old] = await rows(`SELECT count(*)::int AS n FROM cases WHERE ${history}`);
    expect(old?.n).toBe(0); // the small demo has none of its own
    const [before] = await rows(`SELECT count(*)::int AS n FROM cases`);
    const lines: string[] = [];
    written = await seedCaseHistory(runtime(), (l) => lines.push(l), 11);
    expect(written).toBeGreaterThan(100);
    expect(lines.join('\n')).toContain(`${written} cases`);
    const [after] = await rows(`SELECT count(*)::int AS n FROM cases`);
    expect(Number(after?.n) - Number(before?.n)).toBe(written);

    const model = await rows(
      `SELECT ar.region_code FROM account_roles ar JOIN accounts a ON a.id = ar.account_id WHERE a.username = 'village1'`,
    );
    const places = await rows(
      `SELECT DISTINCT region_code FROM cases WHERE ${history} ORDER BY region_code`,
    );
    expect(places.map((p) => p.region_code)).not.toContain(model[0]?.region_code);
    expect(places.length).toBeGreaterThan(2);
    // twelve months: the eleven before the test clock's month and this month up to today
    const months = await rows(
      `SELECT DISTINCT to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS m FROM cases WHERE requester_account_id IS NULL AND entered_by IS NULL AND channel IN ('walk_in','phone','visit') AND created_at >= '2025-12-01T00:00:00+08:00' ORDER BY m`,
    );
    expect(months.map((m) => m.m)).toEqual(
      Array.from(
        { length: 12 },
        (_, i) => `${i === 0 ? 2025 : 2026}-${String(i === 0 ? 12 : i).padStart(2, '0')}`,
      ),
    );
    expect(await seedCaseHistory(runtime(), () => undefined, 11)).toBe(0);
  });

  it('walks each case by the lifecycle: its record of steps ends where the case stands', async () => {
    const broken = await rows(`
      SELECT c.id FROM cases c
      JOIN LATERAL (SELECT to_state, owner_id, at FROM case_events e WHERE e.case_id = c.id ORDER BY n DESC LIMIT 1) last ON true
      WHERE c.${history}
        AND (last.to_state <> c.state OR last.owner_id <> c.owner_id OR last.at <> c.updated_at
          OR (c.state IN ('resolved','confirmed','auto_confirmed') AND c.first_resolved_at IS NULL)
          OR (c.rating IS NOT NULL AND c.rating NOT BETWEEN 1 AND 5)
          OR c.due_at IS NULL)`);
    expect(broken).toEqual([]);
    const firsts = await rows(`
      SELECT DISTINCT (SELECT string_agg(type, ',' ORDER BY n) FROM (SELECT type, n FROM case_events e WHERE e.case_id = c.id ORDER BY n LIMIT 2) x) AS head
      FROM cases c WHERE c.${history}`);
    expect(firsts).toEqual([{ head: 'submit,assign' }]);
    const [mix] = await rows(`
      SELECT count(*) FILTER (WHERE state IN ('confirmed','auto_confirmed'))::int AS done,
             count(*) FILTER (WHERE escalations > 0)::int AS escalated,
             count(*) FILTER (WHERE kind = 'dispute')::int AS disputes,
             count(*) FILTER (WHERE kind = 'service')::int AS services,
             count(*) FILTER (WHERE first_resolved_at > due_at)::int AS late
      FROM cases WHERE ${history}`);
    expect(Number(mix?.done)).toBeGreaterThan(written * 0.7);
    for (const k of ['escalated', 'disputes', 'services', 'late'])
      expect(Number(mix?.[k])).toBeGreaterThan(0);
  });

  it('shows a seeded case with its steps to the township, and the dashboard counts it by month', async () => {
    const [one] = await rows(
      `SELECT c.id FROM cases c, account_roles ar JOIN accounts a ON a.id = ar.account_id
       WHERE a.username = 'township' AND c.region_code LIKE substr(ar.region_code, 1, 9) || '%'
         AND c.${history} AND c.state = 'confirmed' ORDER BY c.created_at LIMIT 1`,
    );
    const res = await call(t.app, township, 'GET', `/api/v1/cases/${String(one?.id)}`);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json() as { state: string; events: { type: string }[] };
    expect(detail.state).toBe('confirmed');
    expect(detail.events.map((e) => e.type).slice(0, 2)).toEqual(['submit', 'assign']);

    await rebuildInsights(t.ctx().db);
    const [county] = await rows(
      `SELECT ar.region_code FROM account_roles ar JOIN accounts a ON a.id = ar.account_id WHERE a.username = 'county'`,
    );
    const overview = await call(
      t.app,
      await login(t.app, 'county'),
      'GET',
      `/api/v1/insights/overview?region=${String(county?.region_code)}`,
    );
    expect(overview.statusCode, overview.body).toBe(200);
    const trend = (
      overview.json() as { trend: { month: string; metrics: Record<string, number> }[] }
    ).trend;
    const [march] = await rows(
      `SELECT count(*)::int AS n FROM cases WHERE to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = '2026-03'`,
    );
    expect(Number(march?.n)).toBeGreaterThan(0);
    expect(trend.find((m) => m.month === '2026-03')?.metrics.cases_received).toBe(march?.n);
  });
});

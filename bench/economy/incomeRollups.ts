/**
 * The collective income's county roll-ups (issue 13 part 8) at province scale, PostgreSQL 15: the
 * generated province of bench/insights/rollups.ts (17 cities × 10 counties × 15 townships × 18
 * villages = 45,900 villages), each village with `--per-month` ledger entries in every month of
 * 2026 (contract fees, services, dividends, other; inserted directly with SQL). Measures, in one
 * run: the full rebuild; the county's and the province's income figures for 2026 (year total,
 * by month, by child region) read from the roll-ups against the same figures computed by a plain
 * scan of the ledger rows, and the county dashboard's whole read (insightOverview); writing a
 * month's new entries (January 2027, through the ledger's statement trigger) and folding them; and
 * checks that the roll-ups' figures equal the scan's and that the folded roll-ups equal a fresh
 * rebuild. Read times are over `--runs` runs after one warm-up.
 *   npx tsx bench/economy/incomeRollups.ts [--per-month 4] [--runs 40]
 * Needs TEST_PG_URL, or starts a throwaway PostgreSQL with scripts/pg-test-server.sh.
 */
import os from 'node:os';
import { sql, type SQL } from 'drizzle-orm';
import { throwawayPostgres } from '../support/throwawayPostgres.ts';
import { median, ms, p95, step, timed, times } from '../support/timing.ts';
import { loadConfig } from '../../src/server/config.ts';
import { FieldCipher } from '../../src/server/crypto/fieldCipher.ts';
import { applyMigrations } from '../../src/server/db/migrate.ts';
import { foldInsightChanges } from '../../src/server/modules/insights/fold.ts';
import { insightOverview } from '../../src/server/modules/insights/overview.ts';
import { rebuildInsights } from '../../src/server/modules/insights/rollups.ts';
import type { Ctx } from '../../src/server/platform/context.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PER_MONTH = Math.min(Math.max(opt('per-month', 4), 1), 50);
const RUNS = Math.min(opt('runs', 40), 200);
const VILLAGES = 45_900;
const PROVINCE = '410000000000';
const COUNTY = '410101000000';
const YEAR = '2026';
const SOURCES = ['contract', 'service', 'dividend', 'other'];

const { database, drop } = await throwawayPostgres('income', 10);
const db = database.db;
const run = (q: SQL) => db.execute(q);
const rows = async <T>(q: SQL) => ((await db.execute(q)) as unknown as { rows: T[] }).rows;

/**
 * `PER_MONTH` entries per village in each month from `first` (YYYY-MM-01) for `months` months:
 * whole 分 between 10 元 and 50,000 元, on days 1–28, sources in turn; `offset` keeps ids apart.
 */
const insertEntries = (first: string, months: number, offset: number) =>
  run(sql`
    INSERT INTO economy_income_entries (id, region_code, county_code, source, record_kind,
      record_id, posted_on, amount_fen, created_at)
    SELECT md5('income' || (n + ${offset}))::uuid, v.code, substr(v.code, 1, 6),
      (${sql.raw(`ARRAY[${SOURCES.map((s) => `'${s}'`).join(', ')}]`)})[1 + k % ${SOURCES.length}],
      'bench', md5('record' || (n + ${offset}))::uuid,
      (${first}::date + (m || ' months')::interval + ((n * 7919) % 28) * interval '1 day')::date,
      1000 + (n * 104729) % 4999000, now()
    FROM bench_villages v
    CROSS JOIN generate_series(0, ${months - 1}) m
    CROSS JOIN generate_series(0, ${PER_MONTH - 1}) k
    CROSS JOIN LATERAL (SELECT ((v.i::bigint * ${months} + m) * ${PER_MONTH} + k) AS n) x`);

try {
  await applyMigrations(database);
  const now = new Date('2027-01-31T04:00:00Z');
  const ctxAs = (region: string): Ctx => ({
    db,
    dbKind: 'postgres',
    inTransaction: false,
    actor: {
      accountId: '00000000-0000-7000-8000-000000000001',
      username: 'bench-admin',
      grants: [{ role: 'county_admin', scope: region, regionCode: region }],
    },
    csrfToken: null,
    requestId: 'bench',
    clock: () => now,
    cipher: new FieldCipher(Buffer.alloc(32, 7)),
    config: loadConfig({ ...process.env, DATA_DIR: os.tmpdir() }),
  });

  const t0 = performance.now();
  await run(sql`
    INSERT INTO regions (code, region_code, county_code, parent_code, level, name, lat, lng,
      created_at, updated_at)
    SELECT code, code, substr(code, 1, 6), parent, level, name, lat, lng, now(), now() FROM (
      SELECT '410000000000' AS code, NULL AS parent, 'province' AS level, '河南省' AS name,
        NULL::float8 AS lat, NULL::float8 AS lng
      UNION ALL SELECT '41' || lpad(c::text, 2, '0') || '00000000', '410000000000', 'city',
        '市' || c, NULL, NULL FROM generate_series(1, 17) c
      UNION ALL SELECT '41' || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || '000000',
        '41' || lpad(c::text, 2, '0') || '00000000', 'county', '县' || c || '-' || d, NULL, NULL
        FROM generate_series(1, 17) c, generate_series(1, 10) d
      UNION ALL SELECT '41' || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || (100 + t) || '000',
        '41' || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || '000000', 'township',
        '镇' || t, NULL, NULL
        FROM generate_series(1, 17) c, generate_series(1, 10) d, generate_series(1, 15) t
      UNION ALL SELECT '41' || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || (100 + t) || (200 + v),
        '41' || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || (100 + t) || '000', 'village',
        '村' || v, 35 + c * 0.1 + v * 0.004, 113 + d * 0.1 + t * 0.006
        FROM generate_series(1, 17) c, generate_series(1, 10) d, generate_series(1, 15) t,
          generate_series(1, 18) v
    ) r`);
  await run(sql`CREATE TABLE bench_villages AS
    SELECT (row_number() OVER (ORDER BY code) - 1)::int AS i, code FROM regions WHERE level = 'village'`);
  await run(sql`CREATE UNIQUE INDEX ON bench_villages (i)`);
  step('regions');
  // The year's ledger as a bulk load: its deltas would be dropped by the rebuild anyway.
  await run(sql`ALTER TABLE economy_income_entries DISABLE TRIGGER USER`);
  await insertEntries(`${YEAR}-01-01`, 12, 0);
  await run(sql`ALTER TABLE economy_income_entries ENABLE TRIGGER USER`);
  step('ledger');
  await run(sql`ANALYZE`);
  const generated = performance.now() - t0;
  const [ledger] = await rows<{ n: number; fen: string }>(
    sql`SELECT count(*)::int AS n, sum(amount_fen)::text AS fen FROM economy_income_entries`,
  );

  step('rebuild');
  const rebuild = await timed(() => rebuildInsights(db));
  const [size] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM insight_rollups`);

  /** A region's 2026 income: year total, by month, by child region, in 分. */
  interface Figures {
    total: number;
    byMonth: Record<string, number>;
    byChild: Record<string, number>;
  }
  const prefixOf = (region: string) => region.replace(/0+$/, '');
  const childLength = (region: string) => (region === PROVINCE ? 4 : 9);

  // From the roll-ups: the region's year and month rows, and its children's year rows.
  const fromRollups = async (region: string): Promise<Figures> => {
    const got = await rows<{ code: string; period: string; fen: number }>(sql`
      SELECT region_code AS code, period, income_fen AS fen FROM insight_rollups
      WHERE region_code = ${region} AND period LIKE ${`${YEAR}%`} AND period NOT LIKE '%Q%'
      UNION ALL
      SELECT r.region_code, r.period, r.income_fen FROM insight_rollups r
      JOIN regions g ON g.code = r.region_code AND g.parent_code = ${region}
      WHERE r.period = ${YEAR}`);
    const out: Figures = { total: 0, byMonth: {}, byChild: {} };
    for (const r of got) {
      const fen = Number(r.fen);
      if (r.code !== region) out.byChild[r.code.slice(0, childLength(region))] = fen;
      else if (r.period === YEAR) out.total = fen;
      else out.byMonth[r.period] = fen;
    }
    return out;
  };
  // The same from the ledger's rows: one scan of the region's range for the year.
  const fromScan = async (region: string): Promise<Figures> => {
    const low = region;
    const high = prefixOf(region).padEnd(12, '9');
    const got = await rows<{ child: string; month: string; fen: string }>(sql`
      SELECT substr(region_code, 1, ${childLength(region)}) AS child,
        to_char(posted_on, 'YYYY-MM') AS month, sum(amount_fen)::text AS fen
      FROM economy_income_entries
      WHERE region_code BETWEEN ${low} AND ${high}
        AND posted_on >= ${`${YEAR}-01-01`} AND posted_on < ${`${Number(YEAR) + 1}-01-01`}
      GROUP BY 1, 2`);
    const out: Figures = { total: 0, byMonth: {}, byChild: {} };
    for (const r of got) {
      const fen = Number(r.fen);
      out.total += fen;
      out.byMonth[r.month] = (out.byMonth[r.month] ?? 0) + fen;
      out.byChild[r.child] = (out.byChild[r.child] ?? 0) + fen;
    }
    return out;
  };
  const sorted = (f: Figures) =>
    JSON.stringify([f.total, Object.entries(f.byMonth).sort(), Object.entries(f.byChild).sort()]);

  step('reads');
  const same = {
    county: sorted(await fromRollups(COUNTY)) === sorted(await fromScan(COUNTY)),
    province: sorted(await fromRollups(PROVINCE)) === sorted(await fromScan(PROVINCE)),
  };
  const countyRollups = await times(RUNS, () => fromRollups(COUNTY));
  const countyScan = await times(RUNS, () => fromScan(COUNTY));
  const countyView = await times(RUNS, () =>
    insightOverview(ctxAs(COUNTY), { region: COUNTY, year: YEAR }),
  );
  const provinceRollups = await times(RUNS, () => fromRollups(PROVINCE));
  const provinceScan = await times(RUNS, () => fromScan(PROVINCE));
  const provinceView = await times(RUNS, () =>
    insightOverview(ctxAs(PROVINCE), { region: PROVINCE, year: YEAR }),
  );
  const provinceTotal = (await fromRollups(PROVINCE)).total;

  // A month's new entries (January 2027), written through the ledger's trigger, then one fold.
  step('fold');
  const newEntries = VILLAGES * PER_MONTH;
  const write = await timed(() => insertEntries('2027-01-01', 1, VILLAGES * 12 * PER_MONTH));
  let touched = 0;
  const fold = await timed(async () => {
    touched = await foldInsightChanges(db);
  });
  const hash = sql`SELECT md5(string_agg(r::text, ',' ORDER BY r::text)) AS h FROM insight_rollups r`;
  const folded = await rows<{ h: string }>(hash);
  await rebuildInsights(db);
  const rebuilt = await rows<{ h: string }>(hash);

  const line = (label: string, view: number[], scan: number[]) =>
    `${label}: roll-ups median ${ms(median(view))}, p95 ${ms(p95(view))}; plain scan median ${ms(median(scan))}, p95 ${ms(p95(scan))} (scan/roll-ups: median ×${(median(scan) / median(view)).toFixed(1)}, p95 ×${(p95(scan) / p95(view)).toFixed(1)})`;
  console.log(
    [
      `PostgreSQL, ${os.cpus().length} cores; ${VILLAGES.toLocaleString('en')} villages × 12 months × ${PER_MONTH} entr${PER_MONTH === 1 ? 'y' : 'ies'} = ${ledger?.n.toLocaleString('en')} ledger entries over ${YEAR} (${(Number(ledger?.fen) / 100).toLocaleString('en')} 元); ${RUNS} runs each`,
      `generation: ${(generated / 1000).toFixed(1)} s`,
      `full rebuild: ${(rebuild / 1000).toFixed(1)} s → ${size?.n.toLocaleString('en')} roll-up rows`,
      line('county income (year, 12 months, 15 townships)', countyRollups, countyScan),
      line('province income (year, 12 months, 17 cities)', provinceRollups, provinceScan),
      `county dashboard read (insightOverview, all indicators and the 270 villages): median ${ms(median(countyView))}, p95 ${ms(p95(countyView))}`,
      `province overview read (insightOverview): median ${ms(median(provinceView))}, p95 ${ms(p95(provinceView))}`,
      `roll-up figures equal the plain scan's: county ${same.county}, province ${same.province} (province year ${(provinceTotal / 100).toLocaleString('en')} 元)`,
      `writing a month's ${newEntries.toLocaleString('en')} new entries through the ledger's trigger: ${(write / 1000).toFixed(2)} s`,
      `fold of those entries (${touched.toLocaleString('en')} region codes touched): ${(fold / 1000).toFixed(2)} s`,
      `folded roll-ups equal a fresh rebuild: ${folded[0]?.h === rebuilt[0]?.h}`,
    ].join('\n'),
  );
} finally {
  await drop();
}

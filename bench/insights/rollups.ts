/**
 * Insights roll-ups at province scale, PostgreSQL 15: a generated province (17 cities × 10
 * counties × 15 townships × 18 villages = 45,900 villages) with `--cases` cases over one year;
 * with `--national`, 31 provinces × 16 cities × 10 counties × 14 townships × 7 villages = 486,080
 * villages, and the national overview's read (every province's year and months from the roll-ups,
 * summed) against the same figures from the raw rows. The platform has no national role or route:
 * this times the read such an overview would make.
 * Measures, in one run: the full rebuild; the county and the province dashboard (insightOverview,
 * read from the roll-ups) against the same figures computed from the raw case rows; folding in
 * `--fold` new cases (written with their audit rows, as the intake writes them), then changing
 * `--fold`/10 existing cases (resolved, rated, escalated) and folding again; and checks that the
 * folded roll-ups equal a fresh rebuild. Dashboard times are over `--runs` runs after one warm-up.
 * `--fold-days D` puts the new cases in the D days before the bench's day (20 December) instead of
 * through the year: `--fold-days 1` is a day's intake, all in one month.
 * `--fold 0` skips the fold steps.
 * `--keep` stops after writing the new cases and leaves the database (needs TEST_PG_URL) for profiling
 * the fold by hand.
 *   npx tsx bench/insights/rollups.ts [--cases 1000000] [--fold 100000] [--fold-days 360] [--runs 40]
 *     [--national] [--keep]
 * Needs TEST_PG_URL, or starts a throwaway PostgreSQL with scripts/pg-test-server.sh.
 */
import os from 'node:os';
import { sql, type SQL } from 'drizzle-orm';
import { throwawayPostgres } from '../support/throwawayPostgres.ts';
import { median, ms, p95, step, timed, times } from '../support/timing.ts';
import { loadConfig } from '../../src/server/config.ts';
import { FieldCipher } from '../../src/server/crypto/fieldCipher.ts';
import { openPostgres } from '../../src/server/db/client.ts';
import { applyMigrations } from '../../src/server/db/migrate.ts';
import { foldInsightChanges } from '../../src/server/modules/insights/fold.ts';
import { insightOverview, rollupsOf } from '../../src/server/modules/insights/overview.ts';
import { monthsOf } from '../../src/domain/insights/periods.ts';
import { rebuildInsights } from '../../src/server/modules/insights/rollups.ts';
import type { Ctx } from '../../src/server/platform/context.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const NATIONAL = args.includes('--national');
const CASES = Math.min(opt('cases', 1_000_000), NATIONAL ? 40_000_000 : 10_000_000);
const FOLD = Math.min(opt('fold', 100_000), 1_000_000);
const RUNS = Math.min(opt('runs', 40), 200);
const FOLD_DAYS = Math.min(Math.max(opt('fold-days', 0), 0), 353);
// --keep: stop after writing the new cases, before the fold, and leave the database (on TEST_PG_URL's
// server) for profiling the fold by hand (EXPLAIN (ANALYZE, BUFFERS) inside BEGIN … ROLLBACK).
const KEEP = args.includes('--keep');
// Provinces, cities per province, counties per city, townships per county, villages per township.
const [P, C, D, T, V] = NATIONAL ? [31, 16, 10, 14, 7] : [1, 17, 10, 15, 18];
const VILLAGES = P * C * D * T * V;
const BATCH = 1_000_000;
const PROVINCE = '410000000000';
const COUNTY = '410101000000';
const YEAR = '2026';

// BENCH_REUSE_DB: the database of an earlier run that was stopped after generating its rows; they
// are read as they are (nothing is generated, and the database is left in place).
const REUSE = process.env.BENCH_REUSE_DB;
const { database, drop } = REUSE
  ? await (async () => {
      const reused = await openPostgres(REUSE, 10);
      return { database: reused, drop: () => reused.close() };
    })()
  : await throwawayPostgres('insights', 10);
const db = database.db;
const run = (q: SQL) => db.execute(q);
const rows = async <T>(q: SQL) => ((await db.execute(q)) as unknown as { rows: T[] }).rows;

/**
 * `n` cases spread over every village, created through the year (or in the `days` before 20
 * December); `offset` keeps ids apart.
 */
const insertCasesOnce = (n: number, offset: number, days = 0) =>
  run(sql`
    INSERT INTO cases (id, region_code, county_code, type_code, kind, channel, state, title,
      description, fields, details, owner_kind, owner_id, owner_step, owner_since, due_at,
      first_resolved_at, rating, escalations, created_at, updated_at)
    SELECT md5('case' || (g + ${offset}))::uuid, v.code, substr(v.code, 1, 6), 'request',
      CASE WHEN g % 10 = 0 THEN 'dispute' ELSE 'request' END, 'app',
      CASE WHEN g % 4 = 0 THEN 'assigned' ELSE 'closed' END, '事项', '说明', '{}', '{}',
      'person', 'p', 'L4', c.at, c.at + interval '7 days',
      CASE WHEN g % 4 = 0 THEN NULL ELSE c.at + ((g % 11) || ' days')::interval END,
      CASE WHEN g % 3 = 0 THEN NULL ELSE 1 + g % 5 END, CASE WHEN g % 13 = 0 THEN 1 ELSE 0 END,
      c.at, c.at
    FROM generate_series(1, ${n}) g
    JOIN LATERAL (SELECT code FROM bench_villages WHERE i = (g::bigint * 7919 + ${offset}) % ${VILLAGES}) v ON true
    CROSS JOIN LATERAL (SELECT ${days > 0 ? sql`timestamptz '2026-12-20 00:00+08' - ${days} * interval '1 day'` : sql`timestamptz '2026-01-01 00:00+08'`}
      + ((g::bigint * 104729 + ${offset}) % (${days > 0 ? days : 360} * 86400)) * interval '1 second' AS at) c`);

/** The same in statements of a million at most (each statement's trigger sees its own rows). */
async function insertCases(n: number, offset: number, days = 0) {
  for (let done = 0; done < n; done += BATCH) {
    await insertCasesOnce(Math.min(BATCH, n - done), offset + done, days);
    if (n > BATCH) step(`cases ${Math.min(n, done + BATCH).toLocaleString('en')}`);
  }
}

try {
  if (!REUSE) await applyMigrations(database);
  const now = new Date('2026-12-20T04:00:00Z');
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
  if (!REUSE) {
    // Province codes 41 (the one province) or 11–41 (the nation); the bench's county and province
    // are 4101 and 41 either way.
    const pc = NATIONAL ? sql.raw(`lpad((10 + p)::text, 2, '0')`) : sql.raw(`'41'`);
    await run(sql`
      INSERT INTO regions (code, region_code, county_code, parent_code, level, name, lat, lng,
        created_at, updated_at)
      SELECT code, code, substr(code, 1, 6), parent, level, name, lat, lng, now(), now() FROM (
        SELECT ${pc} || '0000000000' AS code, NULL AS parent, 'province' AS level, '省' || p AS name,
          NULL::float8 AS lat, NULL::float8 AS lng FROM generate_series(1, ${P}) p
        UNION ALL SELECT ${pc} || lpad(c::text, 2, '0') || '00000000', ${pc} || '0000000000', 'city',
          '市' || c, NULL, NULL FROM generate_series(1, ${P}) p, generate_series(1, ${C}) c
        UNION ALL SELECT ${pc} || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || '000000',
          ${pc} || lpad(c::text, 2, '0') || '00000000', 'county', '县' || c || '-' || d, NULL, NULL
          FROM generate_series(1, ${P}) p, generate_series(1, ${C}) c, generate_series(1, ${D}) d
        UNION ALL SELECT ${pc} || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || (100 + t) || '000',
          ${pc} || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || '000000', 'township',
          '镇' || t, NULL, NULL
          FROM generate_series(1, ${P}) p, generate_series(1, ${C}) c, generate_series(1, ${D}) d,
            generate_series(1, ${T}) t
        UNION ALL SELECT ${pc} || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || (100 + t) || (200 + v),
          ${pc} || lpad(c::text, 2, '0') || lpad(d::text, 2, '0') || (100 + t) || '000', 'village',
          '村' || v, 20 + p * 0.5 + c * 0.1 + v * 0.004, 100 + p * 0.5 + d * 0.1 + t * 0.006
          FROM generate_series(1, ${P}) p, generate_series(1, ${C}) c, generate_series(1, ${D}) d,
            generate_series(1, ${T}) t, generate_series(1, ${V}) v
      ) r`);
    await run(sql`CREATE TABLE bench_villages AS
      SELECT (row_number() OVER (ORDER BY code) - 1)::int AS i, code FROM regions WHERE level = 'village'`);
    await run(sql`CREATE UNIQUE INDEX ON bench_villages (i)`);
    step('regions');
    await insertCases(CASES, 0);
    step('cases');
    await run(sql`ANALYZE`);
  }
  const generated = performance.now() - t0;
  const [{ n: caseCount } = { n: 0 }] = await rows<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM cases`,
  );

  step('rebuild');
  const rebuild = await timed(() => rebuildInsights(db));
  const [size] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM insight_rollups`);

  // The same figures from raw rows: totals, monthly trend and per-child totals of the region.
  // (No region: every case, the nation.)
  const raw = (region: string | null, childLength: number) => {
    const prefix = region?.replace(/0*$/, '') ?? '';
    const within = region
      ? sql`region_code BETWEEN ${region} AND ${prefix.padEnd(12, '9')}`
      : sql`true`;
    return run(sql`
      SELECT substr(region_code, 1, ${childLength}) AS child,
        to_char(created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
        count(*) AS received,
        count(*) FILTER (WHERE state IN ('resolved','confirmed','auto_confirmed','closed')) AS resolved,
        count(*) FILTER (WHERE first_resolved_at <= due_at) AS on_time,
        count(rating) AS rated, count(*) FILTER (WHERE rating >= 4) AS satisfied,
        count(*) FILTER (WHERE kind = 'dispute') AS disputes
      FROM cases
      WHERE ${within}
        AND created_at >= timestamptz '2026-01-01 00:00+08' AND created_at < timestamptz '2027-01-01 00:00+08'
      GROUP BY 1, 2`);
  };
  step('reads');
  const countyView = await times(RUNS, () =>
    insightOverview(ctxAs(COUNTY), { region: COUNTY, year: YEAR }),
  );
  const countyRaw = await times(RUNS, () => raw(COUNTY, 9));
  const provinceView = await times(RUNS, () =>
    insightOverview(ctxAs(PROVINCE), { region: PROVINCE, year: YEAR }),
  );
  const provinceRaw = await times(RUNS, () => raw(PROVINCE, 4));
  // The nation: every province's year and months from the roll-ups, summed into the nation's
  // totals and trend (what a national overview shows), against the raw rows by province and month.
  const provinces = (
    await rows<{ code: string }>(sql`SELECT code FROM regions WHERE level = 'province'`)
  ).map((r) => r.code);
  const nationalView = NATIONAL
    ? await times(RUNS, async () => {
        const read = await rollupsOf(ctxAs(PROVINCE), provinces, [YEAR, ...monthsOf(YEAR)]);
        const nation = new Map<string, Record<string, number>>();
        for (const byPeriod of read.values())
          for (const [period, metrics] of byPeriod) {
            const sum = nation.get(period) ?? {};
            for (const [m, v] of Object.entries(metrics)) sum[m] = (sum[m] ?? 0) + v;
            nation.set(period, sum);
          }
        return nation;
      })
    : [];
  const nationalRaw = NATIONAL ? await times(RUNS, () => raw(null, 2)) : [];

  const line = (label: string, view: number[], rawTimes: number[]) =>
    `${label}: roll-ups median ${ms(median(view))}, p95 ${ms(p95(view))}; raw rows median ${ms(median(rawTimes))}, p95 ${ms(p95(rawTimes))} (raw/roll-ups: median ×${(median(rawTimes) / median(view)).toFixed(1)}, p95 ×${(p95(rawTimes) / p95(view)).toFixed(1)})`;
  console.log(
    [
      `PostgreSQL, ${os.cpus().length} cores; ${VILLAGES.toLocaleString('en')} villages, ${caseCount.toLocaleString('en')} cases over ${YEAR}; ${RUNS} runs each`,
      REUSE
        ? 'generation: an earlier run (BENCH_REUSE_DB)'
        : `generation: ${(generated / 1000).toFixed(1)} s`,
      `full rebuild: ${(rebuild / 1000).toFixed(1)} s → ${size?.n.toLocaleString('en')} roll-up rows`,
      line('county dashboard', countyView, countyRaw),
      line('province overview', provinceView, provinceRaw),
      ...(NATIONAL
        ? [line('national overview (31 provinces summed)', nationalView, nationalRaw)]
        : []),
    ].join('\n'),
  );
  if (FOLD > 0) await foldSteps();

  async function foldSteps() {
    // Fold: new cases with their audit rows (as the intake writes them), then one fold.
    await run(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
    const write = await timed(async () => {
      await insertCases(FOLD, CASES, FOLD_DAYS);
      await run(sql`
      INSERT INTO audit_events (chain, id, occurred_at, action, object_type, object_id, region_code,
        county_code, prev_hash, hash)
      SELECT 'bench', gen_random_uuid(), now(), 'case.create', 'case', c.id::text, c.region_code,
        c.county_code, '', ''
      FROM cases c WHERE c.id IN (SELECT md5('case' || (g + ${CASES}))::uuid FROM generate_series(1, ${FOLD}) g)`);
    });
    if (KEEP) {
      const [{ name } = { name: '' }] = await rows<{ name: string }>(
        sql`SELECT current_database() AS name`,
      );
      console.log(`kept before the fold: database ${name}`);
      return;
    }
    step('fold');
    let touched = 0;
    const fold = await timed(async () => {
      touched = await foldInsightChanges(db);
    });
    // Changes that are not additions: a tenth as many existing cases resolved (and rated),
    // escalated, or re-rated, each with its audit row; then one fold.
    const CHANGED = Math.floor(FOLD / 10);
    const changeWrite = await timed(async () => {
      await run(sql`
      CREATE TABLE bench_changed AS
      SELECT md5('case' || (g::bigint * 7 % ${CASES} + 1))::uuid AS id, g FROM generate_series(1, ${CHANGED}) g`);
      await run(sql`
      UPDATE cases c SET
        state = CASE WHEN b.g % 3 = 0 THEN 'closed' ELSE c.state END,
        first_resolved_at = CASE WHEN b.g % 3 = 0 THEN coalesce(c.first_resolved_at, c.created_at + interval '3 days') ELSE c.first_resolved_at END,
        rating = CASE WHEN b.g % 3 = 1 THEN NULL ELSE 1 + b.g % 5 END,
        escalations = c.escalations + CASE WHEN b.g % 3 = 2 THEN 1 ELSE 0 END,
        updated_at = now()
      FROM bench_changed b WHERE c.id = b.id`);
      await run(sql`
      INSERT INTO audit_events (chain, id, occurred_at, action, object_type, object_id, region_code,
        county_code, prev_hash, hash)
      SELECT 'bench', gen_random_uuid(), now(), 'case.transition', 'case', c.id::text, c.region_code,
        c.county_code, '', ''
      FROM cases c JOIN bench_changed b ON b.id = c.id`);
    });
    await run(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
    step('fold of changes');
    let changedCodes = 0;
    const changeFold = await timed(async () => {
      changedCodes = await foldInsightChanges(db);
    });
    const folded = await rows<{ h: string }>(
      sql`SELECT md5(string_agg(r::text, ',' ORDER BY r::text)) AS h FROM insight_rollups r`,
    );
    await rebuildInsights(db);
    const rebuilt = await rows<{ h: string }>(
      sql`SELECT md5(string_agg(r::text, ',' ORDER BY r::text)) AS h FROM insight_rollups r`,
    );
    console.log(
      [
        `writing ${FOLD.toLocaleString('en')} new cases with their audit rows: ${(write / 1000).toFixed(2)} s`,
        `fold of ${FOLD.toLocaleString('en')} new cases${FOLD_DAYS > 0 ? ` from the last ${FOLD_DAYS} day(s)` : ' spread over the year'} (${touched.toLocaleString('en')} region codes touched): ${(fold / 1000).toFixed(2)} s`,
        `changing ${CHANGED.toLocaleString('en')} existing cases (resolve, rate, escalate) with audit rows: ${(changeWrite / 1000).toFixed(2)} s`,
        `fold of those changes (${changedCodes.toLocaleString('en')} region codes touched): ${(changeFold / 1000).toFixed(2)} s`,
        `folded roll-ups equal a fresh rebuild: ${folded[0]?.h === rebuilt[0]?.h}`,
      ].join('\n'),
    );
  }
} finally {
  if (KEEP) {
    await database.close();
    // throwawayPostgres's admin connection stays open with the database it keeps.
    process.exit(0);
  } else await drop();
}

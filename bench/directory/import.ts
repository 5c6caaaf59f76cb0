/**
 * Excel import benchmark: a 50,000-row 人员 workbook built from the demo generator's persons,
 * imported through the real route and job on embedded PGlite and on PostgreSQL 15, in one run.
 *   npx tsx bench/directory/import.ts [--rows 50000]
 * Needs TEST_PG_URL for the PostgreSQL leg (else: eval "$(bash scripts/pg-test-server.sh start)").
 */
import ExcelJS from 'exceljs';
import { generateDemoCounty } from '../../src/domain/directory/demoCounty/index.ts';
import { EDUCATION_LEVELS } from '../../src/domain/directory/personAttributes.ts';
import { PERSON_TAGS } from '../../src/domain/directory/tags.ts';
import { labelOf } from '../../src/domain/directory/vocabulary.ts';
import { FIXTURE_PLACES } from '../../src/server/testing/fixtureRegions.ts';
import { createTestApp, login } from '../../src/server/testing/testApp.ts';
import { finished, upload } from '../../src/server/testing/exchangeKit.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--rows');
const ROWS = at >= 0 ? Number(args[at + 1]) : 50_000;
const VILLAGES = [FIXTURE_PLACES.village1, FIXTURE_PLACES.village2, '410599201201', '410599201202'];

async function buildWorkbook(): Promise<{ file: Buffer; ms: number }> {
  const t0 = performance.now();
  // Villages of ~1,500 people: enough generated persons for the requested rows.
  const county = generateDemoCounty({
    townships: 4,
    villages: Math.ceil(ROWS / 1400) + 2,
    communities: 0,
    peoplePerVillage: 1500,
    units: 4,
    staffPerUnit: 2,
    modelVillage: false,
  });
  const people = county.persons.slice(0, ROWS);
  if (people.length < ROWS) throw new Error(`generator gave ${people.length} persons`);
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('人员');
  ws.addRow(['姓名', '身份证号', '手机号', '所在村（区划代码）', '文化程度', '标签']);
  // Re-homed into the benchmark database's villages; names, ID numbers, phones and tags as generated.
  people.forEach((p, i) =>
    ws.addRow([
      p.name,
      p.idNumber,
      p.phone,
      VILLAGES[i % VILLAGES.length],
      labelOf(EDUCATION_LEVELS, p.education),
      p.tags.map((c) => labelOf(PERSON_TAGS, c)).join('、'),
    ]),
  );
  const file = Buffer.from(await workbook.xlsx.writeBuffer());
  return { file, ms: performance.now() - t0 };
}

interface Leg {
  db: string;
  requestMs: number;
  jobMs: number;
  validateMs: number;
  writeMs: number;
  reimportMs: number;
  rowsPerSecond: number;
}

async function leg(db: 'pglite' | 'postgres', file: Buffer): Promise<Leg> {
  process.env.TEST_DB = db;
  const t = await createTestApp();
  try {
    const county = await login(t.app, 'county');
    const t0 = performance.now();
    const res = await upload(t.app, county, 'persons', file);
    const requestMs = performance.now() - t0;
    if (res.statusCode !== 202) throw new Error(`${res.statusCode} ${res.body}`);
    const job = await finished(t.app, county, (res.json() as { url: string }).url);
    const jobMs = performance.now() - t0;
    if (job.status !== 'succeeded') throw new Error(JSON.stringify(job.result).slice(0, 500));
    const timings = (job.result as unknown as { timings: { validateMs: number; writeMs: number } })
      .timings;
    const t1 = performance.now();
    const again = await upload(t.app, county, 'persons', file);
    const second = await finished(t.app, county, (again.json() as { url: string }).url);
    if (second.result.counts?.unchanged !== ROWS) throw new Error('re-import changed rows');
    return {
      db,
      requestMs,
      jobMs,
      ...timings,
      reimportMs: performance.now() - t1,
      rowsPerSecond: Math.round(ROWS / (jobMs / 1000)),
    };
  } finally {
    await t.close();
  }
}

const built = await buildWorkbook();
console.log(
  `workbook: ${ROWS} rows, ${(built.file.length / 1024 / 1024).toFixed(1)} MB, built in ${(built.ms / 1000).toFixed(1)} s`,
);
const legs: Leg[] = [await leg('pglite', built.file)];
if (process.env.TEST_PG_URL) legs.push(await leg('postgres', built.file));
else console.log('TEST_PG_URL not set: PostgreSQL leg skipped');
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  '| database | upload + parse (request) | validate + references | write + audit | whole import | rows/s | re-import (no change) |',
);
console.log('|---|---|---|---|---|---|---|');
for (const l of legs)
  console.log(
    `| ${l.db} | ${s(l.requestMs)} | ${s(l.validateMs)} | ${s(l.writeMs)} | ${s(l.jobMs)} | ${l.rowsPerSecond} | ${s(l.reimportMs)} |`,
  );
if (legs.length === 2 && legs[0] && legs[1])
  console.log(
    `PGlite / PostgreSQL whole-import time: ${(legs[0].jobMs / legs[1].jobMs).toFixed(2)}`,
  );
process.exit(0);

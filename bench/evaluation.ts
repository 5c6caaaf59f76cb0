/**
 * Evaluation benchmark: 45,000 branches (a province's villages) evaluated against the 五星 preset
 * from their stored claims, timed against a plain read of the same rows in the same run.
 *   npx tsx bench/evaluation.ts [--branches 45000] [--rounds 3]
 * Runs on embedded PGlite (in memory); with TEST_PG_URL set, also on that PostgreSQL server.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { evaluateSubject } from '../src/domain/evaluation/evaluate.ts';
import { fiveStarBranchRural } from '../src/domain/evaluation/presets/fiveStarBranch.ts';
import { openPglite, openPostgres, type Database } from '../src/server/db/client.ts';
import { applyMigrations } from '../src/server/db/migrate.ts';
import { evaluations, type ClaimContent } from '../src/server/db/schema/index.ts';
import { eq } from 'drizzle-orm';
import { uuidv7 } from '../src/server/platform/uuidv7.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const BRANCHES = opt('branches', 45_000);
const ROUNDS = opt('rounds', 3);
const ROUND_ID = '01900000-0000-7000-8000-0000000000aa';

const unit = (i: number, salt: string) =>
  crypto.createHash('sha256').update(`${salt}${i}`).digest().readUInt32BE(0) / 2 ** 32;

function claimOf(i: number): ClaimContent {
  const r = (salt: string) => unit(i, salt);
  return {
    stars: fiveStarBranchRural.stars.map((s) => s.key),
    answers: {
      teamComplete: { done: r('t') < 0.9, evidenceIds: [] },
      leadingIndustry: { done: r('l') < 0.8, evidenceIds: [] },
      environment: { done: r('e') < 0.8, evidenceIds: [] },
    },
    metrics: {
      contactCoverage: { value: Math.round(80 + r('c') * 20), evidenceIds: [] },
      collectiveIncome: { value: Math.round(r('i') * 40), evidenceIds: [] },
      criminalCasesYear: { value: r('k') < 0.9 ? 0 : 1, evidenceIds: [] },
      disputeResolutionRate: { value: 90 + r('d') * 10, evidenceIds: [] },
      petitionsYear: { value: r('p') < 0.9 ? 0 : 1, evidenceIds: [] },
      householdStarShare: { value: 40 + r('s') * 50, evidenceIds: [] },
      redWhiteViolations: { value: r('w') < 0.9 ? 0 : 1, evidenceIds: [] },
    },
    note: '',
  };
}

async function fill(database: Database) {
  const now = new Date();
  const rows = Array.from({ length: BRANCHES }, (_, i) => {
    const code = `41${String(1 + (i % 17)).padStart(2, '0')}${String(1 + (Math.floor(i / 17) % 99)).padStart(2, '0')}${String(100 + (Math.floor(i / 1683) % 99)).padStart(3, '0')}${String(200 + (i % 800)).padStart(3, '0')}`;
    return {
      id: uuidv7(now.getTime()),
      regionCode: code,
      countyCode: code.slice(0, 6),
      roundId: ROUND_ID,
      subjectType: 'party_org',
      subjectId: crypto.randomUUID(),
      subjectName: `第${i}村党支部`,
      stage: 'review' as const,
      stepIndex: 0,
      claim: claimOf(i),
      grantedStars: [],
      heldStars: [],
      level: 0,
      noticeStartsAt: null,
      noticeEndsAt: null,
      awardedAt: null,
      createdAt: now,
      updatedAt: now,
    };
  });
  for (let i = 0; i < rows.length; i += 1000)
    await database.db.insert(evaluations).values(rows.slice(i, i + 1000));
}

async function timeIt<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

async function measure(kind: string, database: Database) {
  await applyMigrations(database);
  await fill(database);
  const read = () =>
    database.db
      .select({ id: evaluations.id, claim: evaluations.claim })
      .from(evaluations)
      .where(eq(evaluations.roundId, ROUND_ID));
  const plain: number[] = [];
  const evaluated: number[] = [];
  const evaluatorOnly: number[] = [];
  let levels: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    plain.push((await timeIt(async () => (await read()).length)).ms);
    const t = await timeIt(async () => {
      const rows = await read();
      const t1 = performance.now();
      const counts = Array(6).fill(0) as number[];
      for (const row of rows) {
        const claim = row.claim;
        if (!claim) continue;
        const metrics = Object.fromEntries(
          Object.entries(claim.metrics).map(([k, m]) => [k, m.value]),
        );
        const answers = Object.fromEntries(
          Object.entries(claim.answers).map(([k, a]) => [
            k,
            { done: a.done, evidence: a.evidenceIds.length > 0 },
          ]),
        );
        const result = evaluateSubject(fiveStarBranchRural, { metrics, answers, vetoes: [] });
        counts[result.level] = (counts[result.level] ?? 0) + 1;
      }
      evaluatorOnly.push(performance.now() - t1);
      return counts;
    });
    evaluated.push(t.ms);
    levels = t.value;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const p = median(plain);
  const e = median(evaluated);
  console.log(
    `${kind}: ${BRANCHES} branches · plain read ${p.toFixed(0)} ms · read + evaluate ${e.toFixed(0)} ms (evaluator alone ${median(evaluatorOnly).toFixed(0)} ms, ${((1000 * BRANCHES) / median(evaluatorOnly)).toFixed(0)} branches/s) · ratio ${(e / p).toFixed(2)}× · levels 0–5: ${levels.join('/')}`,
  );
  await database.close();
}

console.log(
  `machine: ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, node ${process.version}`,
);
await measure('PGlite (in memory)', await openPglite());
const url = process.env.TEST_PG_URL;
if (url) {
  const name = `lingyan_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  await measure('PostgreSQL 15', await openPostgres(target.toString(), 2));
  await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
  await admin.end();
}

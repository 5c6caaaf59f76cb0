import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { asc, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { FieldCipher } from '../crypto/fieldCipher.ts';
import { openPglite, openPostgres, type Database } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';
import { transaction } from '../platform/context.ts';
import { openRuntime, systemCtx } from '../runtime.ts';
import { seedFixture } from '../testing/fixtureSeed.ts';
import { startHookReceiver } from '../testing/hookReceiver.ts';
import { call, createTestApp, login } from '../testing/testApp.ts';
import { createTestDatabase, testDbKind, type TestDatabase } from '../testing/testDatabase.ts';
import { appendAudit } from './appendAudit.ts';
import { chainHash } from './chainHash.ts';
import { checkpointHolds, latestCheckpoint, type Checkpoint } from './checkpoints.ts';
import { verifyAuditChains } from './verifyChain.ts';

/**
 * Issue 16 finding 1: whoever holds the database (the embedded one's user is a superuser) disables
 * the triggers, cuts the tail of a chain or rewrites a row and re-hashes every row after it. On a
 * copy of a data folder, `audit verify` must find both and name them.
 */
const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const COUNTY = '410599';
const key = crypto.randomBytes(32);
const seal = new FieldCipher(key);

let root = '';
let dataDir = '';
let checkpointFile = '';
let fresh: TestDatabase | null = null;
let env: NodeJS.ProcessEnv = {};

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-anchored-'));
  dataDir = path.join(root, 'data');
  checkpointFile = path.join(root, 'checkpoints', 'audit.jsonl');
  fs.mkdirSync(path.dirname(checkpointFile));
  fresh = testDbKind() === 'postgres' ? await createTestDatabase() : null;
  await fresh?.database.close();
  env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: fresh?.url ?? '',
    LINGYAN_MASTER_KEY: key.toString('hex'),
    LINGYAN_AUDIT_CHECKPOINT_FILE: checkpointFile,
    LINGYAN_AUDIT_CHECKPOINT_URL: '',
  };
  const runtime = await openRuntime(loadConfig(env), undefined, { env });
  const ctx = systemCtx(runtime);
  await seedFixture(ctx);
  for (let i = 0; i < 12; i++) {
    await transaction(ctx, (tx) =>
      appendAudit(tx, { action: 'test.platform', objectType: 'test', objectId: String(i) }),
    );
    await transaction(ctx, (tx) =>
      appendAudit(tx, {
        action: 'test.county',
        objectType: 'test',
        objectId: String(i),
        regionCode: '410599101201',
      }),
    );
  }
  // the server itself writes the checkpoints: when ready and once more when it stops
  const app = await buildApp(runtime.deps, { webDist: '/nonexistent' });
  await app.ready();
  await app.close();
  await runtime.close();
}, 120_000);

afterAll(async () => {
  await fresh?.drop();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A copy of the data as a thief or a careless admin would hold it: the folder, or the database. */
async function copyOfData(name: string): Promise<{ database: Database; env: NodeJS.ProcessEnv }> {
  if (!fresh) {
    const copy = path.join(root, name);
    fs.cpSync(dataDir, copy, { recursive: true });
    return {
      database: await openPglite(path.join(copy, 'pglite')),
      env: { ...env, DATA_DIR: copy },
    };
  }
  const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL });
  const from = new URL(fresh.url!).pathname.slice(1);
  const copyName = `${from}_${name}`;
  await admin.connect();
  await admin.query(`CREATE DATABASE ${copyName} TEMPLATE ${from}`);
  await admin.end();
  const url = new URL(fresh.url!);
  url.pathname = `/${copyName}`;
  return {
    database: await openPostgres(url.toString(), 2),
    env: { ...env, DATABASE_URL: url.toString(), DATA_DIR: path.join(root, name) },
  };
}

const chainRows = (database: Database, chain: string) =>
  database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.chain, chain))
    .orderBy(asc(auditEvents.chainSeq));

/** Edits row `from` of the chain and re-hashes it and every row after it with plain SM3. */
async function rewriteAndRehash(
  database: Database,
  chain: string,
  from: number,
  options: { dropSeals: boolean },
): Promise<void> {
  const db = database.db;
  await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
  await db.execute(
    sql`UPDATE audit_events SET actor_username = 'someone-else' WHERE chain = ${chain} AND chain_seq = ${from}`,
  );
  const rows = await chainRows(database, chain);
  let prev = rows[from - 2]?.hash ?? '0'.repeat(64);
  for (const row of rows.slice(from - 1)) {
    const {
      prevHash: _p,
      hash: _h,
      chain: _c,
      chainSeq,
      seq,
      seal: _s,
      sealKey: _k,
      ...common
    } = row;
    const hash = chainHash(prev, { chain, chainSeq: chainSeq ?? 0, ...common });
    await db.execute(
      options.dropSeals
        ? sql`UPDATE audit_events SET prev_hash = ${prev}, hash = ${hash}, seal = NULL, seal_key = NULL WHERE seq = ${seq}`
        : sql`UPDATE audit_events SET prev_hash = ${prev}, hash = ${hash} WHERE seq = ${seq}`,
    );
    prev = hash;
  }
  await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
}

const verify = (database: Database) =>
  verifyAuditChains(database.db, { seal, checkpoint: latestCheckpoint(checkpointFile) });

describe('an audit log anchored outside the database', () => {
  it('seals every row, keeps no key in the data folder, and checkpoints each chain’s head outside it', async () => {
    expect(fs.existsSync(path.join(dataDir, 'keys'))).toBe(false);
    const checkpoint = latestCheckpoint(checkpointFile);
    expect(checkpoint).not.toBeNull();
    expect(checkpointHolds(checkpoint!, seal)).toBe(true);
    expect(checkpoint!.chains.find((c) => c.chain === 'platform')?.place).toBeGreaterThanOrEqual(
      12,
    );
    expect(checkpoint!.chains.find((c) => c.chain === COUNTY)?.place).toBeGreaterThanOrEqual(12);
    // a checkpoint edited by hand is refused
    const forged = { ...checkpoint!, chains: checkpoint!.chains.map((c) => ({ ...c, place: 1 })) };
    expect(checkpointHolds(forged, seal)).toBe(false);

    const { database } = await copyOfData('intact');
    try {
      const rows = await chainRows(database, COUNTY);
      expect(rows.every((r) => r.sealKey === seal.keyId && r.seal === seal.seal(r.hash))).toBe(
        true,
      );
      const result = await verify(database);
      expect(result.ok).toBe(true);
      expect(result.checkpoint.state).toBe('checked');
    } finally {
      await database.close();
    }
  });

  it('finds a tail cut from a chain, which still links, by the checkpoint — and so does `lingyan audit verify`', async () => {
    const { database, env: copyEnv } = await copyOfData('truncated');
    try {
      const rows = await chainRows(database, 'platform');
      const last = rows.at(-1)!.chainSeq!;
      await database.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
      await database.db.execute(
        sql`DELETE FROM audit_events WHERE chain = 'platform' AND chain_seq > ${last - 5}`,
      );
      await database.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
      const result = await verify(database);
      expect(result.ok).toBe(false);
      // the shortened chain itself holds together: only the checkpoint can tell
      expect(result.chains.every((c) => c.ok)).toBe(true);
      expect(result.checkpoint).toMatchObject({
        state: 'checked',
        findings: expect.arrayContaining([
          {
            chain: 'platform',
            ok: false,
            place: last,
            reason: expect.stringMatching(
              new RegExp(
                `^truncated: the checkpoint of .* saw row ${last}; the chain now ends at row ${last - 5}$`,
              ),
            ),
          },
        ]),
      });
    } finally {
      await database.close();
    }
    const cli = await run('node', [path.join(ROOT, 'bin/lingyan.mjs'), 'audit', 'verify'], {
      env: copyEnv,
      cwd: ROOT,
    }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(cli?.code).toBe(1);
    expect(cli?.stderr).toMatch(/chain platform: truncated: the checkpoint of .* saw row \d+/);
  }, 60_000);

  it('names the first rewritten row of a re-hashed chain by its seal, and the rewrite by the checkpoint', async () => {
    const { database } = await copyOfData('rehashed');
    try {
      await rewriteAndRehash(database, COUNTY, 4, { dropSeals: false });
      const result = await verify(database);
      expect(result.ok).toBe(false);
      expect(result.chains.find((c) => c.chain === COUNTY)).toMatchObject({
        ok: false,
        brokenChainSeq: 4,
        reason: 'row seal does not match: the row was rewritten and re-hashed without the key',
      });
      expect(result.chains.find((c) => c.chain === 'platform')).toMatchObject({ ok: true });
    } finally {
      await database.close();
    }
  });

  it('names a rewrite whose seals were stripped, and a chain rewritten from its first row, which only the checkpoint can see', async () => {
    const { database } = await copyOfData('stripped');
    try {
      await rewriteAndRehash(database, COUNTY, 6, { dropSeals: true });
      const partly = await verify(database);
      expect(partly.chains.find((c) => c.chain === COUNTY)).toMatchObject({
        ok: false,
        brokenChainSeq: 6,
        reason: 'row is not sealed with the running key, yet rows before it are',
      });
      await rewriteAndRehash(database, COUNTY, 1, { dropSeals: true });
      const whole = await verify(database);
      // every row unsealed links to the one before: the chain alone looks like an old one
      expect(whole.chains.find((c) => c.chain === COUNTY)).toMatchObject({ ok: true });
      expect(whole.ok).toBe(false);
      expect(whole.checkpoint).toMatchObject({
        state: 'checked',
        findings: expect.arrayContaining([
          expect.objectContaining({
            chain: COUNTY,
            ok: false,
            reason: expect.stringMatching(/^rewritten: row \d+ no longer has the hash/),
          }),
        ]),
      });
    } finally {
      await database.close();
    }
  });

  it('refuses a checkpoint sealed by another key', async () => {
    const { database } = await copyOfData('otherkey');
    try {
      const other = new FieldCipher(crypto.randomBytes(32));
      const result = await verifyAuditChains(database.db, {
        seal: other,
        checkpoint: latestCheckpoint(checkpointFile),
      });
      expect(result.ok).toBe(false);
      expect(result.checkpoint).toMatchObject({
        state: 'refused',
        reason: expect.stringMatching(/sealed by key \w+, not the running key/),
      });
    } finally {
      await database.close();
    }
  });
});

describe('checkpoints sent to a webhook', () => {
  it('posts a sealed checkpoint when the server is ready and again at shutdown, with the head that moved', async () => {
    const receiver = await startHookReceiver<Checkpoint>();
    const received = receiver.bodies;
    const t = await createTestApp({
      auditCheckpoints: { file: null, url: receiver.url('/checkpoints'), minutes: 60 },
    });
    try {
      await t.app.ready();
      expect(received).toHaveLength(1);
      expect(checkpointHolds(received[0]!, t.deps.cipher)).toBe(true);
      const county = await login(t.app, 'county');
      const res = await call(t.app, county, 'POST', '/api/v1/regions', {
        payload: { code: '410599101230', name: '锚定村' },
      });
      expect(res.statusCode).toBe(201);
    } finally {
      await t.close();
      receiver.close();
    }
    expect(received).toHaveLength(2);
    const head = (cp: Checkpoint) => cp.chains.find((c) => c.chain === COUNTY)?.place ?? 0;
    expect(head(received[1]!)).toBeGreaterThan(head(received[0]!));
    expect(checkpointHolds(received[1]!, t.deps.cipher)).toBe(true);
  });
});

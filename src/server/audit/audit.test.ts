import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { asc, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { auditEvents } from '../db/schema/index.ts';
import { openRuntime, systemCtx } from '../runtime.ts';
import { seedFixture } from '../testing/fixtureSeed.ts';
import { createTestDatabase, testDbKind } from '../testing/testDatabase.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { appendAudit } from './appendAudit.ts';
import { call, login } from '../testing/testApp.ts';
import { useTestApp } from '../testing/appKit.ts';
import { verifyAuditChains } from './verifyChain.ts';
import { applyMigrations, MIGRATIONS_DIR } from '../db/migrate.ts';
import { chainHash, GENESIS_HASH, type ChainedFields } from './chainHash.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');

const t = useTestApp();

describe('audit log', () => {
  it('adds an event in the same transaction as every write, naming actor, role, scope and request', async () => {
    const s = await login(t.app, 'county');
    const res = await call(t.app, s, 'POST', '/api/v1/regions', {
      payload: { code: '410599101220', name: '审计村' },
    });
    expect(res.statusCode).toBe(201);
    const events = await t.deps.database.db
      .select()
      .from(auditEvents)
      .orderBy(asc(auditEvents.seq));
    const created = events.find(
      (e) => e.action === 'region.create' && e.objectId === '410599101220',
    );
    expect(created).toMatchObject({
      actorUsername: 'county',
      role: 'county_admin',
      scope: '410599000000',
      regionCode: '410599101220',
      countyCode: '410599',
      requestId: res.headers['x-request-id'],
    });
    expect(created?.afterDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(created?.chain).toBe('410599');
    // Each chain numbers its rows 1, 2, 3… with no gap.
    for (const chain of new Set(events.map((e) => e.chain))) {
      const numbers = events.filter((e) => e.chain === chain).map((e) => e.chainSeq);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('writes no event when the write fails', async () => {
    const s = await login(t.app, 'county');
    const before = (await t.deps.database.db.select().from(auditEvents)).length;
    const res = await call(t.app, s, 'POST', '/api/v1/regions', {
      payload: { code: '410599101201', name: '重复' },
    });
    expect(res.statusCode).toBe(409);
    expect((await t.deps.database.db.select().from(auditEvents)).length).toBe(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE through any client', async () => {
    const db = t.deps.database.db;
    await expect(
      db.execute(sql`UPDATE audit_events SET action = 'x' WHERE seq = 1`),
    ).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow();
    await expect(db.execute(sql`TRUNCATE audit_events`)).rejects.toThrow();
    expect((await verifyAuditChains(db, { seal: t.deps.cipher })).ok).toBe(true);
  });

  it('finds an edit made behind the application’s back and names the row', async () => {
    const db = t.deps.database.db;
    const intact = await verifyAuditChains(db, { seal: t.deps.cipher });
    expect(intact).toMatchObject({ ok: true });
    const [third] = await db
      .select()
      .from(auditEvents)
      .where(sql`chain = '410599' AND chain_seq = 3`);
    expect(third).toBeDefined();
    await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
    await db.execute(
      sql`UPDATE audit_events SET actor_username = 'someone-else' WHERE seq = ${third!.seq}`,
    );
    await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
    const result = await verifyAuditChains(db, { seal: t.deps.cipher });
    expect(result.ok).toBe(false);
    // Only the county's chain breaks, at that row; the others still hold.
    expect(result.chains.filter((c) => !c.ok)).toEqual([
      {
        chain: '410599',
        ok: false,
        rows: 2,
        brokenSeq: third!.seq,
        brokenChainSeq: 3,
        reason: 'row content does not match its hash',
      },
    ]);
  });
});

describe('lingyan audit verify', () => {
  it('exits 0 on an intact chain and 1 naming the first broken row after a deletion', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-audit-'));
    const fresh = testDbKind() === 'postgres' ? await createTestDatabase() : null;
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: fresh?.url ?? '' };
    await fresh?.database.close();
    try {
      const runtime = await openRuntime(loadConfig(env));
      const ctx = systemCtx(runtime);
      await seedFixture(ctx);
      for (let i = 0; i < 3; i++)
        await transaction(ctx, (tx) =>
          appendAudit(tx, { action: 'test.event', objectType: 'test', objectId: String(i) }),
        );
      await runtime.close();

      const cli = () =>
        run('node', [path.join(ROOT, 'bin/lingyan.mjs'), 'audit', 'verify'], { env, cwd: ROOT });
      expect((await cli()).stdout).toMatch(
        /chain platform: intact, 3 events[\s\S]*audit chains intact: \d+ events in \d+ chains/,
      );

      const again = await openRuntime(loadConfig(env));
      const db = again.deps.database.db;
      await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
      await db.execute(sql`DELETE FROM audit_events WHERE chain = 'platform' AND chain_seq = 2`);
      await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
      await again.close();
      const broken = await cli().then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(broken?.code).toBe(1);
      expect(broken?.stderr).toMatch(
        /chain platform: BROKEN at seq \d+ \(chain_seq 2\): row 2 is missing \(next present is 3\)/,
      );
    } finally {
      await fresh?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('moving a single-chain log to chains per county', () => {
  it('keeps the rows written before the migration verifiable as the legacy chain and starts each county’s chain after them', async () => {
    // The migrations as they were before per-county chains (0000–0010).
    const before = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-migrations-'));
    fs.mkdirSync(path.join(before, 'meta'));
    const journal = JSON.parse(
      fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8'),
    ) as { entries: { idx: number; tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.idx <= 10);
    fs.writeFileSync(path.join(before, 'meta/_journal.json'), JSON.stringify(journal));
    for (const e of journal.entries)
      fs.copyFileSync(path.join(MIGRATIONS_DIR, `${e.tag}.sql`), path.join(before, `${e.tag}.sql`));
    const test = await createTestDatabase({ migrate: false });
    try {
      const { database } = test;
      await applyMigrations(database, before);
      // Three rows of the old single chain, linked by seq, as the old writer made them.
      let prevHash = GENESIS_HASH;
      for (let seq = 1; seq <= 3; seq++) {
        const fields: ChainedFields = {
          seq,
          id: `00000000-0000-7000-8000-00000000000${seq}`,
          occurredAt: new Date(Date.UTC(2026, 0, seq)),
          actorId: null,
          actorUsername: 'system',
          role: null,
          scope: null,
          action: 'legacy.event',
          objectType: 'test',
          objectId: String(seq),
          regionCode: '410599101201',
          countyCode: '410599',
          beforeDigest: null,
          afterDigest: null,
          detail: { n: seq },
          requestId: 'legacy',
        };
        const hash = chainHash(prevHash, fields);
        await database.db
          .execute(sql`INSERT INTO audit_events (seq, id, occurred_at, actor_username, action, object_type, object_id, region_code, county_code, detail, request_id, prev_hash, hash)
          VALUES (${seq}, ${fields.id}, ${fields.occurredAt.toISOString()}, 'system', 'legacy.event', 'test', ${String(seq)}, '410599101201', '410599', ${JSON.stringify(fields.detail)}::jsonb, 'legacy', ${prevHash}, ${hash})`);
        prevHash = hash;
      }
      await applyMigrations(database);
      const ctx: Ctx = {
        db: database.db,
        dbKind: database.kind,
        inTransaction: false,
        actor: null,
        csrfToken: null,
        requestId: 'after',
        clock: () => new Date(Date.UTC(2026, 1, 1)),
        cipher: t.deps.cipher,
        config: t.deps.config,
      };
      await transaction(ctx, (tx) =>
        appendAudit(tx, {
          action: 'region.update',
          objectType: 'region',
          objectId: '410599101201',
          regionCode: '410599101201',
        }),
      );
      await transaction(ctx, (tx) =>
        appendAudit(tx, { action: 'platform.event', objectType: 'test' }),
      );
      const result = await verifyAuditChains(database.db, { seal: t.deps.cipher });
      // the legacy rows predate sealing: checked by their links, which the sealed rows continue
      expect(result.chains).toEqual([
        { chain: '410599', ok: true, rows: 1, head: expect.any(String), unsealed: 0 },
        { chain: 'legacy', ok: true, rows: 3, head: prevHash, unsealed: 3 },
        { chain: 'platform', ok: true, rows: 1, head: expect.any(String), unsealed: 0 },
      ]);
      const rows = await database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
      expect(rows.map((r) => [r.seq, r.chain, r.chainSeq])).toEqual([
        [1, 'legacy', null],
        [2, 'legacy', null],
        [3, 'legacy', null],
        [4, '410599', 1],
        [5, 'platform', 1],
      ]);
    } finally {
      await test.drop();
      fs.rmSync(before, { recursive: true, force: true });
    }
  });
});

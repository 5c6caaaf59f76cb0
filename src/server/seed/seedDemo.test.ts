import crypto from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCounty } from '../../domain/directory/demoCounty/index.ts';
import { demoCountySmall } from '../../domain/directory/demoCounty/options.ts';
import { loadConfig } from '../config.ts';
import { FieldCipher } from '../crypto/fieldCipher.ts';
import {
  accountRoles,
  accounts,
  demoSeedChunks,
  persons,
  responsibilityEdges,
} from '../db/schema/index.ts';
import type { Runtime } from '../runtime.ts';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase.ts';
import { sql } from 'drizzle-orm';
import { setBulkIndexesAside } from './bulkIndexes.ts';
import { seedDemoCounty } from './seedDemo.ts';
import { systemCtx } from '../runtime.ts';
import { demoSeedIndexes } from '../db/schema/index.ts';

let testDb: TestDatabase;
let runtime: Runtime;
const options = { ...demoCountySmall };

beforeAll(async () => {
  testDb = await createTestDatabase();
  runtime = {
    keySource: 'env',
    deps: {
      config: loadConfig({}),
      database: testDb.database,
      cipher: new FieldCipher(crypto.randomBytes(32)),
      clock: () => new Date('2026-11-22T02:00:00Z'),
    },
    close: async () => undefined,
  };
});
afterAll(() => testDb.drop());

async function indexNames(): Promise<string[]> {
  const found = (await testDb.database.db.execute(
    sql`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`,
  )) as unknown as { rows: { indexname: string }[] };
  return found.rows.map((r) => r.indexname);
}

describe('seedDemoCounty', () => {
  it('creates the demo accounts at the model village and its township, then loads the whole county', async () => {
    const lines: string[] = [];
    const seeding = await seedDemoCounty(runtime, (l) => lines.push(l), options, 500);
    const db = testDb.database.db;
    const roles = await db
      .select({
        username: accounts.username,
        scope: accountRoles.scope,
        personId: accounts.personId,
      })
      .from(accounts)
      .innerJoin(accountRoles, eq(accountRoles.accountId, accounts.id));
    const scopeOf = (u: string) => roles.find((r) => r.username === u)?.scope;
    expect(scopeOf('village1')).toBe('410599100200'); // 振兴村, the model village
    expect(scopeOf('township')).toBe('410599100000');
    expect(scopeOf('village2')?.slice(0, 9)).toBe('410599100');
    expect(scopeOf('village2')).not.toBe(scopeOf('village1'));
    expect(scopeOf('county')).toBe('410599000000');
    // the party member account answers for households in the directory
    const member = roles.find((r) => r.username === 'member');
    const [edges] = await db
      .select({ n: count() })
      .from(responsibilityEdges)
      .where(eq(responsibilityEdges.responsibleId, member?.personId ?? ''));
    expect(edges?.n).toBeGreaterThan(0);

    await seeding.loadRest?.();
    const expected = generateDemoCounty(options);
    expect((await db.select({ n: count() }).from(persons))[0]?.n).toBe(expected.persons.length);
    expect(lines.some((l) => l.includes('加载完成'))).toBe(true);
    // the secondary indexes set aside for the load are back
    expect(await indexNames()).toEqual(
      expect.arrayContaining([
        'persons_natural_key',
        'persons_by_household',
        'responsibility_edges_natural_key',
        'households_natural_key',
      ]),
    );
    expect(await db.select().from(demoSeedIndexes)).toEqual([]);
  });

  it('does nothing more on the next start once every chunk is in, but rebuilds indexes a killed start left aside', async () => {
    const before = await indexNames();
    // a start killed after the indexes were set aside
    expect(await setBulkIndexesAside(systemCtx(runtime))).toBeGreaterThan(5);
    expect(await indexNames()).not.toContain('persons_natural_key');
    // a village's lists keep reading through their indexes while the rest loads
    expect(await indexNames()).toEqual(
      expect.arrayContaining([
        'households_by_region',
        'persons_by_region_sort',
        'persons_by_household',
      ]),
    );
    const chunks = (await testDb.database.db.select({ n: count() }).from(demoSeedChunks))[0]?.n;
    const again = await seedDemoCounty(runtime, () => undefined, options, 500);
    await again.loadRest?.();
    expect((await testDb.database.db.select({ n: count() }).from(demoSeedChunks))[0]?.n).toBe(
      chunks,
    );
    expect(await indexNames()).toEqual(before);
    // the eight demo accounts, the city account of the evaluation seed (seedEvaluations.ts), the
    // unit account of the obligations seed (seedObligations.ts) and the union account of the
    // unions seed (seedUnions.ts)
    expect((await testDb.database.db.select({ n: count() }).from(accounts))[0]?.n).toBe(11);
  });
});

import crypto from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCounty } from '../../../domain/directory/demoCounty/index.ts';
import { demoCountySmall } from '../../../domain/directory/demoCounty/options.ts';
import { verifyAuditChains } from '../../audit/verifyChain.ts';
import { FieldCipher } from '../../crypto/fieldCipher.ts';
import { persons, regions, responsibilityEdges } from '../../db/schema/index.ts';
import { batchChunks } from '../../seed/batchChunks.ts';
import { streamDemoCounty } from '../../../domain/directory/demoCounty/index.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/testDatabase.ts';
import { loadDirectory } from './loadDirectory.ts';

let testDb: TestDatabase;
const cipher = new FieldCipher(crypto.randomBytes(32));
const options = { ...demoCountySmall, seed: 'load-test' };

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.drop());

describe('loadDirectory', () => {
  it('writes every generated row by COPY, in batches with one audit event each', async () => {
    const expected = generateDemoCounty(options);
    const totals = await loadDirectory(
      testDb.database,
      cipher,
      batchChunks(streamDemoCounty(options), 400),
      {
        actor: null,
        actorUsername: 'test',
        requestId: 'test',
        now: new Date('2026-11-22T00:00:00Z'),
        seal: cipher,
      },
    );
    expect(totals.persons).toBe(expected.persons.length);
    expect(totals.responsibility_edges).toBe(expected.responsibilityEdges.length);
    const db = testDb.database.db;
    expect((await db.select({ n: count() }).from(persons))[0]?.n).toBe(expected.persons.length);
    expect((await db.select({ n: count() }).from(regions))[0]?.n).toBe(expected.regions.length);
    expect((await db.select({ n: count() }).from(responsibilityEdges))[0]?.n).toBe(
      expected.responsibilityEdges.length,
    );
    const chain = await verifyAuditChains(db);
    expect(chain.ok && chain.rows).toBeGreaterThan(1);
  });

  it('stores ID numbers and phones only as cipher text, with pinyin search keys', async () => {
    const expected = generateDemoCounty(options);
    const sample = expected.persons.find((p) => p.phone) ?? expected.persons[0];
    if (!sample) throw new Error('no persons generated');
    const [row] = await testDb.database.db.select().from(persons).where(eq(persons.id, sample.id));
    expect(row?.idCipher).not.toContain(sample.idNumber);
    expect(cipher.decrypt(row?.idCipher ?? '')).toBe(sample.idNumber);
    expect(row?.idIndex).toBe(cipher.blindIndex(sample.idNumber));
    expect(row?.nameSearch.length).toBeGreaterThan(sample.name.length);
    const raw = (await testDb.database.db.execute(
      sql`SELECT count(*)::int AS n FROM persons WHERE id_cipher LIKE ${'%' + sample.idNumber.slice(0, 10) + '%'}`,
    )) as unknown as { rows: { n: number }[] };
    expect(raw.rows[0]?.n).toBe(0);
  });
});

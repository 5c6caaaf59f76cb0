import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoCounty } from '../../domain/directory/demoCounty/index.ts';
import { demoCountySmall } from '../../domain/directory/demoCounty/options.ts';
import { FieldCipher } from '../crypto/fieldCipher.ts';
import { prepareDirectory } from '../modules/directory/loadDirectory.ts';
import { PreparePool } from './preparePool.ts';

const cipher = new FieldCipher(crypto.randomBytes(32));
const pool = new PreparePool(cipher, 2);
afterAll(() => pool.close());

/** The fields of the first CSV line (every field is quoted by toCsv). */
const firstRow = (csv: string): string[] => (csv.split('\n')[0] ?? '').slice(1, -1).split('","');

describe('PreparePool', () => {
  const county = generateDemoCounty(demoCountySmall);
  const now = new Date('2026-11-22T02:00:00Z');

  it('prepares in worker threads what the main thread prepares, with the same keys', async () => {
    const [inWorker, second] = await Promise.all([
      pool.prepare(county, now),
      pool.prepare(county, now),
    ]);
    const inMain = prepareDirectory(county, cipher, now);
    expect(inWorker.tables.map((t) => [t.table, t.count])).toEqual(
      inMain.tables.map((t) => [t.table, t.count]),
    );
    expect(second?.tables.map((t) => t.count)).toEqual(inMain.tables.map((t) => t.count));
    // no random IVs outside the persons table: the text is identical
    for (const t of inWorker.tables.filter((x) => x.table !== 'persons'))
      expect(t.csv, t.table).toBe(inMain.tables.find((x) => x.table === t.table)?.csv);
    const persons = inWorker.tables.find((t) => t.table === 'persons');
    const columns = persons?.columns ?? [];
    const row = firstRow(persons?.csv ?? '');
    const person = county.persons[0];
    expect(row[columns.indexOf('id')]).toBe(person?.id);
    // the worker's cipher texts open with this process's key, its blind indexes match
    expect(cipher.decrypt(row[columns.indexOf('id_cipher')] ?? '')).toBe(person?.idNumber);
    expect(row[columns.indexOf('id_index')]).toBe(cipher.blindIndex(person?.idNumber ?? ''));
  });
});

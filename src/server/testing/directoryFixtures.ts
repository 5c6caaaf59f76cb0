import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { generateDemoCounty } from '../../domain/directory/demoCounty/index.ts';
import { demoCountySmall } from '../../domain/directory/demoCounty/options.ts';
import { buildIdNumber } from '../../domain/directory/idNumber.ts';
import { nameSearchKeys } from '../../domain/directory/pinyinSearch.ts';
import { auditEvents, households, persons } from '../db/schema/index.ts';
import type { Ctx } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';
import {
  createTestApp,
  login,
  type Session,
  type TestApp,
  type TestAppOptions,
} from './testApp.ts';
import { useTestApp } from './appKit.ts';

let smallDemo: ReturnType<typeof generateDemoCounty> | undefined;
/** The small demo county a directory test app is seeded with, as generated (once a test file). */
export const demoCounty = () => (smallDemo ??= generateDemoCounty(demoCountySmall));

/** A test app (seeded as `options` say) and a session for each of `users`, in that order. */
export async function appWithSessions<U extends string[]>(
  options: TestAppOptions,
  ...users: U
): Promise<[TestApp, ...{ [K in keyof U]: Session }]> {
  // The generated directory as it is: the unions seed's orgs and officers are the unions tests'.
  const t = await createTestApp({ demoUnions: false }, options);
  const sessions: Session[] = [];
  for (const user of users) sessions.push(await login(t.app, user));
  return [t, ...(sessions as { [K in keyof U]: Session })];
}

/** The test app of one file (see useTestApp), seeded with the small demo county. */
export const useDirectoryApp = () =>
  useTestApp({ demoUnions: false }, { directory: true }, 120_000);

/**
 * Counts the rows of `table` and of the audit log, under `key` and `audit`: what a refused write
 * must leave as it was.
 */
export function rowCounts<K extends string>(t: () => TestApp, key: K, table: PgTable) {
  const rows = async (of: PgTable) =>
    (await t().deps.database.db.select({ n: count() }).from(of))[0]?.n;
  return async () =>
    ({ [key]: await rows(table), audit: await rows(auditEvents) }) as Record<
      K | 'audit',
      number | undefined
    >;
}

let sequence = 0;

/** A household of one adult at `regionCode`, for tests that need a person or a household somewhere. */
export async function insertHouseholdOfOne(
  ctx: Ctx,
  regionCode: string,
  name: string,
): Promise<{ personId: string; householdId: string; idNumber: string }> {
  const now = ctx.clock();
  const personId = uuidv7(now.getTime());
  const householdId = uuidv7(now.getTime());
  const idNumber = buildIdNumber(regionCode.slice(0, 6), '1980-05-17', (sequence++ % 500) * 2 + 1);
  const keys = nameSearchKeys(name);
  await ctx.db.insert(persons).values({
    id: personId,
    regionCode,
    countyCode: regionCode.slice(0, 6),
    name,
    nameSearch: keys.searchText,
    nameSort: keys.sortKey,
    gender: 'male',
    birthDate: '1980-05-17',
    idCipher: ctx.cipher.encrypt(idNumber),
    idIndex: ctx.cipher.blindIndex(idNumber),
    tags: [],
    householdId,
    relationToHead: 'head',
    createdAt: now,
    updatedAt: now,
  });
  await ctx.db.insert(households).values({
    id: householdId,
    regionCode,
    countyCode: regionCode.slice(0, 6),
    headId: personId,
    tags: [],
    createdAt: now,
    updatedAt: now,
  });
  return { personId, householdId, idNumber };
}

import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../domain/access/policy.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import type { Db } from '../db/client.ts';
import { accounts } from '../db/schema/index.ts';
import { metricSnapshot } from '../modules/evaluation/metricRegistry.ts';
import type { Ctx } from '../platform/context.ts';
import { call, login, type Session, type TestApp } from './testApp.ts';

/**
 * The hand-written county the module tests name (fixtureRegions.ts): 红旗镇 holds 振兴村 (V1) and
 * V2, 青山乡 holds W1 and W2.
 */
export const COUNTY = '410599000000';
export const TOWNSHIP = '410599101000';
export const V1 = '410599101201';
export const V2 = '410599101202';
export const OTHER_TOWNSHIP = '410599201000';
export const W1 = '410599201201';
export const W2 = '410599201202';

/** Set-up that writes anywhere in `region` (system set-up, not a real role holder). */
export function rootCtx(t: TestApp, region = COUNTY): Ctx {
  const root: Actor = {
    accountId: '00000000-0000-7000-8000-000000000000',
    username: 'fixture',
    grants: [{ role: 'county_admin', scope: region, regionCode: region }],
  };
  return { ...t.ctx(), actor: root };
}

/** Row counts of the tables a write touches: a refused write changes none of them. */
export async function rowCounts<K extends string>(
  db: Db,
  tables: Record<K, PgTable>,
): Promise<Record<K, number>> {
  const out = {} as Record<K, number>;
  for (const [name, table] of Object.entries(tables) as [K, PgTable][])
    out[name] = (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return out;
}

/** An account the county admin creates with one role, logged in. */
export async function sessionWithRole(
  t: TestApp,
  admin: Session,
  account: {
    username: string;
    password: string;
    role: string;
    scope: string;
    /** The resident the account stands for (a villager's own household: 我家). */
    personId?: string;
  },
): Promise<Session> {
  const { username, password, role, scope, personId } = account;
  const res = await call(t.app, admin, 'POST', '/api/v1/accounts', {
    payload: { username, displayName: username, password, roles: [{ role, scope }] },
  });
  if (res.statusCode !== 201) throw new Error(`account ${username}: ${res.statusCode} ${res.body}`);
  if (personId !== undefined)
    await t.deps.database.db
      .update(accounts)
      .set({ personId })
      .where(eq(accounts.username, username));
  return login(t.app, username, password);
}

/** A village's value of one metric, as a star rule with that metric would snapshot it. */
export async function villageMetric(
  t: TestApp,
  metric: string,
  village: string,
  period = shanghaiDate(t.ctx().clock()).slice(0, 4),
) {
  const scheme = {
    stars: [
      {
        criteria: [
          { kind: 'metric', id: 'c1', label: metric, metric, comparison: 'gte', threshold: 1 },
        ],
      },
    ],
  } as unknown as Parameters<typeof metricSnapshot>[1];
  const [snapshot] = await metricSnapshot(
    t.ctx(),
    scheme,
    { id: village, subjectType: 'village', regionCode: village },
    null,
    new Map(),
    period,
  );
  return snapshot;
}

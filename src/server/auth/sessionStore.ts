import crypto from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor, RoleGrant } from '../../domain/access/policy.ts';
import { isRole } from '../../domain/access/roles.ts';
import { sessionState } from '../../domain/auth/sessionRules.ts';
import { sm3Hex } from '../crypto/sm3.ts';
import type { Db } from '../db/client.ts';
import { accountRoles, accounts, regions, sessions, units } from '../db/schema/index.ts';
import type { SessionConfig } from '../config.ts';
import { AppError } from '../platform/errors.ts';
import { spreadUnionGrants } from '../modules/unions/grants.ts';

export const SESSION_COOKIE = 'lingyan_sid';
export const CSRF_COOKIE = 'lingyan_csrf';

// Writing last_seen on every request would turn every read into a write; a minute's slack is enough.
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionInfo {
  tokenHash: string;
  csrfToken: string;
  actor: Actor;
}

export async function createSession(
  db: Db,
  accountId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  await db
    .insert(sessions)
    .values({ tokenHash: sm3Hex(token), accountId, csrfToken, createdAt: now, lastSeenAt: now });
  return { token, csrfToken };
}

export async function endSession(db: Db, token: string, now: Date, reason: string): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(sessions.tokenHash, sm3Hex(token)), isNull(sessions.endedAt)));
}

export async function endAllSessions(
  db: Db,
  accountId: string,
  now: Date,
  reason: string,
): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: now, endReason: reason })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.endedAt)));
}

export async function loadGrants(db: Db, accountId: string): Promise<RoleGrant[]> {
  const rows = await db.select().from(accountRoles).where(eq(accountRoles.accountId, accountId));
  return spreadUnionGrants(
    db,
    rows.flatMap((r) =>
      isRole(r.role) ? [{ role: r.role, scope: r.scope, regionCode: r.regionCode }] : [],
    ),
  );
}

/** Resolves a session cookie to its actor, or throws UNAUTHENTICATED / SESSION_EXPIRED. */
export async function resolveSession(
  db: Db,
  token: string | undefined,
  now: Date,
  limits: SessionConfig,
): Promise<SessionInfo> {
  if (!token) throw new AppError('UNAUTHENTICATED');
  const tokenHash = sm3Hex(token);
  // One round trip: the session, its account and the account's grants (one row per grant).
  const rows = await db
    .select({
      session: sessions,
      username: accounts.username,
      personId: accounts.personId,
      disabled: accounts.disabled,
      role: accountRoles.role,
      scope: accountRoles.scope,
      regionCode: accountRoles.regionCode,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(accountRoles, eq(accountRoles.accountId, sessions.accountId))
    .where(eq(sessions.tokenHash, tokenHash));
  const row = rows[0];
  if (!row) throw new AppError('UNAUTHENTICATED');
  const state = sessionState(row.session, now, limits);
  if (state !== 'active' || row.disabled) {
    if (state === 'idle_expired' || state === 'absolute_expired')
      await endSession(db, token, now, state);
    throw new AppError(state === 'ended' || row.disabled ? 'UNAUTHENTICATED' : 'SESSION_EXPIRED');
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const grants = await spreadUnionGrants(
    db,
    rows.flatMap((r) =>
      r.role !== null && r.scope !== null && r.regionCode !== null && isRole(r.role)
        ? [{ role: r.role, scope: r.scope, regionCode: r.regionCode }]
        : [],
    ),
  );
  return {
    tokenHash,
    csrfToken: row.session.csrfToken,
    actor: {
      accountId: row.session.accountId,
      username: row.username,
      grants,
      personId: row.personId,
    },
  };
}

const UNIT_SCOPE = 'unit:';
type Grant = Pick<RoleGrant, 'scope' | 'regionCode'>;

const isUnitGrant = (g: Grant) => g.scope.startsWith(UNIT_SCOPE);
const unitOf = (g: Grant) => g.scope.slice(UNIT_SCOPE.length);

/** The names `read` finds for these keys, by key; no query without a key. */
async function namesOf(
  keys: readonly string[],
  read: (keys: string[]) => Promise<{ key: string; name: string }[]>,
): Promise<Map<string, string>> {
  const unique = [...new Set(keys)];
  return new Map(unique.length === 0 ? [] : (await read(unique)).map((r) => [r.key, r.name]));
}

/**
 * Names for displaying scopes: a region grant shows its region's name (`410599101201` → 振兴村), a
 * unit's staff their unit's (`unit:<id>` → 县农业农村局). A scope with no name found shows as is.
 */
export async function scopeNames(
  db: Db,
  grants: readonly Grant[],
): Promise<(grant: Grant) => string> {
  const regionNames = await namesOf(
    grants.filter((g) => !isUnitGrant(g)).map((g) => g.regionCode),
    (codes) =>
      db
        .select({ key: regions.code, name: regions.name })
        .from(regions)
        .where(inArray(regions.code, codes)),
  );
  const unitNames = await namesOf(grants.filter(isUnitGrant).map(unitOf), (ids) =>
    db.select({ key: units.id, name: units.name }).from(units).where(inArray(units.id, ids)),
  );
  return (g) =>
    (isUnitGrant(g) ? unitNames.get(unitOf(g)) : regionNames.get(g.regionCode)) ?? g.scope;
}

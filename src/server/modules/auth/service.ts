import { eq } from 'drizzle-orm';
import { permissionsOf, type Actor } from '../../../domain/access/policy.ts';
import { afterFailedLogin, isLocked } from '../../../domain/auth/sessionRules.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { accounts } from '../../db/schema/index.ts';
import { createSession, endSession, loadGrants, scopeNames } from '../../auth/sessionStore.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { burnVerify, verifyPassword } from './passwords.ts';
import type { MeResponse } from './schema.ts';

export interface LoginResult {
  token: string;
  me: MeResponse;
}

/** Describes an actor for the UI: roles with scope names, and the permissions it holds somewhere. */
export async function describeActor(
  ctx: Ctx,
  actor: Actor,
  csrfToken: string,
): Promise<MeResponse> {
  const [account] = await ctx.db
    .select({ displayName: accounts.displayName })
    .from(accounts)
    .where(eq(accounts.id, actor.accountId));
  const names = await scopeNames(ctx.db, actor.grants);
  return {
    username: actor.username,
    displayName: account?.displayName ?? actor.username,
    roles: actor.grants.map((g) => ({
      role: g.role,
      scope: g.scope,
      scopeName: names.get(g.regionCode) ?? g.scope,
    })),
    permissions: permissionsOf(actor),
    csrfToken,
  };
}

type Attempt = { ok: true; result: LoginResult } | { ok: false; error: AppError };

/**
 * Checks the password, counts failures (lockout after N for M minutes) and rotates the session:
 * any session presented with the login is ended and a new one issued.
 */
export async function login(
  ctx: Ctx,
  username: string,
  password: string,
  previousToken: string | undefined,
): Promise<LoginResult> {
  const now = ctx.clock();
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.username, username));
  if (!account) {
    await burnVerify(password);
    throw new AppError('INVALID_CREDENTIALS', undefined, {});
  }
  const rule = ctx.config.lockout;
  if (isLocked(account, now)) throw lockedError(account.lockedUntil ?? now, rule.minutes);
  const passwordOk = await verifyPassword(account.passwordHash, password);
  // The failure count must be committed even though the request fails: decide inside, throw outside.
  const attempt = await transaction(ctx, async (tx): Promise<Attempt> => {
    const auditBase = {
      objectType: 'account',
      objectId: account.id,
      regionCode: account.regionCode,
      actorUsername: account.username,
    };
    if (!passwordOk) {
      const next = afterFailedLogin(account, now, rule);
      await tx.db
        .update(accounts)
        .set({ failedLogins: next.failedLogins, lockedUntil: next.lockedUntil })
        .where(eq(accounts.id, account.id));
      await appendAudit(tx, {
        ...auditBase,
        action: next.lockedUntil ? 'auth.locked' : 'auth.login_failed',
        detail: { failedLogins: next.failedLogins },
      });
      if (next.lockedUntil)
        return { ok: false, error: lockedError(next.lockedUntil, rule.minutes) };
      return {
        ok: false,
        error: new AppError('INVALID_CREDENTIALS', undefined, {
          remainingAttempts: rule.maxFailures - next.failedLogins,
        }),
      };
    }
    if (account.disabled) return { ok: false, error: new AppError('ACCOUNT_DISABLED') };
    if (previousToken) await endSession(tx.db, previousToken, now, 'rotated');
    await tx.db
      .update(accounts)
      .set({ failedLogins: 0, lockedUntil: null })
      .where(eq(accounts.id, account.id));
    const session = await createSession(tx.db, account.id, now);
    const actor: Actor = {
      accountId: account.id,
      username: account.username,
      grants: await loadGrants(tx.db, account.id),
    };
    await appendAudit({ ...tx, actor }, { ...auditBase, action: 'auth.login' });
    return {
      ok: true,
      result: { token: session.token, me: await describeActor(tx, actor, session.csrfToken) },
    };
  });
  if (!attempt.ok) throw attempt.error;
  return attempt.result;
}

function lockedError(lockedUntil: Date, minutes: number): AppError {
  return new AppError(
    'ACCOUNT_LOCKED',
    {
      zh: `登录失败次数过多，账号已锁定 ${minutes} 分钟`,
      en: `Too many failed logins; the account is locked for ${minutes} minutes`,
    },
    { lockedUntil: lockedUntil.toISOString(), minutes },
  );
}

export async function logout(ctx: Ctx, token: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    await endSession(tx.db, token, ctx.clock(), 'logout');
    const actor = ctx.actor;
    if (actor)
      await appendAudit(tx, {
        action: 'auth.logout',
        objectType: 'account',
        objectId: actor.accountId,
        regionCode: actor.grants[0]?.regionCode ?? null,
      });
  });
}

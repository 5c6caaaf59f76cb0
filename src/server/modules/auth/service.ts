import { eq } from 'drizzle-orm';
import { permissionsOf, type Actor } from '../../../domain/access/policy.ts';
import { isLocked } from '../../../domain/auth/sessionRules.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { accounts, regions } from '../../db/schema/index.ts';
import { createSession, endSession, loadGrants, scopeNames } from '../../auth/sessionStore.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { burnVerify, verifyPassword } from './passwords.ts';
import type { MeResponse } from './schema.ts';
import { throttleFor } from './throttle.ts';

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
  const nameOf = await scopeNames(ctx.db, actor.grants);
  return {
    username: actor.username,
    displayName: account?.displayName ?? actor.username,
    roles: actor.grants.map((g) => ({
      role: g.role,
      scope: g.scope,
      scopeName: nameOf(g),
    })),
    permissions: permissionsOf(actor),
    csrfToken,
  };
}

type Attempt = { ok: true; result: LoginResult } | { ok: false; error: AppError };

export interface LoginInput {
  username: string;
  password: string;
  /** The client's address (the proxy's X-Forwarded-For when trustProxy is on). */
  address: string;
  previousToken: string | undefined;
}

/**
 * Checks the password under the throttle (throttle.ts) and rotates the session: any session
 * presented with the login is ended and a new one issued. A wrong password and an unknown username
 * get the same answer, the same writes and the same hashing work.
 */
export async function login(ctx: Ctx, input: LoginInput): Promise<LoginResult> {
  const { username, password, address } = input;
  const now = ctx.clock();
  const throttle = throttleFor(ctx.config);
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.username, username));
  let blocked = throttle.check(username, address, now);
  // The county admin's unlock clears the mirrored lockedUntil: the backoff ends with it.
  if (blocked?.kind === 'account' && account && !isLocked(account, now)) {
    throttle.clearAccount(username);
    blocked = throttle.check(username, address, now);
  }
  if (blocked) throw rateLimited(blocked.retryAfterSeconds);
  const passwordOk = account
    ? await verifyPassword(account.passwordHash, password)
    : (await burnVerify(password), false);
  // The failure must be committed even though the request fails: decide inside, throw outside.
  const attempt = await transaction(ctx, async (tx): Promise<Attempt> => {
    if (!account || !passwordOk) {
      await recordFailure(tx, { username, address, now, account });
      return { ok: false, error: new AppError('INVALID_CREDENTIALS') };
    }
    const auditBase = {
      objectType: 'account',
      objectId: account.id,
      regionCode: account.regionCode,
      actorUsername: account.username,
    };
    if (account.disabled) return { ok: false, error: new AppError('ACCOUNT_DISABLED') };
    if (input.previousToken) await endSession(tx.db, input.previousToken, now, 'rotated');
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
  if (attempt.ok) throttle.recordSuccess(username, address);
  if (!attempt.ok) throw attempt.error;
  return attempt.result;
}

/**
 * Counts one failed attempt: in the throttle, on the account when it exists (the accounts page
 * shows the backoff and the admin may end it), and in the audit log, where a backoff that starts
 * is its own event (auth.throttled) for the county admin to see.
 */
async function recordFailure(
  tx: Ctx,
  failure: {
    username: string;
    address: string;
    now: Date;
    account: typeof accounts.$inferSelect | undefined;
  },
): Promise<void> {
  const { username, address, now, account } = failure;
  const outcome = throttleFor(tx.config).recordFailure(username, address, now);
  const accountBackoff = outcome.started.find((s) => s.kind === 'account');
  if (account)
    await tx.db
      .update(accounts)
      .set({
        failedLogins: account.failedLogins + 1,
        ...(accountBackoff
          ? { lockedUntil: new Date(now.getTime() + accountBackoff.seconds * 1000) }
          : {}),
      })
      .where(eq(accounts.id, account.id));
  // Events about an unknown name or an address belong to the whole county.
  const regionCode = account?.regionCode ?? (await countyCode(tx));
  const base = {
    objectType: 'account',
    objectId: account?.id ?? null,
    regionCode,
    actorUsername: username,
  };
  await appendAudit(tx, { ...base, action: 'auth.login_failed', detail: { address } });
  for (const started of outcome.started)
    await appendAudit(tx, {
      ...base,
      action: 'auth.throttled',
      detail: {
        by: started.kind,
        address,
        failures: started.failures,
        retryAfterSeconds: started.seconds,
      },
    });
}

async function countyCode(ctx: Ctx): Promise<string | null> {
  const [county] = await ctx.db
    .select({ code: regions.code })
    .from(regions)
    .where(eq(regions.level, 'county'))
    .limit(1);
  return county?.code ?? null;
}

function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError(
    'RATE_LIMITED',
    {
      zh: `登录失败次数过多，请 ${retryAfterSeconds} 秒后再试`,
      en: `Too many failed logins; try again in ${retryAfterSeconds} seconds`,
    },
    { retryAfterSeconds },
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

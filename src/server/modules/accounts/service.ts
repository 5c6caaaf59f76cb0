import { and, asc, count, eq, ilike, inArray, or } from 'drizzle-orm';
import { canGrant } from '../../../domain/access/policy.ts';
import type { Role } from '../../../domain/access/roles.ts';
import { checkPassword } from '../../../domain/auth/passwordPolicy.ts';
import { isLocked } from '../../../domain/auth/sessionRules.ts';
import { mask } from '../../../domain/privacy/mask.ts';
import { appendAudit } from '../../audit/appendAudit.ts';
import { endAllSessions, scopeNames } from '../../auth/sessionStore.ts';
import { accountRoles, accounts, units } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { AppError, notFound, validationError } from '../../platform/errors.ts';
import { offsetOf, type Page } from '../../platform/pagination.ts';
import { scoped } from '../../platform/scope.ts';
import { refuseIfExists } from '../../platform/refuseIfExists.ts';
import { hashPassword } from '../auth/passwords.ts';
import { getRegion } from '../regions/service.ts';
import { unionAnchor } from '../unions/grants.ts';
import { insertAccount } from './insertAccount.ts';
import type { AccountView } from './schema.ts';

type AccountRow = typeof accounts.$inferSelect;

async function views(ctx: Ctx, rows: AccountRow[]): Promise<AccountView[]> {
  if (rows.length === 0) return [];
  const grants = await ctx.db
    .select()
    .from(accountRoles)
    .where(
      inArray(
        accountRoles.accountId,
        rows.map((r) => r.id),
      ),
    );
  const nameOf = await scopeNames(
    ctx.db,
    grants.map((g) => ({ role: g.role as Role, scope: g.scope, regionCode: g.regionCode })),
  );
  const now = ctx.clock();
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    phone: row.phoneCipher ? mask('phone', ctx.cipher.decrypt(row.phoneCipher)) : null,
    disabled: row.disabled,
    lockedUntil: row.lockedUntil && isLocked(row, now) ? row.lockedUntil.toISOString() : null,
    roles: grants
      .filter((g) => g.accountId === row.id)
      .map((g) => ({
        role: g.role as Role,
        scope: g.scope,
        scopeName: nameOf(g),
      })),
  }));
}

function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, (m) => `\\${m}`);
}

export async function listAccounts(
  ctx: Ctx,
  q: { q?: string; page: number; pageSize: number },
): Promise<Page<AccountView>> {
  const text = q.q ? `%${escapeLike(q.q)}%` : undefined;
  const where = scoped(
    requireActor(ctx),
    'accounts.read',
    accounts.regionCode,
    text ? or(ilike(accounts.username, text), ilike(accounts.displayName, text)) : undefined,
  );
  const [total] = await ctx.db.select({ n: count() }).from(accounts).where(where);
  const rows = await ctx.db
    .select()
    .from(accounts)
    .where(where)
    .orderBy(asc(accounts.username))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items: await views(ctx, rows), total: total?.n ?? 0 };
}

async function loadAccount(
  ctx: Ctx,
  id: string,
  permission: 'accounts.read' | 'accounts.write',
): Promise<AccountRow> {
  const [row] = await ctx.db
    .select()
    .from(accounts)
    .where(scoped(requireActor(ctx), permission, accounts.regionCode, eq(accounts.id, id)));
  if (!row) throw notFound();
  return row;
}

export async function getAccount(ctx: Ctx, id: string): Promise<AccountView> {
  const [view] = await views(ctx, [await loadAccount(ctx, id, 'accounts.read')]);
  if (!view) throw notFound();
  return view;
}

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  phone?: string | undefined;
  roles: { role: Role; scope: string }[];
}

function passwordError(problems: string[]): AppError {
  return validationError(
    problems.map((p) => ({ path: 'body.password', message: `password ${p.replace('_', ' ')}` })),
  );
}

/** The region a unit belongs to, when it lies in the caller's directory scope (else 404). */
async function unitRegion(ctx: Ctx, unitId: string): Promise<string> {
  const [unit] = await ctx.db
    .select({ regionCode: units.regionCode })
    .from(units)
    .where(scoped(requireActor(ctx), 'directory.read', units.regionCode, eq(units.id, unitId)));
  if (!unit) throw notFound();
  return unit.regionCode;
}

/** Creates an account whose every role lies inside the creator's scope and is theirs to grant. */
export async function createAccount(ctx: Ctx, input: NewAccount): Promise<AccountView> {
  const actor = requireActor(ctx);
  const problems = checkPassword(input.password, ctx.config.password, input.username);
  if (problems.length > 0) throw passwordError(problems);
  const passwordHash = await hashPassword(input.password);
  return transaction(ctx, async (tx) => {
    const roles: { role: Role; scope: string; regionCode: string }[] = [];
    for (const grant of input.roles) {
      // A unit's staff are anchored in the unit's region, a union's cadres in the union's;
      // anything else in its own region.
      const regionCode = grant.scope.startsWith('unit:')
        ? await unitRegion(tx, grant.scope.slice('unit:'.length))
        : grant.scope.startsWith('union:')
          ? await unionAnchor(tx, grant.scope.slice('union:'.length))
          : (await getRegion(tx, grant.scope, 'regions.read')).code; // 404 outside the creator's scope
      if (!canGrant(actor, grant.role, regionCode))
        throw new AppError('FORBIDDEN', {
          zh: `无权授予角色 ${grant.role}`,
          en: `You may not grant ${grant.role}`,
        });
      roles.push({ ...grant, regionCode });
    }
    await refuseIfExists(
      tx,
      accounts,
      eq(accounts.username, input.username),
      { zh: `用户名 ${input.username} 已被使用`, en: `Username ${input.username} is taken` },
      { details: { field: 'username' } },
    );
    const home = roles[0]?.regionCode ?? '';
    const id = await insertAccount(
      tx.db,
      ctx.cipher,
      { ...input, roles, passwordHash },
      ctx.clock(),
    );
    await appendAudit(tx, {
      action: 'account.create',
      objectType: 'account',
      objectId: id,
      regionCode: home,
      after: { username: input.username, displayName: input.displayName, roles: input.roles },
      detail: { roles: input.roles, phone: Boolean(input.phone) },
    });
    return getAccount(tx, id);
  });
}

export interface AccountPatch {
  displayName?: string | undefined;
  disabled?: boolean | undefined;
  phone?: string | null | undefined;
  unlock?: true | undefined;
}

/** Edits an account; disabling it ends all of its sessions at once. */
export async function updateAccount(
  ctx: Ctx,
  id: string,
  patch: AccountPatch,
): Promise<AccountView> {
  return transaction(ctx, async (tx) => {
    const before = await loadAccount(tx, id, 'accounts.write');
    const now = ctx.clock();
    const set: Partial<AccountRow> = { updatedAt: now };
    if (patch.displayName !== undefined) set.displayName = patch.displayName;
    if (patch.disabled !== undefined) set.disabled = patch.disabled;
    if (patch.phone !== undefined) {
      set.phoneCipher = patch.phone ? ctx.cipher.encrypt(patch.phone) : null;
      set.phoneIndex = patch.phone ? ctx.cipher.blindIndex(patch.phone) : null;
    }
    if (patch.unlock) Object.assign(set, { failedLogins: 0, lockedUntil: null });
    await tx.db
      .update(accounts)
      .set(set)
      .where(and(eq(accounts.id, id)));
    if (patch.disabled) await endAllSessions(tx.db, id, now, 'disabled');
    const after = await loadAccount(tx, id, 'accounts.write');
    const digestable = (row: AccountRow) => ({
      ...row,
      passwordHash: undefined,
      phoneCipher: row.phoneIndex,
    });
    await appendAudit(tx, {
      action: patch.disabled ? 'account.disable' : 'account.update',
      objectType: 'account',
      objectId: id,
      regionCode: before.regionCode,
      before: digestable(before),
      after: digestable(after),
      detail: { fields: Object.keys(patch) },
    });
    return getAccount(tx, id);
  });
}

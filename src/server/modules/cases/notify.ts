import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { ROLE_PERMISSIONS, type Role } from '../../../domain/access/roles.ts';
import { accountRoles, accounts, notifications } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { newRow } from '../../platform/newRow.ts';

/** One message leaving the platform (webhook, SMS…): what the inbox row says, no personal data. */
export interface OutboundMessage {
  id: string;
  accountId: string;
  caseId: string | null;
  kind: string;
  title: string;
  createdAt: string;
}

/** A pluggable delivery channel. `send` throws on failure; the outbox keeps the message for the next run. */
export interface NotificationChannel {
  readonly name: string;
  send(message: OutboundMessage): Promise<void>;
}

/**
 * SMS is an interface only: a county plugs in its operator's gateway (with its signature and
 * template ids). No sender ships, so nothing pretends to have texted anyone.
 */
export interface SmsGateway {
  sendTemplate(
    phone: string,
    templateId: string,
    params: Record<string, string>,
  ): Promise<{ messageId: string }>;
}

/** Posts each message as JSON to a URL, with an HMAC-SHA256 signature header when a secret is set. */
export class WebhookChannel implements NotificationChannel {
  readonly name = 'webhook';
  constructor(
    private readonly url: string,
    private readonly secret: string | null = null,
    private readonly timeoutMs = 5000,
  ) {}

  async send(message: OutboundMessage): Promise<void> {
    const body = JSON.stringify(message);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-lingyan-event': message.kind,
    };
    if (this.secret) {
      const { createHmac } = await import('node:crypto');
      headers['x-lingyan-signature'] =
        'sha256=' + createHmac('sha256', this.secret).update(body).digest('hex');
    }
    const res = await fetch(this.url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
  }
}

const HANDLING_ROLES = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter(
  (r) => ROLE_PERMISSIONS[r].includes('cases.handle') && ROLE_PERMISSIONS[r].includes('cases.read'),
);

/** The accounts to tell about an owner: the person's account, a unit's staff, a region's handling staff. */
export async function ownerAccounts(
  ctx: Ctx,
  owner: { kind: string; id: string },
): Promise<string[]> {
  if (owner.kind === 'person') {
    const rows = await ctx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.personId, owner.id), eq(accounts.disabled, false)));
    return rows.map((r) => r.id);
  }
  const scope = owner.kind === 'unit' ? `unit:${owner.id}` : owner.id;
  const rows = await ctx.db
    .select({ id: accountRoles.accountId })
    .from(accountRoles)
    .where(
      and(
        eq(accountRoles.scope, scope),
        owner.kind === 'unit' ? sql`true` : inArray(accountRoles.role, HANDLING_ROLES),
      ),
    );
  return [...new Set(rows.map((r) => r.id))];
}

export async function notify(
  ctx: Ctx,
  accountIds: readonly (string | null | undefined)[],
  n: { regionCode: string; caseId: string; kind: string; title: string },
): Promise<void> {
  const ids = [...new Set(accountIds.filter((a): a is string => !!a))];
  if (ids.length === 0) return;
  const now = ctx.clock();
  await ctx.db.insert(notifications).values(
    ids.map((accountId) => ({
      ...newRow(now, n.regionCode),
      accountId,
      caseId: n.caseId,
      kind: n.kind,
      title: n.title,
      createdAt: now,
    })),
  );
}

/**
 * Hands undelivered inbox rows to the channels (the outbox pattern: a row is marked delivered only
 * after every channel took it, so a failure is retried on the next run and nothing is lost).
 */
export async function deliverPending(
  ctx: Ctx,
  channels: readonly NotificationChannel[],
  limit = 200,
): Promise<{ delivered: number; failed: number }> {
  const pending = await ctx.db
    .select()
    .from(notifications)
    .where(isNull(notifications.deliveredAt))
    .orderBy(notifications.createdAt)
    .limit(limit);
  let delivered = 0;
  let failed = 0;
  for (const row of pending) {
    const message: OutboundMessage = {
      id: row.id,
      accountId: row.accountId,
      caseId: row.caseId,
      kind: row.kind,
      title: row.title,
      createdAt: row.createdAt.toISOString(),
    };
    try {
      for (const channel of channels) await channel.send(message);
      await ctx.db
        .update(notifications)
        .set({ deliveredAt: ctx.clock() })
        .where(eq(notifications.id, row.id));
      delivered++;
    } catch {
      failed++;
    }
  }
  return { delivered, failed };
}

export async function inbox(ctx: Ctx, accountId: string, page: { page: number; pageSize: number }) {
  const where = eq(notifications.accountId, accountId);
  const items = await ctx.db
    .select({
      id: notifications.id,
      caseId: notifications.caseId,
      kind: notifications.kind,
      title: notifications.title,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(where)
    .orderBy(sql`${notifications.createdAt} DESC`, sql`${notifications.id} DESC`)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [counts] = await ctx.db
    .select({
      total: sql<number>`count(*)::int`,
      unread: sql<number>`count(*) FILTER (WHERE read_at IS NULL)::int`,
    })
    .from(notifications)
    .where(where);
  return { items, total: counts?.total ?? 0, unread: counts?.unread ?? 0 };
}

export async function markRead(ctx: Ctx, accountId: string, id: string): Promise<boolean> {
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: sql`COALESCE(${notifications.readAt}, ${ctx.clock()})` })
    .where(and(eq(notifications.id, id), eq(notifications.accountId, accountId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, hex64, stamps, tenant } from './columns.ts';

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey(),
    // The region the account is managed from: its administrators are those whose scope contains it.
    ...tenant,
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    // Sensitive: SM4-CBC + HMAC-SM3 envelope, never stored in clear (DESIGN.md §2.6).
    phoneCipher: text('phone_cipher'),
    phoneIndex: hex64('phone_index'),
    // The directory person behind the account (a party member's "my households", a villager's household).
    personId: uuid('person_id'),
    disabled: boolean('disabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: at('locked_until'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('accounts_username_unique').on(t.username),
    index('accounts_by_region').on(t.regionCode),
    index('accounts_by_phone_index').on(t.phoneIndex),
  ],
);

export const accountRoles = pgTable(
  'account_roles',
  {
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    // `410599101201`, or `union:<id>` / `unit:<id>` once those modules exist.
    scope: text('scope').notNull(),
    ...tenant,
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.role, t.scope] }),
    index('account_roles_by_region').on(t.regionCode),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    // SM3 of the cookie token: a database leak does not hand out live sessions.
    tokenHash: hex64('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: hex64('csrf_token').notNull(),
    createdAt: at('created_at').notNull(),
    lastSeenAt: at('last_seen_at').notNull(),
    endedAt: at('ended_at'),
    endReason: text('end_reason'),
  },
  (t) => [index('sessions_by_account').on(t.accountId)],
);

import type { Role } from '../../../domain/access/roles.ts';
import type { FieldCipher } from '../../crypto/fieldCipher.ts';
import type { Db } from '../../db/client.ts';
import { accountRoles, accounts } from '../../db/schema/index.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';

export interface AccountRecord {
  username: string;
  displayName: string;
  passwordHash: string;
  phone?: string | null | undefined;
  /**
   * The first role's region is the one the account is managed from. A region scope is its own
   * region; a `unit:<id>` scope names the region it is anchored in (the unit's).
   */
  roles: { role: Role; scope: string; regionCode?: string }[];
}

/** Writes an account and its role grants; the phone only as cipher text and blind index. */
export async function insertAccount(
  db: Db,
  cipher: FieldCipher,
  record: AccountRecord,
  now: Date,
): Promise<string> {
  const first = record.roles[0];
  const home = first ? (first.regionCode ?? first.scope) : undefined;
  if (!home) throw new Error('an account needs at least one role');
  const id = uuidv7(now.getTime());
  await db.insert(accounts).values({
    id,
    regionCode: home,
    countyCode: home.slice(0, 6),
    username: record.username,
    displayName: record.displayName,
    passwordHash: record.passwordHash,
    phoneCipher: record.phone ? cipher.encrypt(record.phone) : null,
    phoneIndex: record.phone ? cipher.blindIndex(record.phone) : null,
    createdAt: now,
    updatedAt: now,
  });
  const grants = record.roles.map((g) => ({
    accountId: id,
    role: g.role,
    scope: g.scope,
    regionCode: g.regionCode ?? g.scope,
    countyCode: (g.regionCode ?? g.scope).slice(0, 6),
  }));
  await db.insert(accountRoles).values(grants).onConflictDoNothing();
  return id;
}

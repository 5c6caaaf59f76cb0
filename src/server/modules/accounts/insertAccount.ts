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
  /** The first role's scope is the region the account is managed from. */
  roles: { role: Role; scope: string }[];
}

/** Writes an account and its role grants; the phone only as cipher text and blind index. */
export async function insertAccount(
  db: Db,
  cipher: FieldCipher,
  record: AccountRecord,
  now: Date,
): Promise<string> {
  const home = record.roles[0]?.scope;
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
    regionCode: g.scope,
    countyCode: g.scope.slice(0, 6),
  }));
  await db.insert(accountRoles).values(grants).onConflictDoNothing();
  return id;
}

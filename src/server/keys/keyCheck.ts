import { desc, isNull, sql } from 'drizzle-orm';
import type { FieldCipher } from '../crypto/fieldCipher.ts';
import { KeyRefusedError } from '../crypto/masterKey.ts';
import type { Db } from '../db/client.ts';
import { keyRotations } from '../db/schema/index.ts';

/**
 * Refuses a start whose key cannot read the data: a rotation left half done (some values under
 * each key), a key other than the one the last rotation moved to, or — before any rotation — a key
 * that did not encrypt the stored values. Without this, such a start would serve 500s on every
 * read of a person and write new values under a key that no longer matches the rest.
 */
export async function checkRunningKey(db: Db, cipher: FieldCipher): Promise<void> {
  const [unfinished] = await db
    .select()
    .from(keyRotations)
    .where(isNull(keyRotations.finishedAt))
    .limit(1);
  if (unfinished)
    throw new KeyRefusedError(
      `a key rotation from key ${unfinished.fromKey} to key ${unfinished.toKey} is unfinished: run \`lingyan keys rotate\` again with the same two keys`,
    );
  const [last] = await db
    .select()
    .from(keyRotations)
    .orderBy(desc(keyRotations.finishedAt))
    .limit(1);
  if (last) {
    if (last.toKey !== cipher.keyId)
      throw new KeyRefusedError(
        `the data was re-encrypted under key ${last.toKey}; this start has key ${cipher.keyId} (set LINGYAN_MASTER_KEY_FILE or LINGYAN_MASTER_KEY to the rotated key)`,
      );
    return;
  }
  const sample = (await db.execute(
    sql`SELECT id_cipher FROM persons WHERE id_cipher IS NOT NULL LIMIT 1`,
  )) as unknown as { rows: { id_cipher: string }[] };
  const value = sample.rows[0]?.id_cipher;
  if (value && !cipher.owns(value))
    throw new KeyRefusedError(
      `the stored ID numbers were encrypted under another key than this start's (key ${cipher.keyId}): start with the key the data was made with`,
    );
}

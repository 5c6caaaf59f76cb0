import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts, persons } from '../../db/schema/index.ts';

/**
 * Sensitive fields that can be revealed, per object type. A module with sensitive data adds its
 * loader here; what a loader returns is still checked against the actor's reveal scope.
 */
export interface RevealTarget {
  regionCode: string;
  /** The encrypted envelope, or null when the field is empty. */
  cipherText: string | null;
}

type Loader = (db: Db, objectId: string) => Promise<RevealTarget | null>;

export const REVEALABLE: Record<string, Record<string, Loader>> = {
  account: {
    phone: async (db, id) => {
      const [row] = await db
        .select({ regionCode: accounts.regionCode, cipherText: accounts.phoneCipher })
        .from(accounts)
        .where(eq(accounts.id, id));
      return row ?? null;
    },
  },
  person: {
    idNumber: async (db, id) => {
      const [row] = await db
        .select({ regionCode: persons.regionCode, cipherText: persons.idCipher })
        .from(persons)
        .where(eq(persons.id, id));
      return row ?? null;
    },
    phone: async (db, id) => {
      const [row] = await db
        .select({ regionCode: persons.regionCode, cipherText: persons.phoneCipher })
        .from(persons)
        .where(eq(persons.id, id));
      return row ?? null;
    },
  },
};

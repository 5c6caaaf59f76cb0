import { auditSeedStep } from './auditSeedStep.ts';
import { insertAccount } from '../modules/accounts/insertAccount.ts';
import { hashPassword } from '../modules/auth/passwords.ts';
import type { Ctx } from '../platform/context.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoPlaces } from './demoAccounts.ts';
import { accounts } from '../db/schema/index.ts';
import { eq } from 'drizzle-orm';

export interface DemoPeople {
  contactMember?: { id: string; name: string };
  householdHead?: { id: string; name: string };
  groupLeader?: { id: string; name: string };
  deputy?: { id: string; name: string };
}

/** Creates the demo accounts (DEMO_ACCOUNTS) at the given places, inside the caller’s transaction. */
export async function insertDemoAccounts(
  tx: Ctx,
  places: DemoPlaces,
  people: DemoPeople = {},
): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = tx.clock();
  for (const a of DEMO_ACCOUNTS) {
    const person = a.person ? people[a.person] : undefined;
    const displayName = person ? `${a.displayName} ${person.name}` : a.displayName;
    const id = await insertAccount(
      tx.db,
      tx.cipher,
      {
        username: a.username,
        displayName,
        passwordHash,
        phone: a.phone,
        roles: [{ role: a.role, scope: places[a.place] }],
      },
      now,
    );
    if (person)
      await tx.db.update(accounts).set({ personId: person.id }).where(eq(accounts.id, id));
  }
  await auditSeedStep(tx, 'system.seed_demo_accounts', places.county, {
    accounts: DEMO_ACCOUNTS.length,
    places,
  });
}

import { and, eq } from 'drizzle-orm';
import type { IncomeSource } from '../../../domain/economy/kinds.ts';
import { economyIncomeEntries } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';

// The one way income reaches the collective's ledger: the record that earns it posts it inside its
// own transaction (a contract payment, a published dividend run, a 托管 service record), so the
// ledger is never typed and each entry names the record it came from.

type Tx = Pick<Ctx, 'db' | 'clock'>;

export interface IncomePosting {
  regionCode: string;
  countyCode: string;
  source: IncomeSource;
  /** What kind of record earned it (`payment`, `dividendRun`, `trusteeshipService`). */
  recordKind: string;
  recordId: string;
  postedOn: string;
  amountFen: number;
}

/** Posts a record's income (once per record: the ledger's unique key refuses a second). */
export async function postIncome(tx: Tx, entry: IncomePosting): Promise<void> {
  const now = tx.clock();
  await tx.db.insert(economyIncomeEntries).values({
    id: uuidv7(now.getTime()),
    ...entry,
    createdAt: now,
  });
}

/**
 * Reverses a voided record's income: a second entry of the negated amount on the original's day,
 * kind `<kind>Void`, so the period it was earned in sums to what stands and the ledger keeps both.
 */
export async function reverseIncome(tx: Tx, recordKind: string, recordId: string): Promise<void> {
  const [entry] = await tx.db
    .select()
    .from(economyIncomeEntries)
    .where(
      and(
        eq(economyIncomeEntries.recordKind, recordKind),
        eq(economyIncomeEntries.recordId, recordId),
      ),
    );
  if (!entry) return;
  await postIncome(tx, {
    regionCode: entry.regionCode,
    countyCode: entry.countyCode,
    source: entry.source as IncomeSource,
    recordKind: `${recordKind}Void`,
    recordId,
    postedOn: entry.postedOn,
    amountFen: -entry.amountFen,
  });
}

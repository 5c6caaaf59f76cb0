import type { Database } from '../../db/client.ts';
import { effectiveRules } from './rules.ts';
import { backfillStandings } from './standings.ts';

/** At start: standings for counties whose activities were recorded before standings were kept. */
export async function backfillObligationStandings(database: Database): Promise<void> {
  const ctx = { db: database.db };
  await backfillStandings(ctx, (county) => effectiveRules(ctx, county));
}

import { asc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { insightRollups } from '../db/schema/index.ts';

/** Every roll-up row in key order: what a fold and a full rebuild must agree on. */
export const rollupSnapshot = (db: Db) =>
  db
    .select()
    .from(insightRollups)
    .orderBy(
      asc(insightRollups.regionCode),
      asc(insightRollups.period),
      asc(insightRollups.metric),
    );

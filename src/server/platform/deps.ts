import type { AppConfig } from '../config.ts';
import type { FieldCipher } from '../crypto/fieldCipher.ts';
import type { Database } from '../db/client.ts';
import type { ReadReplica } from '../db/readReplica.ts';

/** Long-lived things the app is built from; tests pass their own clock and database. */
export interface AppDeps {
  config: AppConfig;
  database: Database;
  cipher: FieldCipher;
  clock: () => Date;
  /** `DATABASE_REPLICA_URL` on PostgreSQL: where routes with `reads: 'replica'` read. */
  replica?: ReadReplica | undefined;
}

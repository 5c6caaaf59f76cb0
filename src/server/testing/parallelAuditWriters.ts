/**
 * For the crash test: writers in several counties (and the platform) appending audit events in
 * parallel, each in its own transaction, printing `ack <objectId>` once a write has committed. The
 * test kills this process with SIGKILL mid-stream. Run as `node --import tsx <this file>` with the
 * database in DATA_DIR or DATABASE_URL.
 */
import { appendAudit } from '../audit/appendAudit.ts';
import { loadConfig } from '../config.ts';
import { transaction } from '../platform/context.ts';
import { openRuntime, systemCtx } from '../runtime.ts';

const COUNTIES = ['410597', '410598', '410599', null];
const WRITERS_PER_COUNTY = 3;

const runtime = await openRuntime(loadConfig());
const ctx = systemCtx(runtime, 'crash-test');
const writer = async (county: string | null, w: number) => {
  for (let i = 0; ; i++) {
    const objectId = `${county ?? 'platform'}-${w}-${i}`;
    await transaction(ctx, (tx) =>
      appendAudit(tx, {
        action: 'crash.write',
        objectType: 'test',
        objectId,
        regionCode: county ? `${county}101201` : null,
      }),
    );
    process.stdout.write(`ack ${objectId}\n`);
  }
};
process.stdout.write('ready\n');
await Promise.all(
  COUNTIES.flatMap((county) =>
    Array.from({ length: WRITERS_PER_COUNTY }, (_, w) => writer(county, w)),
  ),
);

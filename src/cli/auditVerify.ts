import { verifyAuditChain } from '../server/audit/verifyChain.ts';
import { loadConfig } from '../server/config.ts';
import { openRuntime } from '../server/runtime.ts';

/** `lingyan audit verify`: exit 0 on an intact chain, 1 naming the first broken row. */
export async function runAuditVerify(): Promise<number> {
  const runtime = await openRuntime(loadConfig());
  try {
    const result = await verifyAuditChain(runtime.deps.database.db);
    if (result.ok) {
      process.stdout.write(`audit chain intact: ${result.rows} events, head ${result.head}\n`);
      return 0;
    }
    process.stderr.write(`audit chain BROKEN at seq ${result.brokenSeq}: ${result.reason} (${result.rows} events verified before it)\n`);
    return 1;
  } finally {
    await runtime.close();
  }
}

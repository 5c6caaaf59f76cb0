import { verifyAuditChains } from '../server/audit/verifyChain.ts';
import { loadConfig } from '../server/config.ts';
import { openRuntime } from '../server/runtime.ts';

/** `lingyan audit verify`: every chain (each county's, the platform's, the legacy one); exit 0 when all hold, 1 naming each broken row and its chain. */
export async function runAuditVerify(): Promise<number> {
  const runtime = await openRuntime(loadConfig());
  try {
    const result = await verifyAuditChains(runtime.deps.database.db);
    for (const c of result.chains) {
      if (c.ok)
        process.stdout.write(`chain ${c.chain}: intact, ${c.rows} events, head ${c.head}\n`);
      else
        process.stderr.write(
          `chain ${c.chain}: BROKEN at seq ${c.brokenSeq}${c.brokenChainSeq === null ? '' : ` (chain_seq ${c.brokenChainSeq})`}: ${c.reason} (${c.rows} events verified before it)\n`,
        );
    }
    if (result.ok) {
      process.stdout.write(
        `audit chains intact: ${result.rows} events in ${result.chains.length} chains\n`,
      );
      return 0;
    }
    return 1;
  } finally {
    await runtime.close();
  }
}

import { latestCheckpoint } from '../server/audit/checkpoints.ts';
import { verifyAuditChains, type VerifyResult } from '../server/audit/verifyChain.ts';
import { loadConfig } from '../server/config.ts';
import { openRuntime } from '../server/runtime.ts';

const out = (line: string) => void process.stdout.write(`${line}\n`);
const err = (line: string) => void process.stderr.write(`${line}\n`);

function report(result: VerifyResult, file: string | null): void {
  for (const c of result.chains) {
    if (c.ok)
      out(
        `chain ${c.chain}: intact, ${c.rows} events, head ${c.head}${c.unsealed > 0 ? ` (${c.unsealed} written before sealing or under a former key: checked by their hash links)` : ''}`,
      );
    else
      err(
        `chain ${c.chain}: BROKEN at seq ${c.brokenSeq}${c.brokenChainSeq === null ? '' : ` (chain_seq ${c.brokenChainSeq})`}: ${c.reason} (${c.rows} events verified before it)`,
      );
  }
  const cp = result.checkpoint;
  if (cp.state === 'none')
    out(`no checkpoint to compare with${file ? ` (${file} holds none yet)` : ''}`);
  else if (cp.state === 'refused') err(`checkpoint REFUSED: ${cp.reason}`);
  else
    for (const f of cp.findings)
      if (f.ok) out(`chain ${f.chain}: holds row ${f.place} as the checkpoint of ${cp.at} saw it`);
      else err(`chain ${f.chain}: ${f.reason}`);
}

/**
 * `lingyan audit verify`: every chain (each county's, the platform's, the legacy one) row by row —
 * link, hash and seal under the running key — and against the latest checkpoint outside the
 * database; exit 0 when all hold, 1 naming each broken row or chain.
 */
export async function runAuditVerify(): Promise<number> {
  const config = loadConfig();
  const runtime = await openRuntime(config);
  try {
    const file = config.auditCheckpoints.file;
    const result = await verifyAuditChains(runtime.deps.database.db, {
      seal: runtime.deps.cipher,
      checkpoint: file ? latestCheckpoint(file) : null,
    });
    report(result, file);
    if (result.ok) {
      out(`audit chains intact: ${result.rows} events in ${result.chains.length} chains`);
      return 0;
    }
    return 1;
  } finally {
    await runtime.close();
  }
}

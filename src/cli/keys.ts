import { appendCheckpoint, readChainHeads, sealCheckpoint } from '../server/audit/checkpoints.ts';
import { loadConfig } from '../server/config.ts';
import { FieldCipher } from '../server/crypto/fieldCipher.ts';
import { resolveMasterKey } from '../server/crypto/masterKey.ts';
import { rotateMasterKey } from '../server/keys/rotateKey.ts';
import { openRuntime, systemCtx } from '../server/runtime.ts';
import { parseOptions } from './args.ts';

const USAGE = `lingyan keys rotate --new-key-file PATH
  re-encrypts every encrypted field from the running master key (LINGYAN_MASTER_KEY,
  LINGYAN_MASTER_KEY_FILE, LINGYAN_MASTER_KEY_COMMAND or DATA_DIR/keys/master.key) to the key in
  PATH (outside DATA_DIR, mode 0600); stop the server first. Run it again to resume after a stop.
`;

/** `lingyan keys rotate`: the new key from a file kept by the same rules as the running one. */
export async function runKeysCommand(argv: string[]): Promise<number> {
  const { options, positional } = parseOptions(argv);
  const newKeyFile = options.get('new-key-file');
  if (positional[0] !== 'rotate' || typeof newKeyFile !== 'string') {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig();
  const to = new FieldCipher(
    resolveMasterKey(config.dataDir, { LINGYAN_MASTER_KEY_FILE: newKeyFile }).key,
  );
  const runtime = await openRuntime(config, undefined, { checkKey: false });
  try {
    const from = runtime.deps.cipher;
    process.stdout.write(`rotating from key ${from.keyId} to key ${to.keyId}\n`);
    const { moved, resumed } = await rotateMasterKey(systemCtx(runtime, 'cli:keys'), from, to, {
      onProgress: (p) =>
        void process.stdout.write(
          `  ${p.table}: ${p.scanned} rows read, ${p.moved} re-encrypted\n`,
        ),
    });
    const file = config.auditCheckpoints.file;
    if (file)
      appendCheckpoint(
        file,
        sealCheckpoint(await readChainHeads(runtime.deps.database.db), new Date(), to),
      );
    process.stdout.write(
      `${resumed ? 'resumed and finished' : 'finished'}: ${Object.entries(moved)
        .map(([table, n]) => `${table} ${n}`)
        .join(
          ', ',
        )}\nstart the server with LINGYAN_MASTER_KEY_FILE=${newKeyFile}; destroy the old key once no backup made under it is kept\n`,
    );
    return 0;
  } finally {
    await runtime.close();
  }
}

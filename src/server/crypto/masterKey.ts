import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The master key lives outside the database: `LINGYAN_MASTER_KEY` (64 hex chars or base64 of 32+
 * bytes), else `DATA_DIR/keys/master.key`, created with mode 0600 on first start.
 */
export function loadMasterKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.LINGYAN_MASTER_KEY;
  if (fromEnv) {
    const key = /^[0-9a-f]{64,}$/i.test(fromEnv)
      ? Buffer.from(fromEnv, 'hex')
      : Buffer.from(fromEnv, 'base64');
    if (key.length < 32) throw new Error('LINGYAN_MASTER_KEY must hold at least 32 bytes');
    return key;
  }
  const dir = path.join(dataDir, 'keys');
  const file = path.join(dir, 'master.key');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  return key;
}

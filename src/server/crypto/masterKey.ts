import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the master key came from: the environment, a file outside the data, or the data folder. */
export type MasterKeySource = 'env' | 'file' | 'command' | 'dataDir';

// A KMS or vault client that does not answer within this is taken as failed.
const KEY_COMMAND_TIMEOUT_MS = 15_000;

export interface MasterKey {
  key: Buffer;
  source: MasterKeySource;
}

/** A start refused over its key: the message says what to do; no stack is worth printing. */
export class KeyRefusedError extends Error {
  override name = 'KeyRefusedError';
}

const parseKey = (text: string, what: string): Buffer => {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64,}$/i.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (key.length < 32) throw new KeyRefusedError(`${what} must hold at least 32 bytes`);
  return key;
};

const isInside = (file: string, dir: string): boolean => {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * The master key lives outside the database, and in production outside the data folder too, so a
 * copy of the data (a backup, a disk) decrypts nothing (issue 16 finding 2). In order:
 *   `LINGYAN_MASTER_KEY`       64 hex characters or base64 of 32+ bytes;
 *   `LINGYAN_MASTER_KEY_FILE`  a file outside DATA_DIR, readable by its owner only (0600);
 *   `LINGYAN_MASTER_KEY_COMMAND` a command (a KMS or vault client) that prints the key;
 *   else `DATA_DIR/keys/master.key`, created on first start (the demo's default) — refused when
 *   `LINGYAN_REQUIRE_EXTERNAL_KEY=1`, and announced at start when used.
 */
export function resolveMasterKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): MasterKey {
  if (env.LINGYAN_MASTER_KEY)
    return { key: parseKey(env.LINGYAN_MASTER_KEY, 'LINGYAN_MASTER_KEY'), source: 'env' };
  const keyFile = env.LINGYAN_MASTER_KEY_FILE;
  if (keyFile) {
    if (isInside(keyFile, dataDir))
      throw new KeyRefusedError(
        `LINGYAN_MASTER_KEY_FILE (${keyFile}) lies inside DATA_DIR: a copy of the data would carry its key`,
      );
    if (!fs.existsSync(keyFile))
      throw new KeyRefusedError(
        `LINGYAN_MASTER_KEY_FILE (${keyFile}) does not exist: create it with \`openssl rand -hex 32 > ${keyFile} && chmod 600 ${keyFile}\``,
      );
    if ((fs.statSync(keyFile).mode & 0o077) !== 0)
      throw new KeyRefusedError(
        `LINGYAN_MASTER_KEY_FILE (${keyFile}) is readable by others: \`chmod 600 ${keyFile}\``,
      );
    return {
      key: parseKey(fs.readFileSync(keyFile, 'utf8'), 'LINGYAN_MASTER_KEY_FILE'),
      source: 'file',
    };
  }
  const command = env.LINGYAN_MASTER_KEY_COMMAND;
  if (command) {
    let printed: string;
    try {
      printed = execFileSync('/bin/sh', ['-c', command], {
        encoding: 'utf8',
        timeout: KEY_COMMAND_TIMEOUT_MS,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      throw new KeyRefusedError(
        `LINGYAN_MASTER_KEY_COMMAND failed: ${(error as Error).message.split('\n')[0]}`,
      );
    }
    return {
      key: parseKey(printed, 'the output of LINGYAN_MASTER_KEY_COMMAND'),
      source: 'command',
    };
  }
  if (env.LINGYAN_REQUIRE_EXTERNAL_KEY === '1')
    throw new KeyRefusedError(
      'LINGYAN_REQUIRE_EXTERNAL_KEY=1: set LINGYAN_MASTER_KEY, LINGYAN_MASTER_KEY_FILE or LINGYAN_MASTER_KEY_COMMAND (a key outside DATA_DIR)',
    );
  const dir = path.join(dataDir, 'keys');
  const file = path.join(dir, 'master.key');
  if (fs.existsSync(file))
    return { key: Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex'), source: 'dataDir' };
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = crypto.randomBytes(32);
  fs.writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  return { key, source: 'dataDir' };
}

/** The master key alone (see resolveMasterKey). */
export function loadMasterKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  return resolveMasterKey(dataDir, env).key;
}

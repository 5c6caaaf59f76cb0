import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The project's shared/ folder (external benchmarks, conformance schemas) sits beside the clone;
 * on the project's machines it is also /work/shared. Throws rather than letting a test skip.
 */
export function sharedPath(...parts: string[]): string {
  for (const base of [
    process.env.LINGYAN_SHARED_DIR,
    path.resolve(ROOT, '../shared'),
    '/work/shared',
  ]) {
    if (base && existsSync(path.join(base, ...parts))) return path.join(base, ...parts);
  }
  throw new Error(
    `shared/${parts.join('/')} not found beside the repository (set LINGYAN_SHARED_DIR)`,
  );
}

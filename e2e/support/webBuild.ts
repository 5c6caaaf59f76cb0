import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds dist/web with Vite unless it is newer than every source file it bundles. */
export function ensureWebBuild(root: string): void {
  const index = join(root, 'dist/web/index.html');
  // the web bundle includes the shared pure domain code too
  const sources = Math.max(
    ...['src/web', 'src/domain', 'vite.config.ts'].map((path) => newestMtime(join(root, path))),
  );
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  // vitest runs with NODE_ENV=test, which would make Vite emit a development build
  execFileSync('npx', ['vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

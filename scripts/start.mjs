// `npm start`: install what is missing, build the web app when its sources changed, then serve
// the platform on the embedded database with the demo county (seeded on first run).
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);

execSync('node scripts/ensure-deps.mjs', { stdio: 'inherit' });

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const builtIndex = path.join(root, 'dist/web/index.html');
const sources = Math.max(
  newestMtime(path.join(root, 'src/web')),
  fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs,
  fs.statSync(path.join(root, 'package-lock.json')).mtimeMs,
);
if (!fs.existsSync(builtIndex) || fs.statSync(builtIndex).mtimeMs < sources) {
  console.log('[start] building the web app (vite build)…');
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
}

// The demo county is seeded only into an empty database; an existing DATA_DIR keeps its data.
const child = spawn(
  process.execPath,
  ['bin/lingyan.mjs', 'serve', ...(process.env.DATABASE_URL ? [] : ['--demo'])],
  { stdio: 'inherit', env: process.env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

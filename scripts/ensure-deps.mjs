// Installs npm packages when node_modules is missing or older than package-lock.json.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale =
  !fs.existsSync(marker) ||
  fs.statSync('package-lock.json').mtimeMs > fs.statSync(marker).mtimeMs + 1000;
if (stale) {
  console.log('[deps] installing npm packages (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

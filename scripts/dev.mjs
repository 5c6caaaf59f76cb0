// `npm run dev`: the API server on :3000 (demo data) and Vite's dev server with hot reload,
// which proxies /api to it.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['bin/lingyan.mjs', 'serve', '--demo'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: '3000' },
  }),
  spawn('npx', ['vite', '--host', '127.0.0.1'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', stop);

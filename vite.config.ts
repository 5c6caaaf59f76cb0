import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/vitePrecompress.ts';
import { routePreloads } from './scripts/viteRoutePreloads.ts';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

// The production server (src/server) serves dist/web with an SPA fallback; in development the
// Vite server proxies the API to the Lingyan server on port 3000.
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), routePreloads(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // antd is one large vendor chunk; pages are split with React.lazy
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Rolldown's default merges modules shared by lazy pages into the entry's chunk, so the first
      // page would download every page's antd components; keep them in the pages' own chunks.
      experimental: { chunkOptimization: { mergeCommonChunks: false } },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});

// Vite plugin: after the bundle is written, stores a brotli (.br) and a gzip (.gz) copy beside
// every text asset, so the server sends compressed bytes without compressing on each request
// (`preCompressed` in src/server/platform/webAssets.ts). Runs at build time only, in Node.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;
/** Below this a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function compressDirectory(dir: string): {
  files: number;
  rawBytes: number;
  brBytes: number;
} {
  let files = 0;
  let rawBytes = 0;
  let brBytes = 0;
  for (const path of filesUnder(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const raw = readFileSync(path);
    if (raw.length < MIN_BYTES) continue;
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    writeFileSync(`${path}.br`, br);
    writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
    files += 1;
    rawBytes += raw.length;
    brBytes += br.length;
  }
  return { files, rawBytes, brBytes };
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'lingyan-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const { files, rawBytes, brBytes } = compressDirectory(outDir);
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
      this.info(`precompressed ${files} files: ${kb(rawBytes)} → ${kb(brBytes)} brotli`);
    },
  };
}

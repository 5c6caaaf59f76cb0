import { ROOT } from './harness.ts';
import { ensureWebBuild } from './webBuild.ts';

/** Builds the web bundle once, before the browser test files start (each still checks it). */
export function setup(): void {
  ensureWebBuild(ROOT);
}

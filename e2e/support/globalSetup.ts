import { ROOT } from './harness.ts';
import { ensureWebBuild } from './webBuild.ts';

/** Builds the web bundle once, before browser test files start two at a time. */
export function setup(): void {
  ensureWebBuild(ROOT);
}

import { ROOT } from './harness.ts';
import { prepareTemplate } from './server.ts';
import { ensureWebBuild } from './webBuild.ts';

/**
 * Builds the web bundle once, before the browser test files start (each still checks it), and
 * seeds the small demo county once as the template the files copy. Without a template (its seeding
 * failed) each file seeds its own, as it did before.
 */
export async function setup(): Promise<void> {
  ensureWebBuild(ROOT);
  try {
    await prepareTemplate(ROOT);
  } catch (error) {
    console.warn(`[e2e] no demo template, each file seeds its own: ${(error as Error).message}`);
  }
}

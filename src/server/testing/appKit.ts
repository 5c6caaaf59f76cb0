import { afterAll, beforeAll } from 'vitest';
import type { AppConfig } from '../config.ts';
import { createTestApp, type TestApp, type TestAppOptions } from './testApp.ts';

/**
 * The test app of one file: created before its tests (a file's later `beforeAll` may use it),
 * closed after them. What it returns stands for the app once `beforeAll` has run; read it inside
 * hooks and tests, not at the file's top level. `timeout` is the creating hook's (a seeded demo
 * county takes minutes on a busy machine).
 */
export function useTestApp(
  overrides: Partial<AppConfig> = {},
  options: TestAppOptions = {},
  timeout?: number,
): TestApp {
  let current: TestApp | undefined;
  beforeAll(async () => {
    current = await createTestApp(overrides, options);
  }, timeout);
  afterAll(() => current?.close());
  return new Proxy({} as TestApp, {
    get(_, key) {
      if (!current) throw new Error('the test app exists once beforeAll has run');
      return Reflect.get(current, key, current);
    },
  });
}

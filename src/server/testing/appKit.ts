import { afterAll, beforeAll } from 'vitest';
import type { AppConfig } from '../config.ts';
import { createTestApp, login } from './testApp.ts';
import type { Session, TestApp, TestAppOptions } from './testApp.ts';

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

/**
 * The demo accounts `usernames` (password {@link login}'s default) logged in before the file's
 * tests, in a `beforeAll` after those registered before it. Each session is an object filled in
 * place, so the result may be destructured at the file's top level; read the sessions' fields
 * inside hooks and tests.
 */
export function useLogins<N extends string>(t: TestApp, ...usernames: N[]): Record<N, Session> {
  const sessions = Object.fromEntries(
    usernames.map((username) => [username, { username, cookie: '', csrf: '' }]),
  ) as unknown as Record<N, Session>;
  beforeAll(async () => {
    for (const username of usernames)
      Object.assign(sessions[username], await login(t.app, username));
  });
  return sessions;
}

/** The demo accounts of a county's officials: the county, 红旗镇 and its villages V1 and V2. */
export const OFFICIALS = ['county', 'township', 'village1', 'village2'] as const;

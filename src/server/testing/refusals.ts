import { expect, it } from 'vitest';
import { call, type Session, type TestApp } from './testApp.ts';

type Body = Record<string, unknown>;

/**
 * A write the API must refuse: what it is, the method and address, the body, the status and the
 * field the error names ('' for none). Functions are read when the test runs (after `beforeAll`).
 */
export type BadWrite = [
  name: string,
  method: 'POST' | 'PATCH',
  url: () => string,
  payload: Body | (() => Body),
  status: number,
  path: string,
];

/** `[name, payload, status, path]` rows all POSTed to `url`, as {@link BadWrite}s. */
export const postedTo = (url: string, rows: [string, Body | (() => Body), number, string][]) =>
  rows.map(([name, payload, status, path]): BadWrite => [
    name,
    'POST',
    () => url,
    payload,
    status,
    path,
  ]);

/**
 * One test a bad write: `as()` sends it, it gets `status` (the error naming `path` when one is
 * given) and `counts()` (see rowCounts in directoryFixtures.ts) is the same after as before.
 */
export function itRefusesEach(
  bad: BadWrite[],
  t: () => TestApp,
  as: () => Session,
  counts: () => Promise<unknown>,
) {
  for (const [name, method, url, payload, status, path] of bad) {
    it(`refuses ${name} and writes nothing`, async () => {
      const before = await counts();
      const body = typeof payload === 'function' ? payload() : payload;
      const res = await call(t().app, as(), method, url(), { payload: body });
      expect(res.statusCode, res.body).toBe(status);
      if (path) expect(res.json().error.details.issues[0].path).toBe(path);
      expect(await counts()).toEqual(before);
    });
  }
}

/** Each request `as` sends (method, address, body) is answered 404: what lies outside its scope. */
export async function expectEachNotFound(
  t: TestApp,
  as: Session,
  requests: [method: 'GET' | 'PATCH', url: string, payload?: Body][],
) {
  for (const [method, url, payload] of requests)
    expect((await call(t.app, as, method, url, payload ? { payload } : {})).statusCode).toBe(404);
}

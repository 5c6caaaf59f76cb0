import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../domain/directory/idNumber.ts';
import { buildApp } from '../app.ts';
import { call, createTestApp, login, type TestApp } from '../testing/testApp.ts';
import { redactText, redactUrl, logSerializers } from './logRedaction.ts';

const ID = buildIdNumber('410599', '1980-05-06', 17);
const MOBILE = '13912345678';

describe('log redaction', () => {
  it('masks full ID and mobile numbers wherever they stand in a text', () => {
    const text = `Failed query: select … where blind = $1 params: ${ID},${MOBILE},+86${MOBILE}`;
    const masked = redactText(text);
    expect(masked).not.toContain(ID);
    expect(masked).not.toContain(MOBILE);
    expect(masked).toContain(`${ID.slice(0, 3)}***********${ID.slice(-4)}`);
    // other numbers (ids, codes, counts) are left alone
    expect(redactText('region 410599100201 page 2')).toBe('region 410599100201 page 2');
  });

  it('leaves search terms out of a logged address', () => {
    expect(redactUrl(`/api/v1/persons?q=${ID}&page=2`)).toBe(
      '/api/v1/persons?q=%5Bredacted%5D&page=2',
    );
    expect(redactUrl(`/api/v1/persons/by-phone/${MOBILE}`)).not.toContain(MOBILE);
  });

  it('redacts an error, its stack and its cause', () => {
    const cause = new Error(`duplicate key (blind)=(${ID})`);
    const logged = logSerializers.err(new Error(`params: ${MOBILE}`, { cause }));
    expect(JSON.stringify(logged)).not.toMatch(new RegExp(`${ID}|${MOBILE}`));
    expect(logged.cause).toMatchObject({ message: expect.stringContaining('***') });
  });
});

describe('the server log of searches by number', () => {
  let t: TestApp;
  const lines: string[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    t = await createTestApp();
    app = await buildApp(t.deps, {
      logger: true,
      logStream: { write: (line) => void lines.push(line) },
      webDist: '/nonexistent',
    });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('holds neither the ID number nor the phone searched for', async () => {
    const county = await login(app, 'county');
    // a number in a URL is refused (searches by number go in a POST body, issue 16 finding 3),
    // and even the refused request is logged without it
    for (const q of [ID, MOBILE]) {
      const res = await call(app, county, 'GET', `/api/v1/persons?q=${q}`);
      expect(res.statusCode).toBe(400);
    }
    const log = lines.join('');
    // the requests were logged, only without the numbers
    expect(log).toContain('/api/v1/persons?q=%5Bredacted%5D');
    expect(log).not.toContain(ID);
    expect(log).not.toContain(MOBILE);
  });
});

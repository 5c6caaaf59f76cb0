import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMasterKey } from '../../crypto/masterKey.ts';
import { FieldCipher } from '../../crypto/fieldCipher.ts';
import { accounts, auditEvents } from '../../db/schema/index.ts';
import { appWithSessions } from '../../testing/directoryFixtures.ts';
import { call, login, type Session, type TestApp } from '../../testing/testApp.ts';

let t: TestApp, county: Session;
beforeAll(async () => ([t, county] = await appWithSessions({}, 'county')));
afterAll(() => t.close());

async function idOf(username: string): Promise<string> {
  const [row] = await t.deps.database.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.username, username));
  if (!row) throw new Error(username);
  return row.id;
}

describe('sensitive fields', () => {
  it('stores phones encrypted, never in clear, with a blind index for exact lookup', async () => {
    const [row] = await t.deps.database.db
      .select()
      .from(accounts)
      .where(eq(accounts.username, 'village1'));
    expect(row?.phoneCipher).toMatch(/^v1:/);
    expect(row?.phoneCipher).not.toContain('13800000003');
    expect(row?.phoneIndex).toBe(t.deps.cipher.blindIndex('13800000003'));
    expect(t.deps.cipher.decrypt(row?.phoneCipher ?? '')).toBe('13800000003');
  });

  it('masks phones in every account response', async () => {
    const list = await call(t.app, county, 'GET', '/api/v1/accounts?pageSize=50');
    expect(list.body).not.toMatch(/138000000\d\d/);
    expect(
      list.json().items.find((a: { username: string }) => a.username === 'village1').phone,
    ).toBe('138****0003');
  });

  it('reveals with a stated purpose and audits the reveal', async () => {
    const id = await idOf('village1');
    const res = await call(t.app, county, 'POST', '/api/v1/privacy/reveal', {
      payload: { objectType: 'account', objectId: id, field: 'phone', purpose: '核实联系方式' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: '13800000003' });
    const [event] = await t.deps.database.db
      .select()
      .from(auditEvents)
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    expect(event).toMatchObject({
      action: 'privacy.reveal',
      objectId: id,
      actorUsername: 'county',
      detail: { field: 'phone', purpose: '核实联系方式' },
    });
  });

  it('does not reveal to a role without the permission, nor outside the scope', async () => {
    const id = await idOf('village1');
    const cadre = await login(t.app, 'village2');
    expect(
      (
        await call(t.app, cadre, 'POST', '/api/v1/privacy/reveal', {
          payload: { objectType: 'account', objectId: id, field: 'phone', purpose: '看看' },
        })
      ).statusCode,
    ).toBe(403);
    const township = await login(t.app, 'township');
    const countyId = await idOf('county');
    expect(
      (
        await call(t.app, township, 'POST', '/api/v1/privacy/reveal', {
          payload: { objectType: 'account', objectId: countyId, field: 'phone', purpose: '看看' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('detects a tampered cipher text', () => {
    const cipher = new FieldCipher(Buffer.alloc(32, 7));
    const envelope = cipher.encrypt('13912345678');
    const raw = Buffer.from(envelope.slice(3), 'base64');
    raw[20] = (raw[20] ?? 0) ^ 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}`)).toThrow(/tampered/);
    expect(cipher.encrypt('13912345678')).not.toBe(envelope); // random IV
  });

  it('creates the key file with mode 0600 outside the database, and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-key-'));
    try {
      const key = loadMasterKey(dir, {});
      const file = path.join(dir, 'keys', 'master.key');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(loadMasterKey(dir, {}).equals(key)).toBe(true);
      expect(
        loadMasterKey(dir, { LINGYAN_MASTER_KEY: 'ab'.repeat(32) }).equals(Buffer.alloc(32, 0xab)),
      ).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

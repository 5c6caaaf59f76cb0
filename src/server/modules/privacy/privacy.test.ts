import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMasterKey, resolveMasterKey } from '../../crypto/masterKey.ts';
import { FieldCipher } from '../../crypto/fieldCipher.ts';
import { accounts } from '../../db/schema/index.ts';
import { appWithSessions } from '../../testing/directoryFixtures.ts';
import {
  call,
  latestAuditEvent,
  login,
  type Session,
  type TestApp,
} from '../../testing/testApp.ts';

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
      payload: { objectType: 'account', objectId: id, field: 'phone', purpose: 'contact_person' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: '13800000003' });
    const event = await latestAuditEvent(t);
    expect(event).toMatchObject({
      action: 'privacy.reveal',
      objectId: id,
      actorUsername: 'county',
      detail: { field: 'phone', purpose: 'contact_person' },
    });
  });

  it('does not reveal to a role without the permission, nor outside the scope', async () => {
    const id = await idOf('village1');
    const cadre = await login(t.app, 'village2');
    expect(
      (
        await call(t.app, cadre, 'POST', '/api/v1/privacy/reveal', {
          payload: {
            objectType: 'account',
            objectId: id,
            field: 'phone',
            purpose: 'verify_identity',
          },
        })
      ).statusCode,
    ).toBe(403);
    const township = await login(t.app, 'township');
    const countyId = await idOf('county');
    expect(
      (
        await call(t.app, township, 'POST', '/api/v1/privacy/reveal', {
          payload: {
            objectType: 'account',
            objectId: countyId,
            field: 'phone',
            purpose: 'verify_identity',
          },
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

  it('reads a key file kept outside the data folder, and refuses one inside it, one others can read or a missing one', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-data-'));
    const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-keys-'));
    try {
      const outside = path.join(keysDir, 'master.key');
      fs.writeFileSync(outside, 'cd'.repeat(32), { mode: 0o600 });
      const found = resolveMasterKey(dataDir, { LINGYAN_MASTER_KEY_FILE: outside });
      expect(found.source).toBe('file');
      expect(found.key.equals(Buffer.alloc(32, 0xcd))).toBe(true);
      // nothing was written into the data folder
      expect(fs.existsSync(path.join(dataDir, 'keys'))).toBe(false);

      const inside = path.join(dataDir, 'my.key');
      fs.writeFileSync(inside, 'cd'.repeat(32), { mode: 0o600 });
      expect(() => resolveMasterKey(dataDir, { LINGYAN_MASTER_KEY_FILE: inside })).toThrow(
        /inside DATA_DIR/,
      );
      fs.chmodSync(outside, 0o644);
      expect(() => resolveMasterKey(dataDir, { LINGYAN_MASTER_KEY_FILE: outside })).toThrow(
        /readable by others/,
      );
      expect(() =>
        resolveMasterKey(dataDir, { LINGYAN_MASTER_KEY_FILE: path.join(keysDir, 'none') }),
      ).toThrow(/does not exist/);
      fs.chmodSync(outside, 0o600);
      fs.writeFileSync(outside, 'short');
      expect(() => resolveMasterKey(dataDir, { LINGYAN_MASTER_KEY_FILE: outside })).toThrow(
        /at least 32 bytes/,
      );
      // a production start that insists on an external key refuses the data folder's
      expect(() => resolveMasterKey(dataDir, { LINGYAN_REQUIRE_EXTERNAL_KEY: '1' })).toThrow(
        /LINGYAN_REQUIRE_EXTERNAL_KEY/,
      );
      expect(fs.existsSync(path.join(dataDir, 'keys'))).toBe(false);
      expect(resolveMasterKey(dataDir, {}).source).toBe('dataDir');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(keysDir, { recursive: true, force: true });
    }
  });
  it('takes the key from a command (a KMS or vault client), and names a command that fails or prints too little', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-data-'));
    try {
      const found = resolveMasterKey(dataDir, {
        LINGYAN_MASTER_KEY_COMMAND: `printf '%s\\n' ${'ef'.repeat(32)}`,
      });
      expect(found.source).toBe('command');
      expect(found.key.equals(Buffer.alloc(32, 0xef))).toBe(true);
      expect(() => resolveMasterKey(dataDir, { LINGYAN_MASTER_KEY_COMMAND: 'exit 3' })).toThrow(
        /LINGYAN_MASTER_KEY_COMMAND failed/,
      );
      expect(() => resolveMasterKey(dataDir, { LINGYAN_MASTER_KEY_COMMAND: 'echo abcd' })).toThrow(
        /at least 32 bytes/,
      );
      expect(fs.existsSync(path.join(dataDir, 'keys'))).toBe(false);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the brake on reveal (issue 16 finding 7)', () => {
  const revealAs = (s: Session, objectId: string, body: Record<string, unknown> = {}) =>
    call(t.app, s, 'POST', '/api/v1/privacy/reveal', {
      payload: {
        objectType: 'account',
        objectId,
        field: 'phone',
        purpose: 'verify_identity',
        ...body,
      },
    });

  it('takes the purpose from a list, and "other" only with a note', async () => {
    const id = await idOf('village1');
    const free = await revealAs(county, id, { purpose: '随便看看' });
    expect(free.statusCode).toBe(400);
    expect(free.json().error.details.issues[0].path).toBe('body.purpose');
    const bare = await revealAs(county, id, { purpose: 'other' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.details.issues[0].path).toBe('body.note');
    expect(
      (await revealAs(county, id, { purpose: 'other', note: '换届材料核对' })).statusCode,
    ).toBe(200);
  });

  it('holds a user to the per-minute rate with 429 and Retry-After', async () => {
    const township = await login(t.app, 'township');
    const id = await idOf('village1');
    t.clock.advanceMinutes(2);
    for (let i = 0; i < 10; i++) expect((await revealAs(township, id)).statusCode).toBe(200);
    const eleventh = await revealAs(township, id);
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.headers['retry-after']).toBe('60');
    expect(eleventh.json().error.code).toBe('RATE_LIMITED');
    // the refused reveal was not made: still ten in the log
    t.clock.advanceMinutes(1);
    expect((await revealAs(township, id)).statusCode).toBe(200);
  });

  it('past 20 in a day, waits for the county admin, who approves once; a denial refuses', async () => {
    t.clock.advanceMinutes(24 * 60);
    const township = await login(t.app, 'township');
    const admin = await login(t.app, 'county');
    const id = await idOf('village1');
    for (let i = 0; i < 20; i++) {
      if (i % 10 === 0) t.clock.advanceMinutes(1);
      expect((await revealAs(township, id)).statusCode, `reveal ${i + 1}`).toBe(200);
    }
    t.clock.advanceMinutes(1);
    const held = await revealAs(township, id, { purpose: 'handle_case' });
    expect(held.statusCode).toBe(403);
    expect(held.json().error.code).toBe('APPROVAL_REQUIRED');
    expect(held.body).not.toContain('13800000003');
    const requestId = held.json().error.details.requestId as string;
    // asking again does not pile up requests
    expect((await revealAs(township, id)).json().error.details.requestId).toBe(requestId);
    // the township admin cannot approve its own request
    expect(
      (
        await call(
          t.app,
          township,
          'POST',
          `/api/v1/privacy/reveal-requests/${requestId}/decision`,
          {
            payload: { decision: 'approve' },
          },
        )
      ).statusCode,
    ).toBe(403);
    const pending = await call(
      t.app,
      admin,
      'GET',
      '/api/v1/privacy/reveal-requests?status=pending',
    );
    expect(pending.json().items).toEqual([
      expect.objectContaining({
        id: requestId,
        requesterUsername: 'township',
        purpose: 'handle_case',
      }),
    ]);
    const approved = await call(
      t.app,
      admin,
      'POST',
      `/api/v1/privacy/reveal-requests/${requestId}/decision`,
      { payload: { decision: 'approve' } },
    );
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: 'county' });
    const again = await revealAs(township, id);
    expect(again.json()).toEqual({ value: '13800000003' });
    // one approval, one reveal
    const next = await revealAs(township, id);
    expect(next.json().error.code).toBe('APPROVAL_REQUIRED');
    const denied = await call(
      t.app,
      admin,
      'POST',
      `/api/v1/privacy/reveal-requests/${next.json().error.details.requestId}/decision`,
      { payload: { decision: 'deny' } },
    );
    expect(denied.json().status).toBe('denied');
    expect((await revealAs(township, id)).statusCode).toBe(403);
    const log = await call(t.app, admin, 'GET', '/api/v1/audit-events?action=privacy&pageSize=200');
    const actions = log.json().items.map((e: { action: string }) => e.action) as string[];
    for (const action of [
      'privacy.reveal_volume',
      'privacy.reveal_requested',
      'privacy.reveal_approved',
      'privacy.reveal_denied',
    ])
      expect(actions).toContain(action);
    // the volume is a warning for whoever reads the audit log (the warnings center)
    const warnings = await call(t.app, admin, 'GET', '/api/v1/warnings?kind=revealVolume');
    expect(warnings.statusCode, warnings.body).toBe(200);
    expect(warnings.json().items).toContainEqual(
      expect.objectContaining({ kind: 'revealVolume', subject: 'township' }),
    );
    const seenByTownship = await call(t.app, township, 'GET', '/api/v1/warnings?kind=revealVolume');
    expect(seenByTownship.json().items).toEqual([]);
  });
});

import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIdNumber } from '../../domain/directory/idNumber.ts';
import { verifyAuditChains } from '../audit/verifyChain.ts';
import { FieldCipher } from '../crypto/fieldCipher.ts';
import { auditEvents, keyRotations, persons } from '../db/schema/index.ts';
import { call, login, type Session } from '../testing/testApp.ts';
import { useTestApp } from '../testing/appKit.ts';
import { checkRunningKey } from './keyCheck.ts';
import { rotateMasterKey } from './rotateKey.ts';

const t = useTestApp();
let cadre: Session;
const ids = Array.from({ length: 7 }, (_, i) =>
  buildIdNumber('410522', '1960-03-0' + (i + 1), 20 + i),
);
const personIds: string[] = [];

beforeAll(async () => {
  cadre = await login(t.app, 'village1');
  for (const [i, idNumber] of ids.entries()) {
    const res = await call(t.app, cadre, 'POST', '/api/v1/persons', {
      payload: {
        name: `轮换${i}`,
        idNumber,
        phone: `1390000000${i}`,
        regionCode: '410599101201',
      },
    });
    expect(res.statusCode).toBe(201);
    personIds.push(res.json().id as string);
  }
});

const stored = () =>
  t.deps.database.db
    .select({ id: persons.id, idCipher: persons.idCipher, idIndex: persons.idIndex })
    .from(persons);

describe('rotating the master key (issue 16 finding 2)', () => {
  it('refuses to start with a key that did not encrypt the data', async () => {
    const stranger = new FieldCipher(crypto.randomBytes(32));
    await expect(checkRunningKey(t.deps.database.db, stranger)).rejects.toThrow(
      /encrypted under another key/,
    );
    await expect(checkRunningKey(t.deps.database.db, t.deps.cipher)).resolves.toBeUndefined();
  });

  it('re-encrypts in batches, resumes after a stop, and leaves the data readable and searchable only under the new key', async () => {
    const from = t.deps.cipher;
    const to = new FieldCipher(crypto.randomBytes(32));
    const before = await stored();
    const plain = new Map(before.map((p) => [p.id, from.decrypt(p.idCipher)]));

    // a stop after the first batch of 3 persons: that batch is committed, the rest is not
    let batches = 0;
    await expect(
      rotateMasterKey(t.ctx(), from, to, {
        batchSize: 3,
        onProgress: () => {
          if (++batches === 1) throw new Error('stopped');
        },
      }),
    ).rejects.toThrow('stopped');
    const halfway = await stored();
    expect(halfway.filter((p) => to.owns(p.idCipher))).toHaveLength(3);
    // neither key may start the server on half-moved data
    await expect(checkRunningKey(t.deps.database.db, to)).rejects.toThrow(/unfinished/);
    await expect(checkRunningKey(t.deps.database.db, from)).rejects.toThrow(/unfinished/);
    // another new key cannot take over the unfinished rotation
    await expect(
      rotateMasterKey(t.ctx(), from, new FieldCipher(crypto.randomBytes(32))),
    ).rejects.toThrow(/must be finished first/);

    const done = await rotateMasterKey(t.ctx(), from, to, { batchSize: 3 });
    expect(done.resumed).toBe(true);
    // the first batch is not moved twice
    expect(done.moved.persons).toBe(before.length - 3);
    const after = await stored();
    for (const p of after) {
      expect(to.owns(p.idCipher)).toBe(true);
      expect(to.decrypt(p.idCipher)).toBe(plain.get(p.id));
      expect(p.idIndex).toBe(to.blindIndex(plain.get(p.id)!));
    }
    const [rotation] = await t.deps.database.db.select().from(keyRotations);
    expect(rotation).toMatchObject({ fromKey: from.keyId, toKey: to.keyId });
    expect(rotation!.finishedAt).not.toBeNull();
    expect(rotation!.progress.persons).toBe(before.length);
    await expect(checkRunningKey(t.deps.database.db, from)).rejects.toThrow(
      /re-encrypted under key/,
    );
    await expect(checkRunningKey(t.deps.database.db, to)).resolves.toBeUndefined();

    // the rotation is audited, sealed with the new key; the rows before stay verifiable
    const [event] = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'keys.rotate'));
    expect(event).toMatchObject({ sealKey: to.keyId, objectId: to.keyId });
    const verified = await verifyAuditChains(t.deps.database.db, { seal: to });
    expect(verified.ok).toBe(true);
    expect(verified.chains.find((c) => c.chain === 'platform')).toMatchObject({ ok: true });

    // the app on the new key finds a person by ID number (the blind index moved) and reveals it
    t.deps.cipher = to;
    const found = await call(t.app, cadre, 'POST', '/api/v1/persons/search', {
      payload: { q: ids[4] },
    });
    expect(found.json().items.map((p: { id: string }) => p.id)).toEqual([personIds[4]]);
    const county = await login(t.app, 'county');
    const revealed = await call(t.app, county, 'POST', '/api/v1/privacy/reveal', {
      payload: {
        objectType: 'person',
        objectId: personIds[2],
        field: 'idNumber',
        purpose: 'verify_identity',
      },
    });
    expect(revealed.json()).toEqual({ value: ids[2] });
    const phones = await t.deps.database.db.execute(
      sql`SELECT count(*)::int AS n FROM persons WHERE phone_cipher IS NOT NULL`,
    );
    expect((phones as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(ids.length);
  });
});

import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from './fieldCipher.ts';
import { sm4CbcEncryptMany } from './sm4CbcBatch.ts';

const key = Buffer.alloc(16, 9);

function decryptCbc(ivAndBody: Buffer): string {
  const decipher = crypto.createDecipheriv('sm4-cbc', key, ivAndBody.subarray(0, 16));
  return Buffer.concat([decipher.update(ivAndBody.subarray(16)), decipher.final()]).toString(
    'utf8',
  );
}

describe('sm4CbcEncryptMany', () => {
  it('produces, for values of any length, exactly what SM4-CBC with the same IV produces', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 70 }), { maxLength: 20 }),
        (values) => {
          const out = sm4CbcEncryptMany(key, values);
          expect(out).toHaveLength(values.length);
          out.forEach((ivAndBody, i) => {
            const cipher = crypto.createCipheriv('sm4-cbc', key, ivAndBody.subarray(0, 16));
            const reference = Buffer.concat([cipher.update(values[i]!, 'utf8'), cipher.final()]);
            expect(ivAndBody.subarray(16).equals(reference)).toBe(true);
            expect(decryptCbc(ivAndBody)).toBe(values[i]);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives every value its own IV, so equal values encrypt differently', () => {
    const [a, b] = sm4CbcEncryptMany(key, ['11010519491231002X', '11010519491231002X']);
    expect(a!.subarray(0, 16).equals(b!.subarray(0, 16))).toBe(false);
    expect(a!.equals(b!)).toBe(false);
  });
});

describe('FieldCipher.encryptMany', () => {
  it('writes envelopes that decrypt, one per value, in order', () => {
    const cipher = new FieldCipher(Buffer.alloc(32, 3));
    const values = ['11010519491231002X', '13800138000', '', '张三'];
    expect(cipher.encryptMany(values).map((e) => cipher.decrypt(e))).toEqual(values);
  });
});

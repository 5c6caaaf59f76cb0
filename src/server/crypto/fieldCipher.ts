import crypto from 'node:crypto';
import { sm4CbcEncryptMany } from './sm4CbcBatch.ts';
import { hmacSm3 } from './sm3.ts';

const VERSION = 'v1';

/** The keys derived from the master key (see derivedKeys). */
export interface DerivedKeys {
  enc: Uint8Array;
  mac: Uint8Array;
  index: Uint8Array;
  seal: Uint8Array;
  keyId: string;
}

/**
 * What the audit writer seals each row's hash with: an HMAC-SM3 under a key derived from the master
 * key, named by the master key's id so a row sealed before a rotation is told from a forged one.
 */
export interface AuditSeal {
  readonly keyId: string;
  seal(data: string): string;
}
const IV_BYTES = 16;
const TAG_BYTES = 32;

/**
 * Encryption at rest of sensitive fields: SM4-CBC with a random IV, then HMAC-SM3 over
 * version ‖ IV ‖ ciphertext (encrypt-then-MAC; Node 20 has no SM4-GCM). Keys are derived from one
 * master key kept outside the database. A blind index (HMAC-SM3 with its own key) allows exact lookup.
 */
export class FieldCipher implements AuditSeal {
  private readonly encKey: Buffer;
  private readonly macKey: Buffer;
  private readonly indexKey: Buffer;
  private readonly sealKey: Buffer;
  /** A short public name of the master key (its keyed digest), never the key itself. */
  readonly keyId: string;

  constructor(masterKey: Buffer, derived?: DerivedKeys) {
    if (derived) {
      this.encKey = Buffer.from(derived.enc);
      this.macKey = Buffer.from(derived.mac);
      this.indexKey = Buffer.from(derived.index);
      this.sealKey = Buffer.from(derived.seal);
      this.keyId = derived.keyId;
      return;
    }
    if (masterKey.length < 32) throw new Error('master key must be at least 32 bytes');
    this.encKey = hmacSm3(masterKey, 'lingyan/field/enc').subarray(0, 16);
    this.macKey = hmacSm3(masterKey, 'lingyan/field/mac');
    this.indexKey = hmacSm3(masterKey, 'lingyan/field/index');
    this.sealKey = hmacSm3(masterKey, 'lingyan/audit/seal');
    this.keyId = hmacSm3(masterKey, 'lingyan/key-id').subarray(0, 8).toString('hex');
  }

  /**
   * The derived keys, only to hand to a worker thread of this process (bulk row preparation):
   * `FieldCipher.fromDerived` there encrypts and indexes exactly as this instance does.
   */
  derivedKeys(): DerivedKeys {
    return {
      enc: Uint8Array.from(this.encKey),
      mac: Uint8Array.from(this.macKey),
      index: Uint8Array.from(this.indexKey),
      seal: Uint8Array.from(this.sealKey),
      keyId: this.keyId,
    };
  }

  static fromDerived(keys: DerivedKeys): FieldCipher {
    return new FieldCipher(Buffer.alloc(0), keys);
  }

  encrypt(plain: string): string {
    return this.encryptMany([plain])[0]!;
  }

  /** `encrypt` for many values at once: the same envelopes, at a fraction of the cost per value. */
  encryptMany(plains: readonly string[]): string[] {
    const version = Buffer.from(VERSION);
    return sm4CbcEncryptMany(this.encKey, plains).map((ivAndBody) => {
      const tag = hmacSm3(this.macKey, Buffer.concat([version, ivAndBody]));
      return `${VERSION}:${Buffer.concat([ivAndBody, tag]).toString('base64')}`;
    });
  }

  decrypt(envelope: string): string {
    const [version, payload] = envelope.split(':');
    if (version !== VERSION || !payload) throw new Error('unknown cipher envelope');
    const raw = Buffer.from(payload, 'base64');
    const iv = raw.subarray(0, IV_BYTES);
    const body = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);
    const tag = raw.subarray(raw.length - TAG_BYTES);
    const expected = hmacSm3(this.macKey, Buffer.concat([Buffer.from(VERSION), iv, body]));
    if (tag.length !== TAG_BYTES || !crypto.timingSafeEqual(tag, expected))
      throw new Error('cipher text was tampered with');
    const decipher = crypto.createDecipheriv('sm4-cbc', this.encKey, iv);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }

  /** The audit seal of `data` (a row's hash, a checkpoint's canonical JSON): HMAC-SM3, hex. */
  seal(data: string): string {
    return hmacSm3(this.sealKey, data).toString('hex');
  }

  /** Whether `envelope` was made under this key (its MAC holds): key rotation skips such values. */
  owns(envelope: string): boolean {
    try {
      this.decrypt(envelope);
      return true;
    } catch {
      return false;
    }
  }

  /** Deterministic keyed digest of a normalized value, for `WHERE phone_index = $1`. */
  blindIndex(normalized: string): string {
    return hmacSm3(this.indexKey, normalized).toString('hex');
  }
}

import crypto from 'node:crypto';

/** SM3 (GB/T 32905) through Node's OpenSSL, hex digest. */
export function sm3Hex(data: string | Buffer): string {
  return crypto.createHash('sm3').update(data).digest('hex');
}

export function hmacSm3(key: Buffer, data: string | Buffer): Buffer {
  return crypto.createHmac('sm3', key).update(data).digest();
}

/** Canonical JSON: sorted keys, so equal objects always hash equally. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort())
      out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

import crypto from 'node:crypto';

const BLOCK = 16;

/**
 * SM4-CBC with PKCS#7 padding for many short values at once, each with its own random IV.
 * Node creates one cipher object per `createCipheriv` call, which costs far more than encrypting
 * an ID number; here one SM4-ECB context encrypts the k-th block of every value in a single call,
 * with the CBC chaining (XOR with the IV or the previous cipher block) done in between. The output
 * of each value is exactly `IV ‖ SM4-CBC(IV, value)`, so `createDecipheriv('sm4-cbc', …)` reads it.
 */
export function sm4CbcEncryptMany(key: Buffer, values: readonly string[]): Buffer[] {
  const count = values.length;
  const blocks = values.map((v) => Math.floor(Buffer.byteLength(v, 'utf8') / BLOCK) + 1);
  const offsets: number[] = [];
  let total = 0;
  for (const n of blocks) {
    offsets.push(total);
    total += BLOCK * (1 + n);
  }
  // One arena: per value its IV, then its padded plain text, encrypted in place block by block.
  const arena = Buffer.allocUnsafe(total);
  crypto.randomFillSync(arena);
  values.forEach((value, i) => {
    const start = offsets[i]! + BLOCK;
    const written = arena.write(value, start, 'utf8');
    const pad = BLOCK * blocks[i]! - written;
    arena.fill(pad, start + written, start + written + pad);
  });
  const ecb = crypto.createCipheriv('sm4-ecb', key, null);
  ecb.setAutoPadding(false);
  const scratch = Buffer.allocUnsafe(BLOCK * count);
  const longest = Math.max(0, ...blocks);
  for (let k = 1; k <= longest; k++) {
    let m = 0;
    for (let i = 0; i < count; i++) {
      if (blocks[i]! < k) continue;
      const at = offsets[i]! + BLOCK * k;
      for (let j = 0; j < BLOCK; j++)
        scratch[BLOCK * m + j] = arena[at + j]! ^ arena[at - BLOCK + j]!;
      m++;
    }
    const encrypted = ecb.update(scratch.subarray(0, BLOCK * m));
    m = 0;
    for (let i = 0; i < count; i++) {
      if (blocks[i]! < k) continue;
      encrypted.copy(arena, offsets[i]! + BLOCK * k, BLOCK * m, BLOCK * (m + 1));
      m++;
    }
  }
  ecb.final();
  return values.map((_, i) => arena.subarray(offsets[i]!, offsets[i]! + BLOCK * (1 + blocks[i]!)));
}

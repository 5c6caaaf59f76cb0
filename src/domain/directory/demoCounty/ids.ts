// Deterministic UUIDv7-shaped ids. The timestamp field is a fixed base plus the village's index,
// so rows of one village sort together in a B-tree; 42 random bits per village and a 32-bit
// counter (RFC 9562 §6.2, method 1) keep them unique and cheap to make by the million.
import type { Random } from './random.ts';

const hex = (n: number, width: number): string =>
  (n >>> 0).toString(16).padStart(8, '0').slice(-width);

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

export type IdFactory = () => string;

export function createIdFactory(random: Random, timestampMs: number): IdFactory {
  const ts = Math.floor(timestampMs).toString(16).padStart(12, '0').slice(-12);
  const a = random.uint32();
  const b = random.uint32();
  const variant = (8 + (b >>> 30)).toString(16);
  const prefix = `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7${hex(a, 3)}-${variant}${hex(a >>> 12, 3)}-${hex(b, 4)}`;
  // One flat string per id (a rope would cost two more heap objects per row).
  const codes = Array.from(prefix.padEnd(36, '0'), (c) => c.charCodeAt(0));
  let counter = 0;
  return () => {
    let n = counter++;
    for (let i = 35; i >= 28; i--) {
      codes[i] = HEX_CODES[n & 15] ?? 48;
      n >>>= 4;
    }
    return String.fromCharCode.apply(null, codes);
  };
}

// Deterministic UUIDv7-shaped ids. The timestamp field is a fixed base plus the village's index,
// so rows of one village sort together in a B-tree; 42 random bits per village and a 32-bit
// counter (RFC 9562 §6.2, method 1) keep them unique and cheap to make by the million.
import type { Random } from './random.ts';

const hex = (n: number, width: number): string =>
  (n >>> 0).toString(16).padStart(8, '0').slice(-width);

export type IdFactory = () => string;

export function createIdFactory(random: Random, timestampMs: number): IdFactory {
  const ts = Math.floor(timestampMs).toString(16).padStart(12, '0').slice(-12);
  const a = random.uint32();
  const b = random.uint32();
  const variant = (8 + (b >>> 30)).toString(16);
  const prefix = `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7${hex(a, 3)}-${variant}${hex(a >>> 12, 3)}-${hex(b, 4)}`;
  let counter = 0;
  return () => prefix + hex(counter++, 8);
}

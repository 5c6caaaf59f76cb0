import { canonicalJson, sm3Hex } from '../crypto/sm3.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row covered by its hash in the legacy chain (one chain, linked by seq). */
export interface ChainedFields {
  seq: number;
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorUsername: string | null;
  role: string | null;
  scope: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  regionCode: string | null;
  countyCode: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  detail: Record<string, unknown> | null;
  requestId: string | null;
}

/**
 * The fields covered by the hash of a row in a per-county (or the platform) chain: its chain and
 * place in it instead of the table-wide seq, which is only an insertion order across chains.
 */
export type LinkedFields = Omit<ChainedFields, 'seq'> & { chain: string; chainSeq: number };

/** hash(row) = SM3(prev_hash ‖ "\n" ‖ canonical JSON of the row's fields). */
export function chainHash(prevHash: string, fields: ChainedFields | LinkedFields): string {
  return sm3Hex(`${prevHash}\n${canonicalJson(fields)}`);
}

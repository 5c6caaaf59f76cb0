import { canonicalJson, sm3Hex } from '../crypto/sm3.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row covered by its hash (everything but the hashes themselves). */
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

/** hash(row) = SM3(prev_hash ‖ "\n" ‖ canonical JSON of the row's fields). */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  return sm3Hex(`${prevHash}\n${canonicalJson(fields)}`);
}

import { and, eq, isNull, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/appendAudit.ts';
import type { FieldCipher } from '../crypto/fieldCipher.ts';
import { keyRotations } from '../db/schema/index.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { uuidv7 } from '../platform/uuidv7.ts';

/** Every column the master key encrypts, with the blind index computed from the same value. */
export const ENCRYPTED_COLUMNS: readonly {
  table: string;
  fields: readonly { cipher: string; index: string }[];
}[] = [
  {
    table: 'persons',
    fields: [
      { cipher: 'id_cipher', index: 'id_index' },
      { cipher: 'phone_cipher', index: 'phone_index' },
    ],
  },
  { table: 'accounts', fields: [{ cipher: 'phone_cipher', index: 'phone_index' }] },
  { table: 'person_referrals', fields: [{ cipher: 'id_cipher', index: 'id_index' }] },
];

const BATCH = 1000;

export interface RotateOptions {
  onProgress?: (p: RotationProgress) => void;
  batchSize?: number;
}

export interface RotationProgress {
  table: string;
  scanned: number;
  moved: number;
}

type Row = Record<string, string | null>;

/** One batch: values still under the old key are decrypted, encrypted and indexed under the new. */
function reencrypt(
  rows: Row[],
  fields: (typeof ENCRYPTED_COLUMNS)[number]['fields'],
  from: FieldCipher,
  to: FieldCipher,
): { id: string; values: (string | null)[] }[] {
  const changed: { id: string; values: (string | null)[] }[] = [];
  for (const row of rows) {
    let moved = false;
    const values = fields.flatMap((f) => {
      const value = row[f.cipher];
      if (value === null || value === undefined || to.owns(value))
        return [value ?? null, row[f.index] ?? null];
      moved = true;
      const plain = from.decrypt(value);
      return [to.encrypt(plain), to.blindIndex(plain)];
    });
    if (moved) changed.push({ id: row.id!, values });
  }
  return changed;
}

async function rotateTable(
  ctx: Ctx,
  spec: (typeof ENCRYPTED_COLUMNS)[number],
  from: FieldCipher,
  to: FieldCipher,
  rotationId: string,
  options: RotateOptions,
): Promise<number> {
  const columns = spec.fields.flatMap((f) => [f.cipher, f.index]);
  let after = '00000000-0000-0000-0000-000000000000';
  let scanned = 0;
  let moved = 0;
  for (;;) {
    const batch = (await ctx.db.execute(
      sql`SELECT id::text AS id, ${sql.raw(columns.join(', '))} FROM ${sql.raw(spec.table)}
          WHERE id > ${after}::uuid ORDER BY id LIMIT ${options.batchSize ?? BATCH}`,
    )) as unknown as { rows: Row[] };
    if (batch.rows.length === 0) return moved;
    const changed = reencrypt(batch.rows, spec.fields, from, to);
    scanned += batch.rows.length;
    moved += changed.length;
    after = batch.rows.at(-1)!.id!;
    // Each batch commits with the progress it made: a stop loses at most the batch in flight, and
    // the next run skips values the new key already owns.
    await transaction(ctx, async (tx) => {
      if (changed.length > 0) {
        const values = sql.join(
          changed.map(
            (c) =>
              sql`(${c.id}::uuid, ${sql.join(
                c.values.map((v) => sql`${v}::text`),
                sql`, `,
              )})`,
          ),
          sql`, `,
        );
        const sets = columns.map((c) => `${c} = v.${c}`).join(', ');
        await tx.db.execute(
          sql`UPDATE ${sql.raw(spec.table)} AS t SET ${sql.raw(sets)}
              FROM (VALUES ${values}) AS v(id, ${sql.raw(columns.join(', '))}) WHERE t.id = v.id`,
        );
      }
      await tx.db.execute(
        sql`UPDATE key_rotations SET progress = progress || jsonb_build_object(${spec.table}::text, ${scanned}::int)
            WHERE id = ${rotationId}::uuid`,
      );
    });
    options.onProgress?.({ table: spec.table, scanned, moved });
  }
}

/**
 * Re-encrypts every encrypted field (and recomputes its blind index) from the running master key
 * to a new one, in batches that each commit with their progress. Run again after a stop, with the
 * same two keys, it resumes: values the new key already owns are skipped. Audit rows written from
 * here on are sealed with the new key; those before stay checkable by their hash links.
 */
export async function rotateMasterKey(
  ctx: Ctx,
  from: FieldCipher,
  to: FieldCipher,
  options: RotateOptions = {},
): Promise<{ moved: Record<string, number>; resumed: boolean }> {
  if (from.keyId === to.keyId) throw new Error('the new key is the running key');
  const [open] = await ctx.db
    .select()
    .from(keyRotations)
    .where(isNull(keyRotations.finishedAt))
    .limit(1);
  if (open && (open.fromKey !== from.keyId || open.toKey !== to.keyId))
    throw new Error(
      `an unfinished rotation from key ${open.fromKey} to key ${open.toKey} must be finished first, with those keys`,
    );
  const rotationId = open?.id ?? uuidv7(ctx.clock().getTime());
  if (!open)
    await ctx.db.insert(keyRotations).values({
      id: rotationId,
      fromKey: from.keyId,
      toKey: to.keyId,
      startedAt: ctx.clock(),
      progress: {},
    });
  const moved: Record<string, number> = {};
  for (const spec of ENCRYPTED_COLUMNS)
    moved[spec.table] = await rotateTable(ctx, spec, from, to, rotationId, options);
  const under = { ...ctx, cipher: to };
  await transaction(under, async (tx) => {
    await tx.db
      .update(keyRotations)
      .set({ finishedAt: tx.clock() })
      .where(and(eq(keyRotations.id, rotationId), isNull(keyRotations.finishedAt)));
    await appendAudit(tx, {
      action: 'keys.rotate',
      objectType: 'master_key',
      objectId: to.keyId,
      detail: { fromKey: from.keyId, toKey: to.keyId, resumed: Boolean(open), moved },
    });
  });
  return { moved, resumed: Boolean(open) };
}

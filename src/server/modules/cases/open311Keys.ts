import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../../audit/appendAudit.ts';
import { sm3Hex } from '../../crypto/sm3.ts';
import { open311Keys } from '../../db/schema/index.ts';
import { requireActor, transaction, type Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { authorizeInRegion } from './policy.ts';

// Open311 API keys of a county, stored as hashes.
export const hashApiKey = (key: string) => sm3Hex(`open311:${key}`);

export async function createOpen311Key(
  ctx: Ctx,
  body: { name: string; county?: string | undefined },
  fixedKey?: string,
) {
  const actor = requireActor(ctx);
  const county = (
    body.county ??
    actor.grants.find((g) => g.role === 'county_admin')?.regionCode ??
    ''
  ).slice(0, 6);
  const regionCode = county + '000000';
  if (county.length !== 6) throw notFound();
  authorizeInRegion(actor, 'configure', regionCode);
  const key = fixedKey ?? `o311_${crypto.randomBytes(24).toString('base64url')}`;
  return transaction(ctx, async (tx) => {
    const now = tx.clock();
    const id = uuidv7(now.getTime());
    await tx.db.insert(open311Keys).values({
      id,
      regionCode,
      countyCode: county,
      name: body.name,
      keyHash: hashApiKey(key),
      createdBy: actor.username,
      createdAt: now,
    });
    await appendAudit(tx, {
      action: 'cases.open311_key',
      objectType: 'open311_key',
      objectId: id,
      regionCode,
      after: { name: body.name },
    });
    // The key is shown this once; only its hash is kept.
    return { id, name: body.name, county: regionCode, apiKey: key };
  });
}

export async function countyOfApiKey(ctx: Ctx, key: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ countyCode: open311Keys.countyCode })
    .from(open311Keys)
    .where(and(eq(open311Keys.keyHash, hashApiKey(key)), eq(open311Keys.active, true)));
  return row?.countyCode ?? null;
}

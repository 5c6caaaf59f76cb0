import { and, eq, inArray } from 'drizzle-orm';
import { pairings, regions, unionVillages } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';

const invalid = (path: string, message: string) => validationError([{ path, message }]);

/** The pairing or union a new project belongs to, and the villages that implies. */
export interface Belonging {
  unionId: string | null;
  pairingId: string | null;
  unitId: string | null;
  /** The villages the project may serve: the pairing's one, the union's members; null: any. */
  allowed: string[] | null;
}

/** Resolves `unionId` / `pairingId` (one at most), else 400 naming the field. */
export async function belongingOf(
  ctx: Ctx,
  unionId: string | undefined,
  pairingId: string | undefined,
): Promise<Belonging> {
  if (unionId && pairingId)
    throw invalid('body.pairingId', 'a project belongs to a union or a pairing, not both');
  if (pairingId) {
    const [pairing] = await ctx.db
      .select({ unitId: pairings.unitId, village: pairings.villageCode })
      .from(pairings)
      .where(eq(pairings.id, pairingId));
    if (!pairing) throw invalid('body.pairingId', 'no such pairing');
    return { unionId: null, pairingId, unitId: pairing.unitId, allowed: [pairing.village] };
  }
  if (unionId) {
    const members = await ctx.db
      .select({ code: unionVillages.villageCode })
      .from(unionVillages)
      .where(eq(unionVillages.unionId, unionId));
    if (members.length === 0) throw invalid('body.unionId', 'no such union');
    return { unionId, pairingId: null, unitId: null, allowed: members.map((m) => m.code) };
  }
  return { unionId: null, pairingId: null, unitId: null, allowed: null };
}

/**
 * The villages a project serves: listed, or its pairing's or union's; each a village (level) of
 * one county and, with a pairing or union, one of theirs. Else 400 naming the strays.
 */
export async function checkProjectVillages(
  ctx: Ctx,
  listed: readonly string[],
  belonging: Belonging,
): Promise<string[]> {
  const codes = [...new Set(listed.length > 0 ? listed : (belonging.allowed ?? []))].sort();
  if (codes.length === 0) throw invalid('body.villages', 'name at least one village');
  const found = await ctx.db
    .select({ code: regions.code })
    .from(regions)
    .where(and(inArray(regions.code, codes), eq(regions.level, 'village')));
  const strays = codes.filter((c) => !found.some((f) => f.code === c));
  if (strays.length > 0) throw invalid('body.villages', `not villages: ${strays.join(', ')}`);
  if (new Set(codes.map((c) => c.slice(0, 6))).size > 1)
    throw invalid('body.villages', 'the villages lie in one county');
  const allowed = belonging.allowed;
  const outside = allowed ? codes.filter((c) => !allowed.includes(c)) : [];
  if (outside.length > 0)
    throw invalid(
      'body.villages',
      `not villages of the ${belonging.pairingId ? 'pairing' : 'union'}: ${outside.join(', ')}`,
    );
  return codes;
}

/** The region a project's rows are filed under: its village, else their township, else county. */
export function projectRegion(villages: readonly string[]): string {
  const [first = ''] = villages;
  if (villages.every((v) => v === first)) return first;
  if (villages.every((v) => v.slice(0, 9) === first.slice(0, 9))) return `${first.slice(0, 9)}000`;
  return `${first.slice(0, 6)}000000`;
}

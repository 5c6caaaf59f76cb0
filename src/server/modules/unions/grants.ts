import { inArray } from 'drizzle-orm';
import type { RoleGrant } from '../../../domain/access/policy.ts';
import type { Db } from '../../db/client.ts';
import { unionVillages } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadUnionToManage } from './access.ts';

const PREFIX = 'union:';

/**
 * A union cadre's `union:<id>` grant, spread over the union's member villages as the session
 * loads: one grant per village, so every scoped query (directory, cases, obligations, unions) sees
 * exactly those villages and a village that joins or leaves counts from the next request. The
 * stored anchor (the union's region) is never a scope of its own.
 */
export async function spreadUnionGrants(db: Db, grants: RoleGrant[]): Promise<RoleGrant[]> {
  const ids = grants
    .filter((g) => g.scope.startsWith(PREFIX))
    .map((g) => g.scope.slice(PREFIX.length));
  if (ids.length === 0) return grants;
  const members = await db
    .select({ unionId: unionVillages.unionId, code: unionVillages.villageCode })
    .from(unionVillages)
    .where(inArray(unionVillages.unionId, ids))
    .orderBy(unionVillages.villageCode);
  return grants.flatMap((g) =>
    g.scope.startsWith(PREFIX)
      ? members
          .filter((m) => `${PREFIX}${m.unionId}` === g.scope)
          .map((m) => ({ ...g, regionCode: m.code }))
      : [g],
  );
}

/** The region a union belongs to, when the granter manages the union (else 404/403): the grant's anchor. */
export async function unionAnchor(ctx: Ctx, unionId: string): Promise<string> {
  return (await loadUnionToManage(ctx, unionId)).row.regionCode;
}

import { isWithinScope } from '../../../domain/region/regionCode.ts';
import { regions } from '../../db/schema/index.ts';
import { regionRow } from '../../modules/regions/regionRow.ts';
import { insertUnion } from '../../modules/unions/insertUnion.ts';
import type { Ctx } from '../../platform/context.ts';
import { byRole, inside, type Cell, type MatrixEntry, type Target } from '../matrixKit.ts';

// The unions module's rows of the authorization matrix (DESIGN.md §6). The matrix binds
// union_cadre on a township, where the role only submits cases: it reads no union. A cadre granted
// on `union:<id>` is tried in src/server/modules/unions/unions.test.ts.

// One union per village below; a target's union is the last of them inside its region, so a
// township's or county's union lies outside the scopes below it. 410599201201/2 stay free for the
// planning adoption row, and 410599201203 is added for the county's union.
const UNION_VILLAGES = [
  '410599101201',
  '410599101202',
  '410599201203',
  '410598101201',
  '420199101201',
];
const unionOf = new Map<string, string>();
export const villageFor = (region: string): string => {
  const village = UNION_VILLAGES.filter((v) => isWithinScope(v, region)).at(-1);
  if (!village) throw new Error(`no union village in ${region}`);
  return village;
};
export const unionFor = (t: Target): string => unionOf.get(villageFor(t.region)) ?? '';

/** A one-village union (with its 联合党委) for each of the villages above. */
export async function seedUnionTargets(ctx: Ctx): Promise<void> {
  await ctx.db
    .insert(regions)
    .values(regionRow({ code: '410599201203', name: '矩阵联建村' }, ctx.clock()))
    .onConflictDoNothing();
  for (const village of UNION_VILLAGES) {
    const row = await insertUnion(ctx, {
      regionCode: `${village.slice(0, 9)}000`,
      name: `矩阵联建${village}`,
      lead: village,
      members: [village],
      form: 'leadVillage',
      org: { type: 'jointVillageBranch' },
    });
    unionOf.set(village, row.id);
  }
}

const readers = (cell: Cell) => ({
  county_admin: cell,
  township_admin: cell,
  village_cadre: cell,
  auditor: cell,
});
const managers = (cell: Cell) => ({ county_admin: cell, township_admin: cell });

export const unionsMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/unions/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/unions/${unionFor(t)}` }),
    expect: byRole(readers(inside(200))),
  },
  // The target's village is in its union already: a manager gets as far as the conflict.
  'POST /api/v1/unions': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/unions',
      payload: { region: t.region, lead: villageFor(t.region) },
    }),
    expect: byRole(managers(inside(409))),
  },
  'PATCH /api/v1/unions/:id': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: `/api/v1/unions/${unionFor(t)}`,
      payload: { name: `矩阵联建${n}` },
    }),
    expect: byRole(managers(inside(200))),
  },
  'POST /api/v1/unions/:id/villages': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/unions/${unionFor(t)}/villages`,
      payload: { code: villageFor(t.region) },
    }),
    expect: byRole(managers(inside(409))),
  },
  // The lead cannot leave: a manager gets as far as the conflict.
  'DELETE /api/v1/unions/:id/villages/:code': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'DELETE',
      url: `/api/v1/unions/${unionFor(t)}/villages/${villageFor(t.region)}`,
    }),
    expect: byRole(managers(inside(409))),
  },
};

import { pairingPlanItems } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import {
  byRole,
  countyOrTownship,
  everywhere,
  inside,
  items,
  type MatrixEntry,
  type Target,
} from '../matrixKit.ts';

// The pairings' rows of the authorization matrix (DESIGN.md §6): 结对共建 and their work plans.
// Readers in scope see a pairing; county and township admins over its village edit its plan,
// village cadres and auditors read only (403); whoever does not see it gets 404.

/** Each target pairing's one work-plan item (edited by the PATCH row, removed by the DELETE row). */
const ITEM_OF = new Map<string, string>();

/** One plan item for each target's pairing (seeded by seedObligationTargets before this runs). */
export async function seedPairingTargets(ctx: Ctx, targets: Iterable<Target>): Promise<void> {
  const now = ctx.clock();
  for (const target of targets) {
    const id = uuidv7(now.getTime());
    await ctx.db.insert(pairingPlanItems).values({
      id,
      regionCode: target.village,
      countyCode: target.village.slice(0, 6),
      pairingId: target.pairingId,
      part: 'organization',
      title: '矩阵联合主题党日',
      ownerSide: 'unit',
      createdBy: target.accountId,
      createdAt: now,
      updatedAt: now,
    });
    ITEM_OF.set(target.pairingId, id);
  }
}

const itemUrl = (t: Target) =>
  `/api/v1/pairings/${t.pairingId}/plan-items/${ITEM_OF.get(t.pairingId) ?? ''}`;

export const pairingsMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/obligations/pairings': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/obligations/pairings?region=${t.village}&pageSize=200`,
      listed: (b) => items(b).some((i) => i.id === t.pairingId),
    }),
    expect: byRole(
      {
        county_admin: inside('listed', 'hidden'),
        township_admin: inside('listed', 'hidden'),
        village_cadre: inside('listed', 'hidden'),
        auditor: inside('listed', 'hidden'),
      },
      everywhere('hidden'),
    ),
  },
  'GET /api/v1/pairings/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/pairings/${t.pairingId}` }),
    expect: byRole(
      {
        county_admin: inside(200),
        township_admin: inside(200),
        village_cadre: inside(200),
        auditor: inside(200),
      },
      everywhere(404),
    ),
  },
  'POST /api/v1/pairings/:id/plan-items': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: `/api/v1/pairings/${t.pairingId}/plan-items`,
      payload: { part: 'team', title: `矩阵事项${n}`, ownerSide: 'village', dueOn: '2026-12-31' },
    }),
    expect: countyOrTownship(201),
  },
  'PATCH /api/v1/pairings/:id/plan-items/:itemId': {
    unauthenticated: 401,
    request: (t, n) => ({ method: 'PATCH', url: itemUrl(t), payload: { title: `矩阵改${n}` } }),
    expect: countyOrTownship(200),
  },
  // Only the planner whose own scope holds the target removes its item, once; the others are
  // refused on the pairing (403/404) before the item is looked up.
  'DELETE /api/v1/pairings/:id/plan-items/:itemId': {
    unauthenticated: 401,
    request: (t) => ({ method: 'DELETE', url: itemUrl(t) }),
    expect: countyOrTownship(204),
  },
};

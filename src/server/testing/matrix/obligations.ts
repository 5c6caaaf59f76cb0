import { presetRules } from '../../../domain/obligations/rules.ts';
import { activities, activityEvidence, obligationRules, pairings } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';
import { allRoles, byRole, everywhere, inside, items, readers } from '../matrixKit.ts';
import type { Cell, MatrixEntry, Target } from '../matrixKit.ts';

// The obligations module's rows of the authorization matrix (DESIGN.md §6).
const COUNTY = '410599';
let RULE_ID = '';
// Each target activity's evidence file (the matrix's Target has no slot for it).
const EVIDENCE = new Map<string, string>();

/** A pairing in each target's village with one recorded activity, and the county's stored rules. */
export async function seedObligationTargets(ctx: Ctx, targets: Iterable<Target>): Promise<void> {
  const now = ctx.clock();
  for (const target of targets) {
    const pairingId = uuidv7(now.getTime());
    await ctx.db.insert(pairings).values({
      id: pairingId,
      regionCode: target.village,
      countyCode: target.village.slice(0, 6),
      unitId: target.unitId,
      villageCode: target.village,
      periodStart: '2026-01-01',
      periodEnd: null,
      leaderPersonId: null,
      createdAt: now,
    });
    const activityId = uuidv7(now.getTime());
    await ctx.db.insert(activities).values({
      id: activityId,
      regionCode: target.village,
      countyCode: target.village.slice(0, 6),
      subjectKind: 'pairing',
      subjectId: pairingId,
      activityType: 'labourDay',
      occurredOn: '2026-10-10',
      title: '矩阵集中劳动',
      participantIds: [],
      householdIds: [],
      recordedBy: target.accountId,
      createdAt: now,
    });
    const evidenceId = uuidv7(now.getTime());
    await ctx.db.insert(activityEvidence).values({
      id: evidenceId,
      regionCode: target.village,
      countyCode: target.village.slice(0, 6),
      activityId,
      name: '矩阵.pdf',
      contentType: 'application/pdf',
      size: 9,
      sha256: '0'.repeat(64),
      data: Buffer.from('%PDF-1.4\n'),
      uploadedBy: target.accountId,
      createdAt: now,
    });
    EVIDENCE.set(activityId, evidenceId);
    Object.assign(target, { pairingId, activityId });
  }
  const rules = presetRules().map((r) => ({
    ...r,
    id: uuidv7(now.getTime()),
    regionCode: `${COUNTY}000000`,
    countyCode: COUNTY,
    updatedAt: now,
  }));
  await ctx.db.insert(obligationRules).values(rules);
  RULE_ID = rules[0]?.id ?? '';
}

// A county's rules are read by anyone with a reading grant in that county.
const sameCounty: Cell = { own: 200, sibling: 200, parent: 200, otherCounty: 404 };

export const obligationsMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/obligations/rules': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/obligations/rules?county=${t.region}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: sameCounty,
      village_cadre: sameCounty,
      auditor: inside(200),
    }),
  },
  'POST /api/v1/obligations/rules/presets': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/obligations/rules/presets?county=${t.region}`,
    }),
    expect: byRole({ county_admin: inside(200) }),
  },
  'POST /api/v1/obligations/rules': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: `/api/v1/obligations/rules?county=${t.region}`,
      payload: {
        code: `matrix.rule${n}`,
        name: '矩阵规则',
        subjectKind: 'pairing',
        activityType: 'labourDay',
        every: 'month',
        atLeast: 1,
        startsOn: '2026-01-01',
      },
    }),
    expect: byRole({ county_admin: inside(201) }),
  },
  'PATCH /api/v1/obligations/rules/:id': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: `/api/v1/obligations/rules/${RULE_ID}?county=${t.region}`,
      payload: { atLeast: 1 + (n % 2) },
    }),
    expect: byRole({ county_admin: inside(200) }),
  },
  'GET /api/v1/activities': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: '/api/v1/activities?pageSize=200',
      listed: (b) => items(b).some((i) => i.id === t.activityId),
    }),
    expect: byRole(readers(inside('listed', 'hidden')), everywhere('hidden')),
  },
  'POST /api/v1/activities': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/activities',
      payload: {
        subjectKind: 'pairing',
        subjectId: t.pairingId,
        activityType: 'labourDay',
        occurredOn: '2026-11-01',
        title: `矩阵劳动${n}`,
      },
    }),
    expect: byRole(
      {
        county_admin: inside(201),
        township_admin: inside(201),
        village_cadre: inside(201),
        auditor: inside(403),
      },
      everywhere(404),
    ),
  },
  'GET /api/v1/activities/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/activities/${t.activityId}` }),
    expect: byRole(readers(inside(200)), everywhere(404)),
  },
  // A JSON body is no file: refused before anyone's scope is looked at (module tests cover who may).
  'POST /api/v1/activities/:id/evidence': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/activities/${t.activityId}/evidence?name=a.png`,
      payload: { not: 'a file' },
    }),
    expect: allRoles(everywhere(415)),
  },
  'GET /api/v1/activities/:id/evidence/:evidenceId': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/activities/${t.activityId}/evidence/${EVIDENCE.get(t.activityId)}`,
    }),
    expect: byRole(readers(inside(200)), everywhere(404)),
  },
  'GET /api/v1/obligations/board': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/obligations/board?region=${t.region}` }),
    expect: byRole(readers(inside(200))),
  },
  'GET /api/v1/obligations/subjects/:kind/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/obligations/subjects/pairing/${t.pairingId}` }),
    expect: byRole(readers(inside(200)), everywhere(404)),
  },
  'GET /api/v1/obligations/mine': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/v1/obligations/mine' }),
    expect: allRoles(everywhere(200)),
  },
};

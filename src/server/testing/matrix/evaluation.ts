import { and, eq } from 'drizzle-orm';
import { tenStarHousehold } from '../../../domain/evaluation/presets/tenStarHousehold.ts';
import { evaluations } from '../../db/schema/index.ts';
import { openRound } from '../../modules/evaluation/rounds.ts';
import { createScheme, listSchemes } from '../../modules/evaluation/schemes.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import {
  byRole,
  everywhere,
  inside,
  listedBy,
  MATRIX_COUNTY,
  NO_SUCH,
  publicPage,
  evaluationReaders as readingEvaluations,
  row,
  writers,
} from '../matrixKit.ts';
import type { Cell, MatrixEntry, Outcome, Target } from '../matrixKit.ts';

// The evaluation module's rows of the authorization matrix (评星 rounds, claims, decisions, notices).
// The schemes the rows name, known once seeded.
const schemes = { preset: '', county: '' };

/** A 十星级文明户 round per target region (and the target household's evaluation in it), and a county's own scheme. */
export async function seedEvaluationTargets(ctx: Ctx, targets: Iterable<Target>): Promise<void> {
  schemes.preset =
    (await listSchemes(ctx)).items.find((s) => s.key === 'ten-star-household')?.id ?? '';
  for (const target of targets) {
    const round = await openRound(ctx, {
      schemeId: schemes.preset,
      regionCode: target.region,
      period: '2026',
    });
    const [evaluation] = await ctx.db
      .select({ id: evaluations.id })
      .from(evaluations)
      .where(and(eq(evaluations.roundId, round.id), eq(evaluations.subjectId, target.householdId)));
    Object.assign(target, { roundId: round.id, evaluationId: evaluation?.id ?? '' });
  }
  const countyAdmin = {
    ...requireActor(ctx),
    grants: [{ role: 'county_admin' as const, scope: MATRIX_COUNTY, regionCode: MATRIX_COUNTY }],
  };
  schemes.county = (
    await createScheme(
      { ...ctx, actor: countyAdmin },
      { definition: { ...tenStarHousehold, key: 'matrix-county' } },
    )
  ).id;
}

// Evaluation rounds reach down: a round opened above the actor's scope is visible (their own subjects in it).
const roundCell = (outcome: Outcome, hidden: Outcome): Cell => ({
  own: outcome,
  sibling: hidden,
  parent: outcome,
  otherCounty: hidden,
});
const evaluationReaders = (cell: Cell) => byRole(readingEvaluations(cell));
const county = (cell: Cell) => byRole({ county_admin: cell });
const claimers = (cell: Cell) =>
  byRole({ village_cadre: cell, party_member: cell, group_leader: cell, villager: cell });
const url = (path: string) => () => `/api/v1/evaluation/${path}`;
const ofEvaluation =
  (path = '') =>
  (t: Target) =>
    `/api/v1/evaluation/evaluations/${t.evaluationId}${path}`;
const ofRound =
  (path = '') =>
  (t: Target) =>
    `/api/v1/evaluation/rounds/${t.roundId}${path}`;

export const evaluationMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/evaluation/schemes': row(
    { url: url('schemes'), targetless: true },
    evaluationReaders(everywhere(200)),
  ),
  'GET /api/v1/evaluation/schemes/:id': row(
    { url: () => `/api/v1/evaluation/schemes/${schemes.preset}`, targetless: true },
    evaluationReaders(everywhere(200)),
  ),
  'POST /api/v1/evaluation/schemes': row(
    {
      method: 'POST',
      url: url('schemes'),
      targetless: true,
      payload: (_t, n) => ({ copyOf: schemes.preset, key: `matrix-${n}`, name: '矩阵方案' }),
    },
    county(everywhere(201)),
  ),
  'PUT /api/v1/evaluation/schemes/:id': row(
    {
      method: 'PUT',
      url: () => `/api/v1/evaluation/schemes/${schemes.county}`,
      targetless: true,
      payload: (_t, n) => ({
        definition: { ...tenStarHousehold, key: 'matrix-county', noticeDays: 1 + (n % 20) },
      }),
    },
    county(everywhere(200)),
  ),
  'GET /api/v1/evaluation/rounds': row(
    {
      url: url('rounds'),
      listed: listedBy('id', 'roundId'),
    },
    evaluationReaders(roundCell('listed', 'hidden')),
  ),
  'POST /api/v1/evaluation/rounds': row(
    {
      method: 'POST',
      url: url('rounds'),
      payload: (t, n) => ({
        schemeId: schemes.preset,
        regionCode: t.region,
        period: String(3000 + n),
      }),
    },
    county(inside(201)),
  ),
  'GET /api/v1/evaluation/rounds/:id': row(
    { url: ofRound() },
    evaluationReaders(roundCell(200, 404)),
  ),
  'GET /api/v1/evaluation/rounds/:id/report': row(
    { url: ofRound('/report') },
    evaluationReaders(inside(200)),
  ),
  'GET /api/v1/evaluation/rounds/:id/export': row(
    { url: ofRound('/export') },
    evaluationReaders(inside(200)),
  ),
  'GET /api/v1/evaluation/rounds/:id/certificates': row(
    { url: ofRound('/certificates') },
    evaluationReaders(inside(200)),
  ),
  'GET /api/v1/evaluation/evaluations/:id': row(
    { url: ofEvaluation() },
    evaluationReaders(inside(200)),
  ),
  'GET /api/v1/evaluation/mine': row(
    { url: url('mine'), targetless: true },
    claimers(everywhere(200)),
  ),
  // The village cadre may enter a household's claim (once: then it is under review); the villager's
  // own household is not the target's, so they are refused.
  'POST /api/v1/evaluation/evaluations/:id/claim': row(
    {
      method: 'POST',
      url: ofEvaluation('/claim'),
      payload: () => ({ stars: ['lovesParty'], answers: { lovesParty: { done: true } } }),
    },
    byRole({
      village_cadre: inside(200),
      party_member: inside(403),
      group_leader: inside(403),
      villager: inside(403),
    }),
  ),
  // Without a file: claimers are told 415 (send the image or PDF), everyone else 403.
  'POST /api/v1/evaluation/evaluations/:id/evidence': row(
    {
      method: 'POST',
      url: url(`evaluations/${NO_SUCH}/evidence?name=x.png`),
      targetless: true,
    },
    claimers(everywhere(415)),
  ),
  'GET /api/v1/evaluation/evidence/:id': row(
    { url: url(`evidence/${NO_SUCH}`), targetless: true },
    evaluationReaders(everywhere(404)),
  ),
  // Nothing is under review when the county and township admins try; the village cadre's own claim
  // stands by then, but 小组评星 is the group leader's step, not theirs; and the household is not
  // on the matrix group leader's grid (groupRule.ts), so theirs neither.
  'POST /api/v1/evaluation/evaluations/:id/decisions': row(
    {
      method: 'POST',
      url: ofEvaluation('/decisions'),
      payload: () => ({ step: 'groupReview', outcome: 'approve', stars: [] }),
    },
    byRole({
      county_admin: inside(409),
      township_admin: inside(409),
      village_cadre: inside(403),
      group_leader: inside(403),
    }),
  ),
  'POST /api/v1/evaluation/evaluations/:id/award': row(
    { method: 'POST', url: ofEvaluation('/award') },
    byRole({ ...writers(inside(409)), group_leader: inside(409) }),
  ),
  'POST /api/v1/evaluation/evaluations/:id/objections': row(
    {
      method: 'POST',
      url: ofEvaluation('/objections'),
      payload: () => ({ text: '矩阵测试的异议内容' }),
    },
    byRole({ party_member: inside(409), group_leader: inside(409), villager: inside(409) }),
  ),
  'POST /api/v1/evaluation/objections/:id/answer': row(
    {
      method: 'POST',
      url: url(`objections/${NO_SUCH}/answer`),
      targetless: true,
      payload: () => ({ answer: '已核实', upheld: false }),
    },
    byRole({ ...writers(everywhere(404)), group_leader: everywhere(404) }),
  ),
  'POST /api/v1/evaluation/evaluations/:id/vetoes': row(
    {
      method: 'POST',
      url: ofEvaluation('/vetoes'),
      payload: () => ({ vetoKey: 'crime', description: '矩阵测试' }),
    },
    byRole({ ...writers(inside(409)), group_leader: inside(409) }),
  ),
  'POST /api/v1/evaluation/vetoes/:id/decision': row(
    {
      method: 'POST',
      url: url(`vetoes/${NO_SUCH}/decision`),
      targetless: true,
      payload: () => ({ remove: true }),
    },
    byRole({ ...writers(everywhere(404)), group_leader: everywhere(404) }),
  ),
  'GET /api/v1/evaluation/progress': row(
    {
      url: (t) =>
        `/api/v1/evaluation/progress?region=${t.region}&scheme=ten-star-household&period=2026`,
    },
    evaluationReaders(inside(200)),
  ),
  'PUT /api/v1/evaluation/targets': row(
    {
      method: 'PUT',
      url: url('targets'),
      payload: (t, n) => ({
        regionCode: t.region,
        schemeKey: 'ten-star-household',
        period: '2026',
        measure: 'shareAtLeast',
        level: 8,
        value: n % 100,
      }),
    },
    county(inside(200)),
  ),
  'PUT /api/v1/evaluation/settings': row(
    {
      method: 'PUT',
      url: url('settings'),
      targetless: true,
      payload: (_t, n) => ({ countyCode: MATRIX_COUNTY, rankingsEnabled: n % 2 === 0 }),
    },
    county(everywhere(200)),
  ),
  'GET /api/v1/public/notices': publicPage('/api/v1/public/notices'),
  'GET /notice': publicPage('/notice'),
  'GET /notice/:id': publicPage(`/notice/${NO_SUCH}`),
};

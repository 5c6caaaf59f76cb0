import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESET_SCHEMES } from '../../../domain/evaluation/presets/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import {
  decision,
  json,
  type Res,
  unchangedBy as unchangedIn,
} from '../../testing/evaluationKit.ts';

// The demo seed's rounds, and a 十星级文明户 round where villagers claim for their own household.
const VILLAGE1 = '410599100200';

const t = useTestApp({}, { directory: true }, 180_000);
let county: Session;
let township: Session;
let village1: Session;
let villager: Session;
let subject = '';

const decideAs = (s: Session, step: string, stars: string[], outcome?: string) =>
  decision(t, s, subject, step, stars, outcome);
const unchangedBy = (request: () => Promise<Res>, status: number) =>
  unchangedIn(t, request, status);

/** Moves the clock on; sessions idle out meanwhile, so everyone logs in again. */
async function daysLater(days: number) {
  t.clock.advanceMinutes(days * 24 * 60);
  [county, township, village1, villager] = (await Promise.all(
    ['county', 'township', 'village1', 'villager'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session, Session];
}

beforeAll(async () => {
  [county, township, village1, villager] = (await Promise.all(
    ['county', 'township', 'village1', 'villager'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session, Session];
}, 180_000);

describe('the demo seed', () => {
  it('ran a county-wide 五星 round and a 十星级文明户 round to the award, leaving 振兴村 and the demo household to claim', async () => {
    const rounds = json(await call(t.app, county, 'GET', '/api/v1/evaluation/rounds')).items;
    const five = rounds.find(
      (r) => r.schemeKey === 'five-star-branch-rural' && r.period === '2026',
    );
    const ten = rounds.find((r) => r.schemeKey === 'ten-star-household' && r.period === '2026');
    expect(five).toMatchObject({ regionCode: '410599000000' });
    expect(ten).toMatchObject({ regionCode: VILLAGE1 });
    expect(five?.awarded).toBe(Number(five?.subjects) - 1);
    expect(ten?.awarded).toBe(Number(ten?.subjects) - 1);
    const p = json(
      await call(
        t.app,
        county,
        'GET',
        '/api/v1/evaluation/progress?region=410599000000&scheme=five-star-branch-rural&period=2026',
      ),
    );
    expect((p.byLevel as number[]).slice(3).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const board = json(
      await call(t.app, village1, 'GET', `/api/v1/evaluation/rounds/${String(five?.id)}`),
    ).items;
    expect(board).toEqual([
      expect.objectContaining({ regionCode: VILLAGE1, stage: 'claiming', waiting: 'claim' }),
    ]);
  });

  it('opened a round of every preset, each with its subjects: 小区 for 五有 and 八有, households for 十大文明家庭', async () => {
    const rounds = json(await call(t.app, county, 'GET', '/api/v1/evaluation/rounds')).items;
    const thisYear = rounds.filter((r) => r.period === '2026');
    for (const preset of PRESET_SCHEMES) {
      const round = thisYear.find((r) => r.schemeKey === preset.key);
      expect(round, preset.key).toBeDefined();
      expect(Number(round?.subjects), preset.key).toBeGreaterThan(0);
    }
    const boardOf = async (key: string) => {
      const id = thisYear.find((r) => r.schemeKey === key)?.id;
      return json(await call(t.app, county, 'GET', `/api/v1/evaluation/rounds/${String(id)}`));
    };
    for (const key of ['five-haves', 'eight-haves']) {
      const board = await boardOf(key);
      expect(new Set(board.items.map((i) => i.subjectType)), key).toEqual(new Set(['compound']));
    }
    // 书记星级: one secretary per village — its own organization's, not the township's or a sub-branch's
    const secretaries = (await boardOf('secretary-stars')).items.map((i) => String(i.regionCode));
    expect(secretaries.every((code) => !code.endsWith('000'))).toBe(true);
    expect(new Set(secretaries).size).toBe(secretaries.length);
    const families = await boardOf('top-ten-families');
    expect(families.items.every((i) => i.subjectType === 'household')).toBe(true);
    expect(families.items.every((i) => String(i.subjectName).endsWith('户'))).toBe(true);
    const persons = (await boardOf('top-ten-selections')) as {
      scheme?: { stars: { name: string }[] };
    };
    expect(persons.scheme?.stars.map((x) => x.name)).not.toContain('十大文明家庭');
    expect(persons.scheme?.stars.length).toBe(4);
  });
});

describe('a 十星级文明户 round', () => {
  it('lets a villager claim only their own household; the group leader, then the village committee decide', async () => {
    const schemes = json(await call(t.app, county, 'GET', '/api/v1/evaluation/schemes')).items;
    const tenStar = String(schemes.find((s) => s.key === 'ten-star-household')?.id);
    const opened = await call(t.app, county, 'POST', '/api/v1/evaluation/rounds', {
      payload: { schemeId: tenStar, regionCode: VILLAGE1, period: '2025' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const mine = json(await call(t.app, villager, 'GET', '/api/v1/evaluation/mine')).items;
    expect(mine.map((m) => (m.round as { period: string }).period).sort()).toEqual([
      '2025',
      '2026',
    ]); // the demo seed's round and this one
    const own = String(mine.find((m) => (m.round as { period: string }).period === '2025')?.id);
    // A party member lives in the village too: the page of their own household's stars opens.
    const member = await login(t.app, 'member');
    const memberMine = await call(t.app, member, 'GET', '/api/v1/evaluation/mine');
    expect(memberMine.statusCode, memberMine.body).toBe(200);
    expect(json(memberMine).items.length).toBeGreaterThan(0);
    // …and claims for that household in the new round (认星), as a villager would.
    const memberOwn = json(memberMine).items.find(
      (m) => (m.round as { period: string }).period === '2025',
    );
    expect(memberOwn, 'the member’s household is in the new round').toBeTruthy();
    const memberClaim = await call(
      t.app,
      member,
      'POST',
      `/api/v1/evaluation/evaluations/${String(memberOwn?.id)}/claim`,
      { payload: { stars: ['lovesParty'], answers: { lovesParty: { done: true } } } },
    );
    expect(memberClaim.statusCode, memberClaim.body).toBe(200);
    const board = json(
      await call(t.app, village1, 'GET', `/api/v1/evaluation/rounds/${String(json(opened).id)}`),
    ).items;
    const neighbour = String(board.find((i) => i.id !== own)?.id);
    await unchangedBy(
      () =>
        call(t.app, villager, 'POST', `/api/v1/evaluation/evaluations/${neighbour}/claim`, {
          payload: { stars: ['lovesParty'] },
        }),
      403,
    );
    await unchangedBy(
      () => call(t.app, villager, 'GET', `/api/v1/evaluation/evaluations/${own}`),
      403,
    );
    const stars = PRESET_SCHEMES[2]?.stars.map((s) => s.key) ?? [];
    const claim = await call(
      t.app,
      villager,
      'POST',
      `/api/v1/evaluation/evaluations/${own}/claim`,
      { payload: { stars, answers: Object.fromEntries(stars.map((k) => [k, { done: true }])) } },
    );
    expect(claim.statusCode, claim.body).toBe(200);
    subject = own;
    await unchangedBy(() => decideAs(village1, 'committeeDecision', stars), 409);
    await unchangedBy(() => decideAs(township, 'groupReview', stars), 403);
    // 小组评星 is the household's group leader's step (振兴村: its street's 包街干部), not the
    // committee's, which decides next (两委定星).
    await unchangedBy(() => decideAs(village1, 'groupReview', stars), 403);
    // a household of another grid, its claim entered by the village cadre
    const roundId = String(json(opened).id);
    const elsewhere = (
      (await t.deps.database.db.execute(
        sql`SELECT e.id FROM evaluations e JOIN households h ON h.id = e.subject_id WHERE e.round_id = ${roundId} AND h.grid_id IS DISTINCT FROM (SELECT h2.grid_id FROM households h2 JOIN evaluations e2 ON e2.subject_id = h2.id WHERE e2.id = ${own}) ORDER BY e.id LIMIT 1`,
      )) as unknown as { rows: { id: string }[] }
    ).rows[0]?.id;
    if (!elsewhere) throw new Error('振兴村 has households on more than one street');
    const entered = await call(
      t.app,
      village1,
      'POST',
      `/api/v1/evaluation/evaluations/${elsewhere}/claim`,
      { payload: { stars: ['lovesParty'], answers: { lovesParty: { done: true } } } },
    );
    expect(entered.statusCode, entered.body).toBe(200);
    const leader = await login(t.app, 'leader');
    const leaderBoard = json(
      await call(t.app, leader, 'GET', `/api/v1/evaluation/rounds/${String(json(opened).id)}`),
    ).items;
    expect(leaderBoard.find((i) => i.id === own)?.waiting).toBe('decide:groupReview');
    const todo = json(await call(t.app, leader, 'GET', '/api/v1/me/todo')) as unknown as {
      groups: { kind: string; items: { id: string; count: number }[] }[];
    };
    const decide = todo.groups
      .find((g) => g.kind === 'evaluations')
      ?.items.find((i) => i.id === `${String(json(opened).id)}:decide`);
    // only the households of the leader's own grid wait for them, not the member's claim elsewhere
    const onGrid = leaderBoard.filter((i) => i.waiting === 'decide:groupReview').length;
    expect(decide?.count).toBe(onGrid);
    expect(leaderBoard.find((i) => i.id === elsewhere)?.waiting).toBeNull();
    expect(leaderBoard.filter((i) => i.stage === 'review').length).toBeGreaterThan(onGrid);
    await unchangedBy(
      () =>
        call(t.app, leader, 'POST', `/api/v1/evaluation/evaluations/${elsewhere}/decisions`, {
          payload: {
            step: 'groupReview',
            outcome: 'approve',
            stars: [{ key: 'lovesParty', granted: true, comment: '' }],
          },
        }),
      403,
    );
    const group = await call(
      t.app,
      leader,
      'POST',
      `/api/v1/evaluation/evaluations/${own}/decisions`,
      {
        payload: {
          step: 'groupReview',
          outcome: 'approve',
          stars: stars.map((key) => ({
            key,
            granted: key !== 'learning',
            comment: key === 'learning' ? '子女辍学' : '',
          })),
        },
      },
    );
    expect(json(group)).toMatchObject({ stage: 'review', level: 9 });
    const committee = await decideAs(
      village1,
      'committeeDecision',
      stars.filter((k) => k !== 'learning'),
    );
    expect(json(committee)).toMatchObject({ stage: 'notice', level: 9 });
    await daysLater(8);
    const awarded = await call(
      t.app,
      village1,
      'POST',
      `/api/v1/evaluation/evaluations/${own}/award`,
    );
    expect(json(awarded)).toMatchObject({ stage: 'awarded', level: 9 });
  });
});

import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRESET_SCHEMES } from '../../../domain/evaluation/presets/index.ts';
import { regions } from '../../db/schema/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import {
  CITY_ADMIN_PASSWORD,
  createCityAdmin,
  decision,
  json,
  type Res,
  unchangedBy as unchangedIn,
} from '../../testing/evaluationKit.ts';

// Schemes and a 五星支部 round of the township, from opening to 摘星, the notice and the reports.
const TOWNSHIP = '410599100000';
const VILLAGE1 = '410599100200';
const ALL_FIVE = [
  'strongBranch',
  'prosperousIndustry',
  'livableEcology',
  'safeLawful',
  'civilizedHappy',
];
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

const t = useTestApp({}, { directory: true }, 180_000);
let county: Session;
let township: Session;
let village1: Session;
let village2: Session;
let villager: Session;
let city: Session;
let schemeId = '';
let roundId = '';
let subject = '';

const detail = async (id: string) =>
  json(await call(t.app, county, 'GET', `/api/v1/evaluation/evaluations/${id}`));
const decideAs = (s: Session, step: string, stars: string[], outcome?: string) =>
  decision(t, s, subject, step, stars, outcome);
const unchangedBy = (request: () => Promise<Res>, status: number) =>
  unchangedIn(t, request, status);
/** `s` uploads a file as evidence of the subject's evaluation. */
const upload = (s: Session, name: string, contentType: string, payload: Buffer | string) =>
  call(
    t.app,
    s,
    'POST',
    `/api/v1/evaluation/evaluations/${subject}/evidence?name=${encodeURIComponent(name)}`,
    { payload, headers: { 'content-type': contentType } },
  );
/** A write refused with `status` that leaves the database as it was. */
const refused = (
  s: Session,
  method: 'POST' | 'PUT',
  url: string,
  status: number,
  payload?: unknown,
) =>
  unchangedBy(() => call(t.app, s, method, url, payload === undefined ? {} : { payload }), status);

/** Moves the clock on; sessions idle out meanwhile, so everyone logs in again. */
async function logInAll() {
  [county, township, village1, village2, villager] = (await Promise.all(
    ['county', 'township', 'village1', 'village2', 'villager'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session, Session, Session];
  city = await login(t.app, 'city-admin', CITY_ADMIN_PASSWORD);
}

async function daysLater(days: number) {
  t.clock.advanceMinutes(days * 24 * 60);
  await logInAll();
}

beforeAll(async () => {
  // 市委组织部: the city decides five stars (安阳).
  await createCityAdmin(t);
  await logInAll();
}, 180_000);

describe('evaluation schemes', () => {
  it('lists every preset key of the contract with name and subject type', async () => {
    const res = await call(t.app, village1, 'GET', '/api/v1/evaluation/schemes');
    expect(res.statusCode).toBe(200);
    const items = json(res).items;
    for (const preset of PRESET_SCHEMES)
      expect(items).toContainEqual(
        expect.objectContaining({
          key: preset.key,
          name: preset.name,
          subjectType: preset.subjectType,
          isPreset: true,
        }),
      );
    schemeId = String(items.find((i) => i.key === 'five-star-branch-rural')?.id);
  });

  it('refuses to edit a preset, and a broken scheme, with nothing written', async () => {
    const preset = PRESET_SCHEMES[0];
    await refused(county, 'PUT', `/api/v1/evaluation/schemes/${schemeId}`, 409, {
      definition: preset,
    });
    await refused(county, 'POST', '/api/v1/evaluation/schemes', 400, {
      definition: {
        ...preset,
        key: 'broken',
        levelRule: { requiredStar: 'ghost', requiredFromLevel: 3 },
      },
    });
    await refused(county, 'POST', '/api/v1/evaluation/schemes', 400, {
      definition: {
        ...preset,
        key: 'hollow',
        stars: preset?.stars.map((s, i) => (i === 0 ? { ...s, criteria: [] } : s)),
      },
    });
    await refused(township, 'POST', '/api/v1/evaluation/schemes', 403, {
      copyOf: schemeId,
      key: 'mine',
      name: '我的方案',
    });
  });
});

describe('a 五星支部 round end to end', () => {
  it('opens a round for the township with each village’s own party organization', async () => {
    const res = await call(t.app, county, 'POST', '/api/v1/evaluation/rounds', {
      payload: { schemeId, regionCode: TOWNSHIP, period: '2025' },
    });
    expect(res.statusCode, res.body).toBe(201);
    roundId = String(json(res).id);
    expect(json(res).subjects).toBeGreaterThan(1);
    await refused(county, 'POST', '/api/v1/evaluation/rounds', 409, {
      schemeId,
      regionCode: TOWNSHIP,
      period: '2025',
    });
    await refused(township, 'POST', '/api/v1/evaluation/rounds', 403, {
      schemeId,
      regionCode: TOWNSHIP,
      period: '2027',
    });
    const boardRes = await call(t.app, village1, 'GET', `/api/v1/evaluation/rounds/${roundId}`);
    expect(boardRes.statusCode, boardRes.body).toBe(200);
    const board = json(boardRes);
    const mine = board.items as { id: string; regionCode: string; waiting: string | null }[];
    expect(mine.every((i) => i.regionCode === VILLAGE1)).toBe(true);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.waiting).toBe('claim');
    subject = mine[0]?.id ?? '';
  });

  it('refuses claims and evidence outside the subject’s scope, of the wrong type or too large', async () => {
    await refused(village2, 'POST', `/api/v1/evaluation/evaluations/${subject}/claim`, 404, {
      stars: ALL_FIVE,
    });
    await unchangedBy(() => upload(village2, 'x.png', 'image/png', PNG), 404);
    await unchangedBy(() => upload(village1, 'x.txt', 'text/plain', 'hello'), 415);
    await unchangedBy(
      () => upload(village1, 'x.png', 'image/png', Buffer.from('MZ this is no image')),
      415,
    );
    await unchangedBy(
      () =>
        upload(
          village1,
          'big.pdf',
          'application/pdf',
          Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024)]),
        ),
      413,
    );
    await refused(village1, 'POST', `/api/v1/evaluation/evaluations/${subject}/claim`, 400, {
      stars: ['ghostStar'],
    });
    await refused(village1, 'POST', `/api/v1/evaluation/evaluations/${subject}/claim`, 400, {
      stars: ALL_FIVE,
      metrics: { partyMembers: { value: 100 } },
    });
    // deciding before anything was claimed is out of order
    await unchangedBy(() => decideAs(township, 'townshipReview', []), 409);
  });

  it('takes a claim with evidence (认星)', async () => {
    const up = await upload(village1, '集体收入账.png', 'image/png', PNG);
    expect(up.statusCode, up.body).toBe(201);
    const evidenceId = String(json(up).id);
    const claim = await call(
      t.app,
      village1,
      'POST',
      `/api/v1/evaluation/evaluations/${subject}/claim`,
      {
        payload: {
          stars: ALL_FIVE,
          answers: {
            teamComplete: { done: true },
            leadingIndustry: { done: true },
            environment: { done: true, evidenceIds: [evidenceId] },
          },
          metrics: {
            collectiveIncome: { value: 32, evidenceIds: [evidenceId] },
            criminalCasesYear: { value: 0 },
            disputeResolutionRate: { value: 97 },
            petitionsYear: { value: 0 },
            redWhiteViolations: { value: 0 },
          },
        },
      },
    );
    expect(claim.statusCode, claim.body).toBe(200);
    expect(json(claim)).toMatchObject({ stage: 'review', level: 5 });
    await refused(village1, 'POST', `/api/v1/evaluation/evaluations/${subject}/claim`, 409, {
      stars: ALL_FIVE,
    });
  });

  it('decides star by star in the configured order and by the configured role only', async () => {
    await unchangedBy(() => decideAs(county, 'townshipReview', ALL_FIVE), 403);
    await unchangedBy(() => decideAs(village1, 'townshipReview', ALL_FIVE), 403);
    await unchangedBy(() => decideAs(county, 'countyReview', ALL_FIVE), 409);
    await unchangedBy(() => decideAs(township, 'townshipReview', ALL_FIVE.slice(0, 3)), 400);
    const first = await decideAs(township, 'townshipReview', ALL_FIVE);
    expect(first.statusCode, first.body).toBe(200);
    await unchangedBy(() => decideAs(township, 'townshipReview', ALL_FIVE), 409);
    expect((await decideAs(county, 'countyReview', ALL_FIVE)).statusCode).toBe(200);
    await unchangedBy(() => decideAs(county, 'cityDecision', ALL_FIVE), 403);
    const last = await decideAs(city, 'cityDecision', ALL_FIVE);
    expect(last.statusCode, last.body).toBe(200);
    expect(json(last)).toMatchObject({ stage: 'notice', level: 5 });
    const d = await detail(subject);
    const decisions = d.decisions as {
      stepKey: string;
      metrics: {
        key: string;
        value: number | null;
        source: string;
        sources: { kind: string; label: string }[];
      }[];
    }[];
    expect(decisions.map((x) => x.stepKey)).toEqual([
      'townshipReview',
      'countyReview',
      'cityDecision',
    ]);
    const coverage = decisions[0]?.metrics.find((m) => m.key === 'contactCoverage');
    expect(coverage?.source).toBe('directory');
    expect(coverage?.sources[0]?.kind).toBe('responsibilityCoverage');
    // The demo village's income ledger holds the round's year (2025): the record wins over the 32
    // entered with evidence (figures from records, never typed), and it is that year's, not the
    // clock's (2026 holds more).
    const ledger = await call(t.app, village1, 'GET', '/api/v1/economy/ledger?year=2025');
    const thisYear = await call(t.app, village1, 'GET', '/api/v1/economy/ledger');
    expect(json(thisYear).totalFen).not.toBe(json(ledger).totalFen);
    expect(decisions[0]?.metrics.find((m) => m.key === 'collectiveIncome')).toMatchObject({
      value: Math.round(Number(json(ledger).totalFen) / 10_000) / 100,
      source: 'economy',
      sources: [{ kind: 'incomeLedger' }],
    });
  });

  it('publishes a notice without login that carries no ID number or phone', async () => {
    const res = await call(t.app, null, 'GET', '/api/v1/public/notices');
    expect(res.statusCode).toBe(200);
    const round = json(res).items.find((r) => r.roundId === roundId) as {
      entries: { evaluationId: string; stars: string[]; open: boolean }[];
    };
    expect(round.entries.find((e) => e.evaluationId === subject)).toMatchObject({
      open: true,
      stars: ['支部过硬星', '产业兴旺星', '生态宜居星', '平安法治星', '文明幸福星'],
    });
    const page = await call(t.app, null, 'GET', `/notice/${roundId}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('支部过硬星');
    // Record ids are UUIDs (hex that may hold 11 digits in a row): taken out before the scan.
    const scanned = [res.body, page.body, (await call(t.app, null, 'GET', '/notice')).body].map(
      (b) => b.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>'),
    );
    expect(scanned[0]).toContain('振兴村'); // the scan reads real content
    for (const body of scanned) {
      expect(body).not.toMatch(
        /(?<![0-9A-Za-z])\d{6}(19|20)\d{2}[01]\d[0-3]\d{4}[\dXx](?![0-9A-Za-z])/,
      ); // 居民身份证号码
      expect(body).not.toMatch(/\d{6}\*{8,}\d{3}[\dXx*]/); // even masked
      expect(body).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/); // mobile
      expect(body).not.toMatch(/1[3-9]\d\*{4}\d{4}/); // even masked
    }
    expect('tel 13912345678').toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/); // the patterns do find what they look for
    expect('身份证 41059919900101123X').toMatch(
      /(?<![0-9A-Za-z])\d{6}(19|20)\d{2}[01]\d[0-3]\d{4}[\dXx](?![0-9A-Za-z])/,
    );
  });

  it('takes objections only during the notice; an open one blocks the award; reviewers see the filer', async () => {
    await refused(county, 'POST', `/api/v1/evaluation/evaluations/${subject}/award`, 409); // notice not over
    await refused(villager, 'POST', `/api/v1/evaluation/evaluations/${subject}/objections`, 400, {
      text: '短',
    });
    const objection = await call(
      t.app,
      villager,
      'POST',
      `/api/v1/evaluation/evaluations/${subject}/objections`,
      { payload: { text: '村里今年有一起纠纷还没化解完。' } },
    );
    expect(objection.statusCode, objection.body).toBe(201);
    await daysLater(6);
    await refused(villager, 'POST', `/api/v1/evaluation/evaluations/${subject}/objections`, 409, {
      text: '公示结束后才提的异议。',
    });
    await refused(county, 'POST', `/api/v1/evaluation/evaluations/${subject}/award`, 409); // open objection
    const d = await detail(subject);
    const o = (d.objections as { id: string; filerName: string | null }[])[0];
    expect(o?.filerName).toMatch(/^村民 /);
    // the public notice counts the objection and never names who filed it
    const notices = await call(t.app, null, 'GET', '/api/v1/public/notices');
    expect(notices.body).toContain('"objections":1');
    expect(notices.body).not.toContain(String(o?.filerName));
    const forTownship = json(
      await call(t.app, township, 'GET', `/api/v1/evaluation/evaluations/${subject}`),
    );
    expect((forTownship.objections as { filerName: string | null }[])[0]?.filerName).toBe(
      o?.filerName,
    ); // a reviewer in scope
    await refused(township, 'POST', `/api/v1/evaluation/objections/${o?.id}/answer`, 403, {
      answer: '已核实',
      upheld: false,
    });
    expect(
      (
        await call(t.app, county, 'POST', `/api/v1/evaluation/objections/${o?.id}/answer`, {
          payload: { answer: '经核实该纠纷已于本月调解结案。', upheld: false },
        })
      ).statusCode,
    ).toBe(200);
    await refused(township, 'POST', `/api/v1/evaluation/evaluations/${subject}/award`, 403);
    const awarded = await call(
      t.app,
      county,
      'POST',
      `/api/v1/evaluation/evaluations/${subject}/award`,
    );
    expect(awarded.statusCode, awarded.body).toBe(200);
    expect(json(awarded)).toMatchObject({ stage: 'awarded', level: 5, heldStars: ALL_FIVE });
    const certificates = await call(
      t.app,
      county,
      'GET',
      `/api/v1/evaluation/rounds/${roundId}/certificates`,
    );
    expect(certificates.body).toContain('★★★★★');
  });

  it('removes a star after the award only through the configured role’s decision (摘星)', async () => {
    await refused(county, 'POST', `/api/v1/evaluation/evaluations/${subject}/vetoes`, 400, {
      vetoKey: 'noSuchVeto',
      description: '无',
    });
    const veto = await call(
      t.app,
      township,
      'POST',
      `/api/v1/evaluation/evaluations/${subject}/vetoes`,
      { payload: { vetoKey: 'criminalCase', description: '11 月发生一起盗窃刑事案件' } },
    );
    expect(veto.statusCode, veto.body).toBe(201);
    expect(json(veto).stars).toEqual(['safeLawful']);
    expect((await detail(subject)).heldStars).toEqual(ALL_FIVE); // proposed only
    const vetoId = String(json(veto).id);
    await refused(township, 'POST', `/api/v1/evaluation/vetoes/${vetoId}/decision`, 403, {
      remove: true,
    });
    const removed = await call(
      t.app,
      county,
      'POST',
      `/api/v1/evaluation/vetoes/${vetoId}/decision`,
      { payload: { remove: true, comment: '经核实，摘除平安法治星' } },
    );
    expect(removed.statusCode, removed.body).toBe(200);
    expect(json(removed)).toMatchObject({ status: 'removed', level: 4 });
    const d = await detail(subject);
    expect(d.heldStars).toEqual(ALL_FIVE.filter((k) => k !== 'safeLawful'));
    expect((d.history as { kind: string }[]).map((h) => h.kind)).toEqual([
      'claim',
      'decision',
      'decision',
      'decision',
      'objection',
      'objectionAnswered',
      'award',
      'vetoProposed',
      'starsRemoved',
    ]);
    await refused(county, 'POST', `/api/v1/evaluation/vetoes/${vetoId}/decision`, 409, {
      remove: true,
    });
    await refused(county, 'POST', `/api/v1/evaluation/evaluations/${subject}/vetoes`, 409, {
      vetoKey: 'criminalCase',
      description: '再次登记',
    });
  });

  it('sends a claim back to the subject with a reason', async () => {
    const village2Scope = (
      json(await call(t.app, village2, 'GET', '/api/v1/auth/me')).roles as { scope: string }[]
    )[0]?.scope;
    const board = json(await call(t.app, county, 'GET', `/api/v1/evaluation/rounds/${roundId}`));
    const other = (board.items as { id: string; regionCode: string }[]).find(
      (i) => i.regionCode === village2Scope,
    );
    if (!other) throw new Error('village2 has a subject in the township round');
    const claim = await call(
      t.app,
      village2,
      'POST',
      `/api/v1/evaluation/evaluations/${other.id}/claim`,
      {
        payload: {
          stars: ['strongBranch', 'livableEcology'],
          answers: { teamComplete: { done: true }, environment: { done: true } },
        },
      },
    );
    expect(claim.statusCode, claim.body).toBe(200);
    subject = other.id;
    await refused(township, 'POST', `/api/v1/evaluation/evaluations/${subject}/decisions`, 400, {
      step: 'townshipReview',
      outcome: 'sendBack',
      comment: '',
    });
    const back = await call(
      t.app,
      township,
      'POST',
      `/api/v1/evaluation/evaluations/${subject}/decisions`,
      { payload: { step: 'townshipReview', outcome: 'sendBack', comment: '请补充三会一课记录' } },
    );
    expect(json(back)).toMatchObject({ stage: 'claiming', level: 0 });
  });

  it('refuses to edit a scheme under a running round, and versions one that only closed rounds used', async () => {
    const copy = await call(t.app, county, 'POST', '/api/v1/evaluation/schemes', {
      payload: { copyOf: schemeId, key: 'county-five-star', name: '示范县五星支部' },
    });
    expect(copy.statusCode, copy.body).toBe(201);
    const copyId = String(json(copy).id);
    const definition = json(copy).definition as Record<string, unknown>;
    const edited = await call(t.app, county, 'PUT', `/api/v1/evaluation/schemes/${copyId}`, {
      payload: { definition: { ...definition, noticeDays: 7 } },
    });
    expect(json(edited)).toMatchObject({ id: copyId, version: 1, definition: { noticeDays: 7 } });
    expect(
      (
        await call(t.app, county, 'POST', '/api/v1/evaluation/rounds', {
          payload: { schemeId: copyId, regionCode: TOWNSHIP, period: '2027' },
        })
      ).statusCode,
    ).toBe(201);
    await refused(county, 'PUT', `/api/v1/evaluation/schemes/${copyId}`, 409, {
      definition: { ...definition, noticeDays: 3 },
    });
    await t.deps.database.db.execute(
      `UPDATE evaluation_rounds SET status = 'closed' WHERE scheme_id = '${copyId}'`,
    );
    const versioned = await call(t.app, county, 'PUT', `/api/v1/evaluation/schemes/${copyId}`, {
      payload: { definition: { ...definition, noticeDays: 3 } },
    });
    expect(json(versioned)).toMatchObject({ version: 2, definition: { noticeDays: 3 } });
    expect(json(versioned).id).not.toBe(copyId);
    const list = json(await call(t.app, county, 'GET', '/api/v1/evaluation/schemes')).items.filter(
      (s) => s.key === 'county-five-star',
    );
    expect(list.map((s) => s.version)).toEqual([2]);
  });

  it('reports progress against the 安阳 targets, rankings a county can switch off, a 通报 and a list', async () => {
    const url = `/api/v1/evaluation/progress?region=${TOWNSHIP}&scheme=five-star-branch-rural&period=2025`;
    const p = json(await call(t.app, township, 'GET', url));
    expect(p.targets).toContainEqual(
      expect.objectContaining({ measure: 'shareAtLeast', level: 3, value: 79, source: 'preset' }),
    );
    expect((p.byLevel as number[])[4]).toBe(1);
    expect(p.rankings).not.toBeNull();
    const putTarget = async (value: number) =>
      (
        await call(t.app, county, 'PUT', '/api/v1/evaluation/targets', {
          payload: {
            regionCode: TOWNSHIP,
            schemeKey: 'five-star-branch-rural',
            period: '2025',
            measure: 'shareAtLeast',
            level: 3,
            value,
          },
        })
      ).statusCode;
    expect(await putTarget(150)).toBe(400);
    expect(await putTarget(60)).toBe(200);
    expect(
      (
        await call(t.app, county, 'PUT', '/api/v1/evaluation/settings', {
          payload: { countyCode: '410599000000', rankingsEnabled: false },
        })
      ).statusCode,
    ).toBe(200);
    const off = json(await call(t.app, township, 'GET', url));
    expect(off.rankings).toBeNull();
    expect(off.targets).toEqual([expect.objectContaining({ value: 60, source: 'region' })]);
    const report = await call(t.app, county, 'GET', `/api/v1/evaluation/rounds/${roundId}/report`);
    expect(report.statusCode).toBe(200);
    expect(report.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await call(t.app, county, 'GET', `/api/v1/evaluation/rounds/${roundId}/export`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['评星名单', '目标进度', '预警']); // rankings are off
    expect(book.getWorksheet('目标进度')?.getRow(2).values).toEqual([
      undefined,
      '3星以上占比',
      '60%',
      expect.stringMatching(/%$/),
      expect.stringMatching(/达标$/),
    ]);
    const warningsSheet = book.getWorksheet('预警');
    expect(warningsSheet?.getRow(1).values).toEqual([
      undefined,
      '类别',
      '对象',
      '所在地区',
      '区划代码',
      '情况',
    ]);
    const vetoRow = warningsSheet
      ?.getRows(2, warningsSheet.rowCount - 1)
      ?.find((row) => String(row.getCell(5).value).startsWith('发生刑事案件'));
    expect(vetoRow?.getCell(5).value).toBe('发生刑事案件（已摘星）');
    // the place by its name, not only its code
    const code = String(vetoRow?.getCell(4).value);
    expect(code).toMatch(/^\d{12}$/);
    const [place] = await t.deps.database.db.select().from(regions).where(eq(regions.code, code));
    expect(vetoRow?.getCell(3).value).toBe(place?.name);
    expect(place?.name).toBeTruthy();
  });
});

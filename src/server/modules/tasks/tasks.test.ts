import JSZip from 'jszip';
import { count, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  auditEvents,
  taskItems,
  taskLists,
  taskProgress,
  taskScores,
} from '../../db/schema/index.ts';
import { insertHouseholdOfOne } from '../../testing/directoryFixtures.ts';
import {
  OTHER_TOWNSHIP,
  rootCtx,
  rowCounts,
  sessionWithRole,
  TOWNSHIP,
  V1,
  V2,
  W1,
  W2,
} from '../../testing/fixtureCounty.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useLogins, useTestApp } from '../../testing/appKit.ts';
import { metricSnapshot } from '../evaluation/metricRegistry.ts';
import './metrics.ts';

// A union of 振兴村 and 410599101202 (红旗镇) and one of 青山乡's two villages; the test clock
// stands at 2026-11-22 (Asia/Shanghai), so 2026-12 has not begun.
const PASSWORD = 'Union#Pass2026';

const t = useTestApp({}, {}, 120_000);
const { county, township, village1 } = useLogins(t, 'county', 'township', 'village1');
let cadre: Session;
let otherCadre: Session;
let unionId = '';
let unionOrgId = '';
let otherUnionId = '';
const people = { secretary: '', member: '', outsider: '' };

const post = (s: Session, url: string, payload?: unknown) =>
  call(t.app, s, 'POST', url, payload === undefined ? {} : { payload });
const get = (s: Session, url: string) => call(t.app, s, 'GET', url);

const cadreOf = (union: string, username: string) =>
  sessionWithRole(t, county, {
    username,
    password: PASSWORD,
    role: 'union_cadre',
    scope: `union:${union}`,
  });

/** `s` forms the union of `lead` and `village` in `region` (answered 201). */
async function formUnion(s: Session, region: string, name: string, lead: string, village: string) {
  const res = await post(s, '/api/v1/unions', { region, name, lead, villages: [village] });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; org: { id: string } };
}

/** Row counts of everything a task-list write touches: a refused write changes none of them. */
const footprint = async () => ({
  ...(await rowCounts(t.deps.database.db, {
    lists: taskLists,
    tasks: taskItems,
    months: taskProgress,
    scores: taskScores,
    audit: auditEvents,
  })),
  closed: await t.deps.database.db.$count(taskItems, eq(taskItems.status, 'closed')),
});

beforeAll(async () => {
  const ctx = rootCtx(t);
  people.secretary = (await insertHouseholdOfOne(ctx, V1, '联书记')).personId;
  people.member = (await insertHouseholdOfOne(ctx, V2, '妇联主席')).personId;
  people.outsider = (await insertHouseholdOfOne(ctx, W1, '外乡人')).personId;
  const union = await formUnion(township, TOWNSHIP, '红旗联建', V1, V2);
  unionId = union.id;
  unionOrgId = union.org.id;
  otherUnionId = (await formUnion(county, OTHER_TOWNSHIP, '青山联建', W1, W2)).id;
  cadre = await cadreOf(unionId, 'task-cadre');
  otherCadre = await cadreOf(otherUnionId, 'task-other');
  // The union cadre stands for a resident of the union (妇联主席): 领单 without naming anyone.
  await t.deps.database.db
    .update(accounts)
    .set({ personId: people.member })
    .where(eq(accounts.username, 'task-cadre'));
  cadre = await login(t.app, 'task-cadre', PASSWORD);
}, 120_000);

let listId = '';
const taskIds: string[] = [];
const taskUrl = (i: number, tail: string) =>
  `/api/v1/task-lists/${listId}/tasks/${taskIds[i]}/${tail}`;

describe('订单 → 领单 → 月跟踪 → 季考评', () => {
  it('sets the year’s targets at the joint meeting and splits them into tasks', async () => {
    const res = await post(cadre, '/api/v1/task-lists', {
      union: unionId,
      year: 2026,
      meetingOn: '2026-01-15',
      targets: ['各村集体经济收入增收5万元', '建成联建产业园一处'],
    });
    expect(res.statusCode, res.body).toBe(201);
    listId = res.json().id;
    expect(res.json()).toMatchObject({
      subject: { kind: 'union', id: unionId, name: '红旗联建' },
      year: 2026,
      title: '红旗联建2026年度任务清单',
      tasks: 0,
      annualScore: null,
      abilities: { write: true },
    });
    expect(res.json().monthsDue).toHaveLength(11);
    for (const [title, owner] of [
      ['联建产业园建设', people.secretary],
      ['联村妇女技能培训', undefined],
    ] as const) {
      const added = await post(cadre, `/api/v1/task-lists/${listId}/tasks`, {
        title,
        measures: '每月联席会议调度，专人负责',
        deadline: '2026-12-31',
        ...(owner ? { ownerPersonId: owner } : {}),
      });
      expect(added.statusCode, added.body).toBe(201);
      taskIds.push(added.json().items.at(-1).id);
    }
  });

  it('lets the cadre take a task themselves (领单) and a manager name an owner', async () => {
    const taken = await call(t.app, cadre, 'PUT', taskUrl(1, 'owner'), { payload: {} });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().items[1].owner).toEqual({ id: people.member, name: '妇联主席' });
    expect(taken.json().items[0].owner).toEqual({ id: people.secretary, name: '联书记' });
  });

  it('takes monthly progress, replacing a month entered again, and quarterly scores', async () => {
    for (let m = 1; m <= 11; m++) {
      const month = `2026-${String(m).padStart(2, '0')}`;
      const res = await post(cadre, taskUrl(0, 'progress'), {
        month,
        progress: m * 9,
        note: `第${m}月推进`,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    await post(cadre, taskUrl(1, 'progress'), { month: '2026-03', progress: 10, note: '摸底' });
    const again = await post(cadre, taskUrl(1, 'progress'), {
      month: '2026-03',
      progress: 30,
      note: '开班两期',
    });
    expect(again.json().items[1].progress).toEqual([
      { month: '2026-03', progress: 30, note: '开班两期', recordedBy: 'task-cadre' },
    ]);
    for (const [task, quarter, score] of [
      [0, 1, 90],
      [0, 2, 80],
      [0, 3, 85],
      [1, 1, 88],
    ] as const) {
      const res = await post(township, taskUrl(task, 'scores'), { quarter, score });
      expect(res.statusCode, res.body).toBe(200);
    }
    const detail = (await get(village1, `/api/v1/task-lists/${listId}`)).json();
    expect(detail.items[0]).toMatchObject({ latestProgress: 99, annualScore: 85 });
    expect(detail.items[0].progress).toHaveLength(11);
    expect(detail.items[0].scores.map((s: { scoredBy: string }) => s.scoredBy)).toEqual([
      'township',
      'township',
      'township',
    ]);
    expect(detail.items[1]).toMatchObject({ latestProgress: 30, annualScore: 88 });
    expect(detail.annualScore).toBe(86.5);
    expect(detail.abilities).toEqual({ write: false });
  });

  it('closes a task, and the audit holds one entry per change', async () => {
    const closed = await post(township, taskUrl(1, 'close'));
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ tasks: 2, closed: 1 });
    expect(closed.json().items[1].status).toBe('closed');
    const audit = await t.deps.database.db
      .select({ action: auditEvents.action, n: count() })
      .from(auditEvents)
      .where(like(auditEvents.action, 'tasks.%'))
      .groupBy(auditEvents.action);
    expect(Object.fromEntries(audit.map((a) => [a.action, a.n]))).toEqual({
      'tasks.list_create': 1,
      'tasks.task_add': 2,
      'tasks.owner_set': 1,
      'tasks.progress_enter': 13,
      'tasks.score_give': 4,
      'tasks.task_close': 1,
    });
  });
});

describe('scope', () => {
  it('reads for the union’s readers, writes for its managers and cadres, 404 outside', async () => {
    const list = (await get(cadre, '/api/v1/task-lists')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([listId]);
    expect((await get(otherCadre, '/api/v1/task-lists')).json().items).toEqual([]);
    expect((await get(otherCadre, `/api/v1/task-lists/${listId}`)).statusCode).toBe(404);
    expect((await get(otherCadre, `/api/v1/task-lists?union=${unionId}`)).statusCode).toBe(404);
    expect((await get(otherCadre, `/api/v1/task-lists/${listId}/report`)).statusCode).toBe(404);
    const before = await footprint();
    const progress = { month: '2026-11', progress: 99, note: '越权' };
    expect((await post(otherCadre, taskUrl(0, 'progress'), progress)).statusCode).toBe(404);
    expect((await post(village1, taskUrl(0, 'progress'), progress)).statusCode).toBe(403);
    expect(
      (
        await post(village1, `/api/v1/task-lists/${listId}/tasks`, {
          title: '越权',
          measures: '越权',
          deadline: '2026-12-31',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await post(otherCadre, '/api/v1/task-lists', {
          union: unionId,
          year: 2025,
          meetingOn: '2025-01-10',
          targets: ['x'],
        })
      ).statusCode,
    ).toBe(404);
    expect(await footprint()).toEqual(before);
  });
});

describe('bad input', () => {
  it('answers a clear 4xx and changes nothing', async () => {
    const before = await footprint();
    const cases: [string, 'POST' | 'PUT', string, unknown, number][] = [
      [
        'progress on a closed task',
        'POST',
        taskUrl(1, 'progress'),
        { month: '2026-11', progress: 40, note: 'x' },
        409,
      ],
      ['a score on a closed task', 'POST', taskUrl(1, 'scores'), { quarter: 2, score: 80 }, 409],
      [
        'an owner on a closed task',
        'PUT',
        taskUrl(1, 'owner'),
        { personId: people.secretary },
        409,
      ],
      ['closing twice', 'POST', taskUrl(1, 'close'), undefined, 409],
      [
        'a future month',
        'POST',
        taskUrl(0, 'progress'),
        { month: '2026-12', progress: 100, note: 'x' },
        400,
      ],
      [
        'a month of another year',
        'POST',
        taskUrl(0, 'progress'),
        { month: '2025-11', progress: 10, note: 'x' },
        400,
      ],
      [
        'progress over 100',
        'POST',
        taskUrl(0, 'progress'),
        { month: '2026-10', progress: 120, note: 'x' },
        400,
      ],
      ['a score over 100', 'POST', taskUrl(0, 'scores'), { quarter: 4, score: 101 }, 400],
      ['a negative score', 'POST', taskUrl(0, 'scores'), { quarter: 4, score: -5 }, 400],
      ['a quarter scored already', 'POST', taskUrl(0, 'scores'), { quarter: 1, score: 70 }, 409],
      [
        'an unknown owner',
        'PUT',
        taskUrl(0, 'owner'),
        { personId: '01900000-0000-7000-8000-000000000000' },
        400,
      ],
      [
        'an owner outside the union',
        'PUT',
        taskUrl(0, 'owner'),
        { personId: people.outsider },
        400,
      ],
      [
        'a deadline of another year',
        'POST',
        `/api/v1/task-lists/${listId}/tasks`,
        { title: 'x', measures: 'x', deadline: '2027-03-01' },
        400,
      ],
      [
        'a second list for the year',
        'POST',
        '/api/v1/task-lists',
        { union: unionId, year: 2026, meetingOn: '2026-02-01', targets: ['x'] },
        409,
      ],
      [
        'a meeting not held yet',
        'POST',
        '/api/v1/task-lists',
        { union: unionId, year: 2027, meetingOn: '2026-12-20', targets: ['x'] },
        400,
      ],
      [
        'no targets',
        'POST',
        '/api/v1/task-lists',
        { union: unionId, year: 2025, meetingOn: '2025-01-10', targets: [] },
        400,
      ],
      [
        'a task of no list',
        'POST',
        `/api/v1/task-lists/${listId}/tasks/01900000-0000-7000-8000-000000000000/close`,
        undefined,
        404,
      ],
    ];
    for (const [what, method, url, payload, status] of cases) {
      const res = await call(
        t.app,
        township,
        method,
        url,
        payload === undefined ? {} : { payload },
      );
      expect(res.statusCode, `${what}: ${res.body}`).toBe(status);
      expect(res.json().error.message, what).toBeTruthy();
    }
    expect(await footprint()).toEqual(before);
  });
});

describe('年述职 and the metric', () => {
  it('writes the year’s report as .docx from the records', async () => {
    const res = await get(village1, `/api/v1/task-lists/${listId}/report`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent('红旗联建2026年述职.docx'),
    );
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      '红旗联建2026年度述职报告',
      '2026-01-15 联席会议确定年度目标 2 项，形成任务 2 项，已完成关闭 1 项',
      '已考评 3 个季度，年度综合得分 86.5 分',
      '建成联建产业园一处',
      '联建产业园建设',
      '联书记',
      '妇联主席',
      '11/11',
      '第11月推进',
      '开班两期',
    ])
      expect(text, expected).toContain(expected);
    // Task 1's row of the quarters: 90, 80, 85, not scored, annual 85.
    expect(text).toContain('联建产业园建设908085—85');
  });

  /** A star rule on the union's annual task score (任务得分≥80). */
  const UNION_STAR = {
    stars: [
      {
        key: 'union',
        name: '联建星',
        criteria: [
          {
            kind: 'metric' as const,
            id: 'c1',
            label: '任务得分≥80',
            metric: 'taskScore',
            comparison: '>=' as const,
            threshold: 80,
          },
        ],
      },
    ],
  };

  it('gives star rules the union’s annual score, for its 联合党委 and its villages', async () => {
    const ctx = t.ctx();
    const of = async (id: string, subjectType: string, regionCode: string, period = '2026') =>
      (
        await metricSnapshot(
          ctx,
          UNION_STAR,
          { id, subjectType, regionCode },
          null,
          new Map(),
          period,
        )
      )[0];
    expect(await of(unionOrgId, 'party_org', V1)).toMatchObject({
      key: 'taskScore',
      value: 86.5,
      source: 'tasks',
      sources: [{ kind: 'taskList', id: listId }],
    });
    expect((await of('some-village-org', 'village', V2))?.value).toBe(86.5);
    // 青山联建 has no list this year: nothing computed, the subject's entered value (none) counts.
    expect(await of('other-org', 'village', W1)).toMatchObject({ value: null, source: 'entered' });
  });

  it('reads the task list of the round’s year, not the clock’s', async () => {
    const read = async (clock: Date, period: string) =>
      (
        await metricSnapshot(
          { ...t.ctx(), clock: () => clock },
          UNION_STAR,
          { id: unionOrgId, subjectType: 'party_org', regionCode: V1 },
          null,
          new Map(),
          period,
        )
      )[0];
    // 2026's round judged in February 2027 still reads 2026's list.
    expect(await read(new Date('2027-02-10T02:00:00Z'), '2026')).toMatchObject({
      value: 86.5,
      source: 'tasks',
    });
    // A round of 2025 finds no list that year, even while the clock stands in 2026.
    expect(await read(new Date('2026-11-22T02:00:00Z'), '2025')).toMatchObject({
      value: null,
      source: 'entered',
    });
  });
});

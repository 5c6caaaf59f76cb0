import { beforeAll, describe, expect, it } from 'vitest';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

// 公示 shows only allow-listed fields: a 十大 selection that nominates minors (杰出青年) names the
// adults and never a minor (未满十八周岁). The test clock stands at 2026-11-22.
const VILLAGE1 = '410599100200';

const t = useTestApp({}, { directory: true }, 180_000);
let county: Session;
let township: Session;
let village1: Session;
type Person = { id: string; name: string; birth_date: string };

const publicBodies = async (roundId: string): Promise<string[]> => {
  const bodies = [];
  for (const url of ['/api/v1/public/notices', '/notice', `/notice/${roundId}`]) {
    const res = await call(t.app, null, 'GET', url);
    expect(res.statusCode, url).toBe(200);
    bodies.push(res.body);
  }
  return bodies;
};

beforeAll(async () => {
  [county, township, village1] = (await Promise.all(
    ['county', 'township', 'village1'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session];
}, 180_000);

describe('the public notice page’s choices', () => {
  it('refuses an unknown language or a malformed village with a 400, and passes over other parameters', async () => {
    for (const url of ['/notice?lang=fr', '/notice?village=abc', `/notice?q=${'张'.repeat(41)}`]) {
      const res = await call(t.app, null, 'GET', url);
      expect(res.statusCode, url).toBe(400);
    }
    // a link shared in WeChat comes back with WeChat's own parameters: still the page
    const shared = await call(t.app, null, 'GET', '/notice?from=singlemessage&isappinstalled=0');
    expect(shared.statusCode).toBe(200);
    const en = await call(t.app, null, 'GET', '/notice?lang=en');
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    const found = await call(t.app, null, 'GET', `/notice?q=${encodeURIComponent('  张 ')}`);
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain('name="q" value="张"'); // the search as trimmed, kept in its box
  });
});

describe('the public notice of a 十大 selection', () => {
  it('names the adults it awards and no minor, under 14 or not', async () => {
    const people = (
      (await t.deps.database.db.execute(
        `SELECT id, name, birth_date::text FROM persons WHERE region_code = '${VILLAGE1}' ORDER BY id`,
      )) as unknown as { rows: Person[] }
    ).rows;
    const before = (await publicBodies('00000000-0000-7000-8000-000000000000')).join('\n');
    // names that appear nowhere on the public pages yet, nor inside one another
    const fresh = people.filter(
      (p) =>
        !before.includes(p.name) && people.every((o) => o.id === p.id || !o.name.includes(p.name)),
    );
    const teen = fresh.find((p) => p.birth_date > '2008-11-22' && p.birth_date <= '2012-11-22'); // 14 to 17
    const child = fresh.find((p) => p.birth_date > '2012-11-22'); // under 14
    const adult = fresh.find((p) => p.birth_date < '1990-01-01');
    if (!teen || !child || !adult)
      throw new Error('振兴村 has a teenager, a child and an adult with distinct names');

    const schemes = (await call(t.app, county, 'GET', '/api/v1/evaluation/schemes')).json() as {
      items: { id: string; key: string }[];
    };
    const schemeId = schemes.items.find((s) => s.key === 'top-ten-selections')?.id;
    const opened = await call(t.app, county, 'POST', '/api/v1/evaluation/rounds', {
      payload: {
        schemeId,
        regionCode: VILLAGE1,
        // the demo county already runs this year's 十大 selection in 振兴村 (seedPresetRounds)
        period: '2025',
        subjectIds: [teen.id, child.id, adult.id],
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const roundId = String((opened.json() as { id: string }).id);
    const board = (
      await call(t.app, village1, 'GET', `/api/v1/evaluation/rounds/${roundId}`)
    ).json() as { items: { id: string }[] };
    expect(board.items).toHaveLength(3);
    const verdict = { stars: [{ key: 'outstandingYouth', granted: true }] };
    for (const { id } of board.items) {
      const claim = await call(
        t.app,
        village1,
        'POST',
        `/api/v1/evaluation/evaluations/${id}/claim`,
        { payload: { stars: ['outstandingYouth'], answers: { outstandingYouth: { done: true } } } },
      );
      expect(claim.statusCode, claim.body).toBe(200);
      expect(
        (
          await call(t.app, village1, 'POST', `/api/v1/evaluation/evaluations/${id}/decisions`, {
            payload: { step: 'committeeReview', outcome: 'approve', ...verdict },
          })
        ).statusCode,
      ).toBe(200);
      const last = await call(
        t.app,
        township,
        'POST',
        `/api/v1/evaluation/evaluations/${id}/decisions`,
        { payload: { step: 'townshipReview', outcome: 'approve', ...verdict } },
      );
      expect(last.json()).toMatchObject({ stage: 'notice', level: 1 });
    }

    const bodies = await publicBodies(roundId);
    const notices = JSON.parse(bodies[0] ?? '{}') as {
      items: { roundId: string; entries: { subjectName: string; stars: string[] }[] }[];
    };
    const round = notices.items.find((r) => r.roundId === roundId);
    expect(round?.entries).toHaveLength(3);
    expect(round?.entries.every((e) => e.stars.join() === '十大杰出青年')).toBe(true);
    for (const body of bodies) {
      expect(body).toContain(adult.name);
      expect(body).not.toContain(teen.name);
      expect(body).not.toContain(child.name);
      expect(body).not.toContain(teen.birth_date);
    }
    expect(round?.entries.filter((e) => e.subjectName.includes('未成年人'))).toHaveLength(2);
  });

  it('takes no more subjects per title than the scheme’s quota (十大: ten each)', async () => {
    const schemes = (await call(t.app, county, 'GET', '/api/v1/evaluation/schemes')).json() as {
      items: { id: string; key: string; definition: Record<string, unknown> }[];
    };
    const preset = schemes.items.find((s) => s.key === 'top-ten-selections');
    expect(preset?.definition.starQuota).toBe(10);
    const created = await call(t.app, county, 'POST', '/api/v1/evaluation/schemes', {
      payload: {
        definition: { ...preset?.definition, key: 'top-two', name: '“两佳”评选', starQuota: 2 },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const adults = (
      (await t.deps.database.db.execute(
        `SELECT id FROM persons WHERE region_code = '${VILLAGE1}' AND birth_date < '1980-01-01' ORDER BY id LIMIT 3`,
      )) as unknown as { rows: { id: string }[] }
    ).rows;
    const opened = await call(t.app, county, 'POST', '/api/v1/evaluation/rounds', {
      payload: {
        schemeId: (created.json() as { id: string }).id,
        regionCode: VILLAGE1,
        period: '2026',
        subjectIds: adults.map((a) => a.id),
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const board = (
      await call(
        t.app,
        village1,
        'GET',
        `/api/v1/evaluation/rounds/${String((opened.json() as { id: string }).id)}`,
      )
    ).json() as { items: { id: string }[] };
    expect(board.items).toHaveLength(3);
    const verdict = (step: string) => ({
      payload: { step, outcome: 'approve', stars: [{ key: 'modelWorker', granted: true }] },
    });
    const statuses = [];
    for (const { id } of board.items) {
      await call(t.app, village1, 'POST', `/api/v1/evaluation/evaluations/${id}/claim`, {
        payload: { stars: ['modelWorker'], answers: { modelWorker: { done: true } } },
      });
      await call(
        t.app,
        village1,
        'POST',
        `/api/v1/evaluation/evaluations/${id}/decisions`,
        verdict('committeeReview'),
      );
      const stateOf = async () =>
        (
          (await t.deps.database.db.execute(
            `SELECT e.stage, e.step_index, (SELECT count(*) FROM evaluation_decisions d WHERE d.evaluation_id = e.id) AS n FROM evaluations e WHERE e.id = '${id}'`,
          )) as unknown as { rows: unknown[] }
        ).rows;
      const before = await stateOf();
      const res = await call(
        t.app,
        township,
        'POST',
        `/api/v1/evaluation/evaluations/${id}/decisions`,
        verdict('townshipReview'),
      );
      statuses.push(res.statusCode);
      if (res.statusCode === 409) {
        expect(res.body).toContain('名额');
        expect(await stateOf()).toEqual(before);
        // the township may still refuse the title: the claim goes on to the notice without it
        const refused = await call(
          t.app,
          township,
          'POST',
          `/api/v1/evaluation/evaluations/${id}/decisions`,
          {
            payload: {
              step: 'townshipReview',
              outcome: 'approve',
              stars: [{ key: 'modelWorker', granted: false, comment: '名额已满' }],
            },
          },
        );
        expect(refused.json()).toMatchObject({ stage: 'notice', level: 0 });
      }
    }
    expect(statuses).toEqual([200, 200, 409]);
  });
});

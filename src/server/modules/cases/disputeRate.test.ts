import { beforeAll, describe, expect, it } from 'vitest';
import { fiveStarBranchRural } from '../../../domain/evaluation/presets/fiveStarBranch.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { metricSnapshot } from '../evaluation/metricRegistry.ts';
import '../evaluation/metricProviders.ts';

// One dispute rate (安阳: 排查矛盾纠纷5884起, 化解5574起, 化解率94.73%): 排查 found vs 化解, from
// the sweeps and the dispute cases together; the 平安法治星 reads the figure the statistics show.
const t = useTestApp({}, { directory: true }, 180_000);
let county: Session;
let cadre: Session;
let villager: Session;
let township: string;
let village: string;

const scopeOf = async (username: string) => {
  const res = (await t.deps.database.db.execute(
    `SELECT r.scope FROM account_roles r JOIN accounts a ON a.id = r.account_id WHERE a.username = '${username}'`,
  )) as unknown as { rows: { scope: string }[] };
  const scope = res.rows[0]?.scope;
  if (!scope) throw new Error(`${username} has a role`);
  return scope;
};
const sweepCount = async () =>
  Number(
    (
      (await t.deps.database.db.execute(
        'SELECT count(*)::int AS n FROM dispute_sweeps',
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]?.n,
  );

beforeAll(async () => {
  county = await login(t.app, 'county');
  cadre = await login(t.app, 'village1');
  villager = await login(t.app, 'villager');
  township = await scopeOf('township');
  village = await scopeOf('village1');
}, 180_000);

const rateRead = async (regionCode: string) => {
  const metrics = await metricSnapshot(
    t.ctx(),
    fiveStarBranchRural,
    { id: `org-${regionCode}`, subjectType: 'party_org', regionCode },
    null,
    new Map(),
    '2026',
  );
  return metrics.find((m) => m.key === 'disputeResolutionRate');
};

describe('the dispute resolution rate', () => {
  it('counts sweeps’ found / resolved with the dispute cases, and the 平安法治星 reads that figure', async () => {
    const sweep = await call(t.app, cadre, 'POST', '/api/v1/dispute-sweeps', {
      payload: {
        regionCode: village,
        sweptOn: '2026-11-10',
        personTimes: 30,
        found: 7,
        resolved: 6,
      },
    });
    expect(sweep.statusCode, sweep.body).toBe(201);
    expect(sweep.json()).toMatchObject({ found: 7, resolved: 6 });
    // A dispute registered as a case, still open: found, not resolved.
    const head = (await call(t.app, villager, 'GET', '/api/v1/me/households')).json().person.id;
    const opened = await call(t.app, cadre, 'POST', '/api/v1/cases', {
      payload: {
        typeCode: 'dispute',
        title: '宅基地纠纷',
        description: '两户院墙',
        channel: 'walk_in',
        requesterPersonId: head,
        fields: { disputeType: '宅基地' },
        parties: [
          { name: '甲', role: 'applicant' },
          { name: '乙', role: 'respondent' },
        ],
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);

    for (const region of [township, village]) {
      const stats = await call(
        t.app,
        county,
        'GET',
        `/api/v1/case-stats?region=${region}&from=2026-01-01&to=2026-11-22`,
      );
      expect(stats.statusCode, stats.body).toBe(200);
      const d = stats.json().disputes;
      expect(d.found).toBe(d.cases.found + d.sweeps.found);
      expect(d.resolved).toBe(d.cases.resolved + d.sweeps.resolved);
      expect(d.sweeps.found).toBeGreaterThanOrEqual(7);
      expect(d.sweeps.resolved).toBeGreaterThanOrEqual(6);
      expect(d.cases.found).toBeGreaterThanOrEqual(1);
      expect(d.rate).toBe(Math.round((d.resolved / d.found) * 10_000) / 100);
      expect(d.rate).toBeLessThan(100);
      // the 平安法治星's metric: the same figure, from the records, with them as its sources
      const read = await rateRead(region);
      expect(read).toMatchObject({ value: d.rate, source: 'cases' });
      expect(read?.sources.map((s) => s.kind)).toEqual(['disputeSweeps', 'disputeCases']);
    }
  });

  it('refuses a sweep resolving more than it found, and one dated in the future, changing nothing', async () => {
    const before = await sweepCount();
    for (const payload of [
      { regionCode: village, sweptOn: '2026-11-10', personTimes: 3, found: 2, resolved: 3 },
      { regionCode: village, sweptOn: '2026-12-01', personTimes: 3, found: 2, resolved: 1 },
    ]) {
      const res = await call(t.app, cadre, 'POST', '/api/v1/dispute-sweeps', { payload });
      expect(res.statusCode, res.body).toBe(400);
    }
    expect(await sweepCount()).toBe(before);
  });
});

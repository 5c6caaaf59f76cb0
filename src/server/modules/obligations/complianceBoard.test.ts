import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, obligationStandings, pairings, regions } from '../../db/schema/index.ts';
import { metricSnapshot } from '../evaluation/metricRegistry.ts';
import { boardCells } from './boardCells.ts';
import { yearAndDay } from './compliance.ts';
import './metrics.ts';
import { effectiveRules } from './rules.ts';
import { rebuildStandings } from './standings.ts';
import { useObligationsFixture, type Period } from '../../testing/obligationsKit.ts';
import { call } from '../../testing/testApp.ts';

const fx = useObligationsFixture();
const visit = (over: Record<string, unknown> = {}) => fx.visit(over);

beforeAll(async () => {
  // The household visit the recording test makes: the board names the weeks it did not fill.
  const recorded = await call(fx.t.app, fx.staff, 'POST', '/api/v1/activities', {
    payload: visit(),
  });
  if (recorded.statusCode !== 201) throw new Error(recorded.body);
}, 120_000);

describe('compliance board', () => {
  it('shows the county board with the pairing as a laggard, each missed period named, and drills down', async () => {
    const board = (await call(fx.t.app, fx.county, 'GET', '/api/v1/obligations/board')).json() as {
      totals: { subjects: number; due: number; met: number; laggards: number };
      children: { code: string; subjects: number; due: number }[];
      laggards: {
        id: string;
        missed: { ruleCode: string; periodKey: string; done: number; required: number }[];
      }[];
    };
    const [stored] = await fx.t.deps.database.db.select({ n: count() }).from(pairings);
    expect(board.totals.subjects).toBe(stored?.n);
    expect(board.children.reduce((n, c) => n + c.due, 0)).toBe(board.totals.due);
    expect(board.children.reduce((n, c) => n + c.subjects, 0)).toBe(board.totals.subjects);
    // The demo's own pairings: exactly the planted misses (the seed's audit entry counts them).
    const [seeded] = await fx.t.deps.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'system.seed_demo_obligations'));
    const planted = (seeded?.detail as { plantedPairingMisses: number }).plantedPairingMisses;
    expect(planted).toBeGreaterThan(0);
    const demoLaggards = board.laggards.filter((l) => l.id !== fx.pairingId);
    expect(demoLaggards.reduce((n, l) => n + l.missed.length, 0)).toBe(planted);
    expect(board.totals.laggards).toBe(demoLaggards.length + 1);
    const laggard = board.laggards.find((l) => l.id === fx.pairingId);
    expect(laggard?.missed).toContainEqual(
      expect.objectContaining({
        ruleCode: 'fiveOnes.labourDay',
        periodKey: '2026-01',
        done: 0,
        required: 1,
      }),
    );
    expect(laggard?.missed.some((m) => m.periodKey === '2026-W47')).toBe(false);
    const township = board.children.find((c) => fx.village.startsWith(c.code.slice(0, 9)))?.code;
    const down = (
      await call(fx.t.app, fx.county, 'GET', `/api/v1/obligations/board?region=${township}`)
    ).json() as {
      totals: { subjects: number };
      children: { code: string; subjects: number }[];
      laggards: { id: string }[];
    };
    expect(down.totals.subjects).toBe(board.children.find((c) => c.code === township)?.subjects);
    expect(down.children.map((c) => c.code)).toContain(fx.village);
    expect(down.laggards.map((l) => l.id)).toContain(fx.pairingId);
  });

  it('computes the board in SQL exactly as the domain computes each subject, for pairings and villages', async () => {
    for (const kind of ['pairing', 'village'] as const) {
      const board = (
        await call(fx.t.app, fx.county, 'GET', `/api/v1/obligations/board?subjectKind=${kind}`)
      ).json() as {
        totals: { subjects: number; due: number; met: number };
        laggards: { id: string; missed: { ruleCode: string; periodKey: string; done: number }[] }[];
        rules: { code: string; due: number; met: number }[];
      };
      const ids =
        kind === 'pairing'
          ? (await fx.t.deps.database.db.select({ id: pairings.id }).from(pairings)).map(
              (p) => p.id,
            )
          : (
              await fx.t.deps.database.db
                .select({ id: regions.code })
                .from(regions)
                .where(eq(regions.level, 'village'))
            ).map((r) => r.id);
      let due = 0;
      let met = 0;
      const missed: string[] = [];
      const perRule = new Map<string, { due: number; met: number }>();
      for (const id of ids) {
        const detail = (
          await call(fx.t.app, fx.county, 'GET', `/api/v1/obligations/subjects/${kind}/${id}`)
        ).json() as { periods: (Period & { required: number })[] };
        for (const p of detail.periods) {
          if (p.status === 'open') continue;
          const rule = perRule.get(p.ruleCode) ?? { due: 0, met: 0 };
          rule.due += 1;
          due += 1;
          if (p.status === 'met') {
            rule.met += 1;
            met += 1;
          } else missed.push(`${id}|${p.ruleCode}|${p.periodKey}|${p.done}`);
          perRule.set(p.ruleCode, rule);
        }
      }
      expect(board.totals, kind).toMatchObject({ subjects: ids.length, due, met });
      expect(
        board.laggards
          .flatMap((l) => l.missed.map((m) => `${l.id}|${m.ruleCode}|${m.periodKey}|${m.done}`))
          .sort(),
      ).toEqual(missed.sort());
      for (const r of board.rules)
        expect({ code: r.code, due: r.due, met: r.met }).toEqual({
          code: r.code,
          ...(perRule.get(r.code) ?? { due: 0, met: 0 }),
        });
    }
  });

  it('keeps standings with every recorded activity that a full rebuild reproduces, and reads the board from them as from the activities', async () => {
    const ctx = fx.t.ctx();
    const code = fx.village.slice(0, 6);
    const top = `${code}000000`;
    const read = async () =>
      (
        await ctx.db
          .select()
          .from(obligationStandings)
          .where(eq(obligationStandings.countyCode, code))
      )
        .map((r) => `${r.subjectKind}|${r.subjectId}|${r.ruleCode}|${r.year}|${r.met}|${r.lastMet}`)
        .sort();
    const kept = await read();
    expect(kept.length).toBeGreaterThan(0);
    await rebuildStandings(ctx, code, await effectiveRules(ctx, code));
    expect(await read()).toEqual(kept);
    const actor = {
      accountId: 'test',
      username: 'test',
      grants: [{ role: 'county_admin' as const, scope: top, regionCode: top }],
    };
    const { year, asOf } = yearAndDay(ctx);
    for (const kind of ['pairing', 'village'] as const) {
      const rules = (await effectiveRules(ctx, code)).filter((r) => r.subjectKind === kind);
      const lines = async (source: 'standings' | 'activities') =>
        (await boardCells(ctx, actor, kind, top, rules, year, asOf, source))
          .map((l) => JSON.stringify(l))
          .sort();
      const fromStandings = await lines('standings');
      expect(fromStandings.length, kind).toBeGreaterThan(rules.length);
      expect(fromStandings, kind).toEqual(await lines('activities'));
    }
  });

  it('gives star rules the village’s compliance rate as the obligationCompliance metric, with its source', async () => {
    const scheme = {
      stars: [
        {
          criteria: [
            {
              kind: 'metric' as const,
              id: 'c1',
              label: '履职',
              metric: 'obligationCompliance',
              comparison: 'gte' as const,
              threshold: 90,
            },
          ],
        },
      ],
    } as unknown as Parameters<typeof metricSnapshot>[1];
    const [snapshot] = await metricSnapshot(
      fx.t.ctx(),
      scheme,
      { id: 'village', subjectType: 'village', regionCode: fx.village },
      null,
      new Map(),
      '2026',
    );
    let due = 0;
    let met = 0;
    for (const kind of ['pairing', 'village']) {
      const board = (
        await call(
          fx.t.app,
          fx.county,
          'GET',
          `/api/v1/obligations/board?region=${fx.village}&subjectKind=${kind}`,
        )
      ).json() as { totals: { due: number; met: number } };
      due += board.totals.due;
      met += board.totals.met;
    }
    expect(due).toBeGreaterThan(0);
    expect(snapshot).toMatchObject({
      key: 'obligationCompliance',
      source: 'obligations',
      value: Math.round((1000 * met) / due) / 10,
    });
    expect(snapshot?.sources[0]?.label).toContain(`${met}/${due}`);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { ZHENXING_RULE } from '../../../domain/economy/dividends.ts';
import { insertHouseholdOfOne } from '../../testing/directoryFixtures.ts';
import { rootCtx, TOWNSHIP, V1, V2, W1 } from '../../testing/fixtureCounty.ts';
import { organizationRowCounts } from '../../testing/organizationsKit.ts';
import { call, type Session } from '../../testing/testApp.ts';
import { useLogins, useTestApp } from '../../testing/appKit.ts';

// 合作社、公司与双绑 on the hand-written county (today 2026-11-22): V1's cadre registers a 党支部领办
// 合作社 with two member households; the township registers a 共富公司 that takes land from V1 and
// V2 households at 800 元/亩 (from 400) and is bound (双绑) to the cooperative with an order; a
// dividend run of the cooperative takes its members' shares. Bad input: the field named, nothing
// written; another village's organization is a 404.

const t = useTestApp({}, {}, 120_000);
const { township, village1, village2 } = useLogins(t, 'township', 'village1', 'village2');
const hh = { a: '', b: '', v2: '', far: '' };
const org = { coop: '', company: '', binding: '', ended: '', v2coop: '' };

type Org = {
  id: string;
  members: { headName: string; landShares: number }[];
  bindings: { id: string; partnerName: string; inForce: boolean; ordersFen: number }[];
  landTransfers: { headName: string; area: number; rentFen: number }[];
  totals: { members: number; transferredArea: number; rentFen: number };
  canWrite: boolean;
};

const send = (s: Session, url: string, payload: unknown) =>
  call(t.app, s, 'POST', url, { payload });
/** `s` registers an economic organization (its answer). */
const register = (s: Session, region: string, kind: string, name: string, registeredOn: string) =>
  send(s, '/api/v1/economy/organizations', { region, kind, name, registeredOn });
const footprint = () => organizationRowCounts(t);

beforeAll(async () => {
  const ctx = rootCtx(t);
  const [a, b, v2, far] = await Promise.all([
    insertHouseholdOfOne(ctx, V1, '甲社员'),
    insertHouseholdOfOne(ctx, V1, '乙社员'),
    insertHouseholdOfOne(ctx, V2, '丙农户'),
    insertHouseholdOfOne(ctx, W1, '外镇户'),
  ]);
  Object.assign(hh, {
    a: a.householdId,
    b: b.householdId,
    v2: v2.householdId,
    far: far.householdId,
  });
  const v2coop = await register(village2, V2, 'collectiveOrg', '二村股份经济合作社', '2020-06-01');
  org.v2coop = v2coop.json<{ id: string }>().id;
}, 120_000);

describe('合作社、公司与双绑', () => {
  it('registers a 党支部领办合作社 and admits member households with their shares', async () => {
    const res = await register(
      village1,
      V1,
      'branchCooperative',
      '一村党支部领办合作社',
      '2024-03-01',
    );
    expect(res.statusCode, res.body).toBe(201);
    org.coop = res.json<Org>().id;
    for (const [id, land] of [
      [hh.a, 250],
      [hh.b, 150],
    ] as const) {
      const added = await send(village1, `/api/v1/economy/organizations/${org.coop}/members`, {
        householdId: id,
        landShares: land,
        cashShares: 1_000,
        memberShares: 1,
        joinedOn: '2024-03-01',
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    const list = await call(t.app, village1, 'GET', `/api/v1/economy/organizations?region=${V1}`);
    const coop = list.json<{ items: Org[] }>().items.find((o) => o.id === org.coop);
    expect(coop?.members.map((m) => [m.headName, m.landShares])).toEqual([
      ['乙社员', 150],
      ['甲社员', 250],
    ]);
    expect(coop?.canWrite).toBe(true);
  });

  it('has the township register a 共富公司 taking land at 800 元/亩, the 租金 to the 分', async () => {
    const res = await register(township, TOWNSHIP, 'townCompany', '镇共富公司', '2025-01-01');
    expect(res.statusCode, res.body).toBe(201);
    org.company = res.json<Org>().id;
    for (const [id, area] of [
      [hh.a, 3.25],
      [hh.v2, 10],
    ] as const) {
      const moved = await send(
        township,
        `/api/v1/economy/organizations/${org.company}/land-transfers`,
        {
          householdId: id,
          area,
          pricePerMuFen: 80_000,
          previousPricePerMuFen: 40_000,
          startsOn: '2025-01-01',
          endsOn: '2029-12-31',
        },
      );
      expect(moved.statusCode, moved.body).toBe(201);
    }
    const company = (
      await call(t.app, township, 'GET', `/api/v1/economy/organizations?region=${TOWNSHIP}`)
    )
      .json<{ items: Org[] }>()
      .items.find((o) => o.id === org.company);
    expect(company?.landTransfers.map((l) => [l.headName, l.area, l.rentFen])).toEqual([
      ['丙农户', 10, 800_000],
      ['甲社员', 3.25, 260_000],
    ]);
    expect(company?.totals).toEqual({ members: 0, transferredArea: 13.25, rentFen: 1_060_000 });
  });

  it('binds the company to the cooperative (双绑) and records an order on the binding', async () => {
    const bound = await send(township, `/api/v1/economy/organizations/${org.company}/bindings`, {
      partnerOrgId: org.coop,
      partnerKind: 'cooperative',
      kind: 'orderFarming',
      startsOn: '2025-01-01',
    });
    expect(bound.statusCode, bound.body).toBe(201);
    const binding = bound.json<Org>().bindings[0];
    expect(binding).toMatchObject({ partnerName: '一村党支部领办合作社', inForce: true });
    org.binding = binding?.id ?? '';
    const ended = await send(township, `/api/v1/economy/organizations/${org.company}/bindings`, {
      partnerName: '某龙头企业',
      partnerKind: 'enterprise',
      kind: 'employment',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
    });
    expect(ended.statusCode, ended.body).toBe(201);
    org.ended = ended.json<Org>().bindings.find((b) => !b.inForce)?.id ?? '';
    const ordered = await send(township, `/api/v1/economy/bindings/${org.binding}/orders`, {
      product: '小麦',
      quantity: 50,
      unit: '吨',
      amountFen: 13_000_000,
      orderedOn: '2026-06-10',
    });
    expect(ordered.statusCode, ordered.body).toBe(201);
    expect(ordered.json<Org>().bindings.find((b) => b.id === org.binding)?.ordersFen).toBe(
      13_000_000,
    );
  });

  it('starts a dividend run of the cooperative from its members’ shares', async () => {
    const res = await send(village1, '/api/v1/economy/dividend-runs', {
      regionCode: V1,
      organizationId: org.coop,
      year: 2025,
      distributableFen: 100_000,
      rule: ZHENXING_RULE,
    });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json<{
      payer: string;
      organizationId: string;
      shares: { headName: string; units: { land: number } }[];
    }>();
    expect(run.payer).toBe('一村党支部领办合作社');
    expect(run.organizationId).toBe(org.coop);
    expect(run.shares.map((s) => [s.headName, s.units.land]).sort()).toEqual([
      ['乙社员', 150],
      ['甲社员', 250],
    ]);
  });

  const refusals: [string, () => [Session, string, unknown], string][] = [
    [
      'a negative share',
      () => [
        village1,
        `/api/v1/economy/organizations/${org.coop}/members`,
        {
          householdId: hh.v2,
          landShares: -1,
          cashShares: 0,
          memberShares: 1,
          joinedOn: '2025-01-01',
        },
      ],
      'body.landShares',
    ],
    [
      'a member household of another village',
      () => [
        village1,
        `/api/v1/economy/organizations/${org.coop}/members`,
        {
          householdId: hh.v2,
          landShares: 0,
          cashShares: 0,
          memberShares: 1,
          joinedOn: '2025-01-01',
        },
      ],
      'body.householdId',
    ],
    [
      'a company’s member household of another township',
      () => [
        township,
        `/api/v1/economy/organizations/${org.company}/members`,
        {
          householdId: hh.far,
          landShares: 0,
          cashShares: 0,
          memberShares: 1,
          joinedOn: '2025-01-01',
        },
      ],
      'body.householdId',
    ],
    [
      'a negative area',
      () => [
        township,
        `/api/v1/economy/organizations/${org.company}/land-transfers`,
        {
          householdId: hh.b,
          area: -2,
          pricePerMuFen: 80_000,
          startsOn: '2025-01-01',
          endsOn: '2025-12-31',
        },
      ],
      'body.area',
    ],
    [
      'a negative price',
      () => [
        township,
        `/api/v1/economy/organizations/${org.company}/land-transfers`,
        {
          householdId: hh.b,
          area: 2,
          pricePerMuFen: -80_000,
          startsOn: '2025-01-01',
          endsOn: '2025-12-31',
        },
      ],
      'body.pricePerMuFen',
    ],
    [
      'an overlapping transfer of the same household to the same company',
      () => [
        township,
        `/api/v1/economy/organizations/${org.company}/land-transfers`,
        {
          householdId: hh.a,
          area: 1,
          pricePerMuFen: 80_000,
          startsOn: '2029-06-01',
          endsOn: '2031-12-31',
        },
      ],
      'body.startsOn',
    ],
    [
      'a binding of the company to itself',
      () => [
        township,
        `/api/v1/economy/organizations/${org.company}/bindings`,
        {
          partnerOrgId: org.company,
          partnerKind: 'cooperative',
          kind: 'services',
          startsOn: '2026-01-01',
        },
      ],
      'body.partnerOrgId',
    ],
    [
      'an order on an ended binding',
      () => [
        township,
        `/api/v1/economy/bindings/${org.ended}/orders`,
        { product: '苹果', quantity: 5, unit: '吨', amountFen: 1_000_000, orderedOn: '2026-03-01' },
      ],
      'body.orderedOn',
    ],
    [
      'a town company registered in a village',
      () => [
        village1,
        '/api/v1/economy/organizations',
        { region: V1, kind: 'townCompany', name: '错位公司', registeredOn: '2026-01-01' },
      ],
      'body.region',
    ],
    [
      'a dividend run paid by another village’s organization',
      () => [
        village1,
        '/api/v1/economy/dividend-runs',
        {
          regionCode: V1,
          organizationId: org.v2coop,
          year: 2024,
          distributableFen: 100_000,
          rule: ZHENXING_RULE,
        },
      ],
      'body.organizationId',
    ],
  ];
  it.each(refusals)('refuses %s with the field named, nothing written', async (_, make, path) => {
    const [session, url, payload] = make();
    const before = await footprint();
    const res = await send(session, url, payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.body).toContain(path);
    expect(await footprint()).toEqual(before);
  });

  it('answers 404 for another village’s organization and hides it from the list', async () => {
    const before = await footprint();
    const res = await send(village1, `/api/v1/economy/organizations/${org.v2coop}/members`, {
      householdId: hh.a,
      landShares: 0,
      cashShares: 0,
      memberShares: 1,
      joinedOn: '2025-01-01',
    });
    expect(res.statusCode).toBe(404);
    expect(await footprint()).toEqual(before);
    const list = await call(t.app, village1, 'GET', '/api/v1/economy/organizations');
    const ids = list.json<{ items: Org[] }>().items.map((o) => o.id);
    expect(ids).toContain(org.coop);
    expect(ids).not.toContain(org.v2coop);
    expect(ids).not.toContain(org.company);
  });

  it('answers 404 to a village cadre writing to the township’s company, which they do not read', async () => {
    const res = await send(village1, `/api/v1/economy/organizations/${org.company}/bindings`, {
      partnerName: '某企业',
      partnerKind: 'enterprise',
      kind: 'services',
      startsOn: '2026-01-01',
    });
    expect(res.statusCode).toBe(404);
  });
});

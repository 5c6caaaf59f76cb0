import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZHENXING_RULE } from '../../../domain/economy/dividends.ts';
import { auditEvents, economyIncomeEntries, economyOrganizations } from '../../db/schema/index.ts';
import { insertHouseholdOfOne } from '../../testing/directoryFixtures.ts';
import { rootCtx, V1, V2 } from '../../testing/fixtureCounty.ts';
import { organizationRowCounts } from '../../testing/organizationsKit.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

// An organization corrected and dissolved (注销) on the hand-written county (today 2026-11-22):
// V1's cadre renames the village's cooperative and moves its registration day; bad input names
// the field and changes nothing; V2's organization is a 404. Dissolved, the cooperative stays in
// the list marked with its day and reason, and refuses members, bindings, orders, land transfers,
// dividend runs, being a 双绑 partner and further edits — each with a 4xx and nothing written.

const t = useTestApp({}, {}, 120_000);
let village1: Session;
let village2: Session;
let township: Session;
const hh = { a: '', b: '' };
const org = { coop: '', other: '', v2: '', binding: '', run: '' };

type Org = {
  id: string;
  name: string;
  registeredOn: string;
  status: string;
  dissolution: { dissolvedOn: string; reason: string } | null;
  canWrite: boolean;
};

const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: unknown) =>
  call(t.app, s, method, url, { payload });
const orgUrl = (id: string) => `/api/v1/economy/organizations/${id}`;
const footprint = async () => ({
  counts: await organizationRowCounts(t),
  coop: await t.deps.database.db
    .select()
    .from(economyOrganizations)
    .where(eq(economyOrganizations.id, org.coop)),
});
const listed = async (s: Session) =>
  (await call(t.app, s, 'GET', '/api/v1/economy/organizations')).json<{ items: Org[] }>().items;
const create = async (s: Session, region: string, name: string, kind = 'branchCooperative') => {
  const res = await send(s, 'POST', '/api/v1/economy/organizations', {
    region,
    kind,
    name,
    registeredOn: '2024-03-01',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
};

beforeAll(async () => {
  const ctx = rootCtx(t);
  const [a, b] = await Promise.all([
    insertHouseholdOfOne(ctx, V1, '甲社员'),
    insertHouseholdOfOne(ctx, V1, '乙社员'),
  ]);
  Object.assign(hh, { a: a.householdId, b: b.householdId });
  village1 = await login(t.app, 'village1');
  village2 = await login(t.app, 'village2');
  township = await login(t.app, 'township');
  org.coop = await create(village1, V1, '一村合作社');
  org.other = await create(village1, V1, '一村股份经济合作社', 'collectiveOrg');
  org.v2 = await create(village2, V2, '二村合作社');
  const member = await send(village1, 'POST', `${orgUrl(org.coop)}/members`, {
    householdId: hh.a,
    landShares: 100,
    cashShares: 500,
    memberShares: 1,
    joinedOn: '2024-03-01',
  });
  expect(member.statusCode, member.body).toBe(201);
  const bound = await send(village1, 'POST', `${orgUrl(org.coop)}/bindings`, {
    partnerName: '某龙头企业',
    partnerKind: 'enterprise',
    kind: 'orderFarming',
    startsOn: '2025-01-01',
  });
  expect(bound.statusCode, bound.body).toBe(201);
  org.binding = bound.json<{ bindings: { id: string }[] }>().bindings[0]?.id ?? '';
}, 120_000);

describe('correcting an organization', () => {
  it('renames it and moves its registration day, audited with the fields named', async () => {
    const res = await send(village1, 'PATCH', orgUrl(org.coop), {
      name: '一村党支部领办合作社',
      registeredOn: '2024-02-15',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Org>()).toMatchObject({
      name: '一村党支部领办合作社',
      registeredOn: '2024-02-15',
      status: 'active',
      dissolution: null,
      canWrite: true,
    });
    const [event] = await t.deps.database.db
      .select({ detail: auditEvents.detail })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'economy.organization.edit'),
          eq(auditEvents.objectId, org.coop),
        ),
      );
    expect(event?.detail).toEqual({ fields: ['name', 'registeredOn'] });
  });

  const refusals: [string, () => unknown, number, string][] = [
    [
      'a registration day in the future',
      () => ({ registeredOn: '2026-11-23' }),
      400,
      'body.registeredOn',
    ],
    ['a day that does not exist', () => ({ registeredOn: '2025-02-30' }), 400, 'body.registeredOn'],
    ['an empty name', () => ({ name: '  ' }), 400, 'body.name'],
    [
      'the name of another organization of the village',
      () => ({ name: '一村股份经济合作社' }),
      409,
      'body.name',
    ],
    [
      'a union for a cooperative',
      () => ({ unionId: '0190aaaa-0000-7000-8000-000000000000' }),
      400,
      'body.unionId',
    ],
    ['a field that cannot be edited', () => ({ kind: 'townCompany' }), 400, 'kind'],
    ['nothing to change', () => ({}), 400, 'at least one field'],
  ];
  it.each(refusals)(
    'refuses %s with the field named, nothing changed',
    async (_, payload, status, path) => {
      const before = await footprint();
      const res = await send(village1, 'PATCH', orgUrl(org.coop), payload());
      expect(res.statusCode, res.body).toBe(status);
      expect(res.body).toContain(path);
      expect(await footprint()).toEqual(before);
    },
  );

  it('answers 404 for another village’s organization and 403 to the township, which only reads it', async () => {
    const before = await footprint();
    const other = await send(village1, 'PATCH', orgUrl(org.v2), { name: '改名' });
    expect(other.statusCode).toBe(404);
    const reader = await send(township, 'PATCH', orgUrl(org.coop), { name: '改名' });
    expect(reader.statusCode).toBe(403);
    const missing = await send(village1, 'PATCH', orgUrl('0190aaaa-0000-7000-8000-000000000001'), {
      name: '改名',
    });
    expect(missing.statusCode).toBe(404);
    expect(await footprint()).toEqual(before);
  });
});

describe('dissolving an organization (注销)', () => {
  const dissolve = (s: Session, id: string, body: unknown) =>
    send(s, 'POST', `${orgUrl(id)}/dissolve`, body);

  const refusals: [string, unknown, string][] = [
    [
      'a day before registration',
      { dissolvedOn: '2024-01-31', reason: '经营不善' },
      'body.dissolvedOn',
    ],
    ['a day in the future', { dissolvedOn: '2026-12-01', reason: '经营不善' }, 'body.dissolvedOn'],
    ['no reason', { dissolvedOn: '2026-06-30' }, 'body.reason'],
    ['an empty reason', { dissolvedOn: '2026-06-30', reason: ' ' }, 'body.reason'],
  ];
  it.each(refusals)(
    'refuses %s with the field named, nothing changed',
    async (_, payload, path) => {
      const before = await footprint();
      const res = await dissolve(village1, org.coop, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.body).toContain(path);
      expect(await footprint()).toEqual(before);
    },
  );

  it('answers 404 for another village’s organization', async () => {
    const before = await footprint();
    const res = await dissolve(village1, org.v2, { dissolvedOn: '2026-06-30', reason: '合并' });
    expect(res.statusCode).toBe(404);
    expect(await footprint()).toEqual(before);
    expect((await listed(village2)).find((o) => o.id === org.v2)?.status).toBe('active');
  });

  // a run of 2024's profit, proposed and approved while the cooperative was active
  it('has a run proposed and approved before the dissolution', async () => {
    const res = await send(village1, 'POST', '/api/v1/economy/dividend-runs', {
      regionCode: V1,
      organizationId: org.coop,
      year: 2024,
      distributableFen: 50_000,
      rule: ZHENXING_RULE,
    });
    expect(res.statusCode, res.body).toBe(201);
    org.run = res.json<{ id: string }>().id;
    const approved = await send(
      township,
      'POST',
      `/api/v1/economy/dividend-runs/${org.run}/approve`,
      {},
    );
    expect(approved.statusCode, approved.body).toBe(200);
  });

  it('dissolves it on a day for a reason; it stays in the list, marked, and is no longer writable', async () => {
    const res = await dissolve(village1, org.coop, {
      dissolvedOn: '2026-06-30',
      reason: '成员一致同意解散',
    });
    expect(res.statusCode, res.body).toBe(200);
    const expected = {
      status: 'dissolved',
      dissolution: { dissolvedOn: '2026-06-30', reason: '成员一致同意解散' },
      canWrite: false,
    };
    expect(res.json<Org>()).toMatchObject(expected);
    expect((await listed(village1)).find((o) => o.id === org.coop)).toMatchObject(expected);
    // the village's other organization is untouched
    expect((await listed(village1)).find((o) => o.id === org.other)?.status).toBe('active');
  });

  const afterwards: [string, () => [string, 'POST' | 'PATCH', unknown], number, string][] = [
    [
      'a new member',
      () => [
        `${orgUrl(org.coop)}/members`,
        'POST',
        {
          householdId: hh.b,
          landShares: 0,
          cashShares: 0,
          memberShares: 1,
          joinedOn: '2026-07-01',
        },
      ],
      409,
      '已注销',
    ],
    [
      'a new binding',
      () => [
        `${orgUrl(org.coop)}/bindings`,
        'POST',
        {
          partnerName: '另一企业',
          partnerKind: 'enterprise',
          kind: 'services',
          startsOn: '2026-07-01',
        },
      ],
      409,
      '已注销',
    ],
    [
      'an order on its binding',
      () => [
        `/api/v1/economy/bindings/${org.binding}/orders`,
        'POST',
        { product: '小麦', quantity: 1, unit: '吨', amountFen: 100, orderedOn: '2026-07-01' },
      ],
      409,
      '已注销',
    ],
    [
      'a land transfer',
      () => [
        `${orgUrl(org.coop)}/land-transfers`,
        'POST',
        {
          householdId: hh.b,
          area: 1,
          pricePerMuFen: 80_000,
          startsOn: '2026-07-01',
          endsOn: '2027-06-30',
        },
      ],
      409,
      '已注销',
    ],
    [
      'a dividend run',
      () => [
        '/api/v1/economy/dividend-runs',
        'POST',
        {
          regionCode: V1,
          organizationId: org.coop,
          year: 2025,
          distributableFen: 100_000,
          rule: ZHENXING_RULE,
        },
      ],
      400,
      'body.organizationId',
    ],
    [
      'being bound as another organization’s partner',
      () => [
        `${orgUrl(org.other)}/bindings`,
        'POST',
        {
          partnerOrgId: org.coop,
          partnerKind: 'cooperative',
          kind: 'services',
          startsOn: '2026-07-01',
        },
      ],
      400,
      'body.partnerOrgId',
    ],
    ['an edit', () => [orgUrl(org.coop), 'PATCH', { name: '新名称' }], 409, '已注销'],
    [
      'a second dissolution',
      () => [`${orgUrl(org.coop)}/dissolve`, 'POST', { dissolvedOn: '2026-07-01', reason: '再次' }],
      409,
      '已注销',
    ],
  ];
  it.each(afterwards)(
    'refuses %s once dissolved, nothing written',
    async (_, make, status, says) => {
      const [url, method, payload] = make();
      const before = await footprint();
      const res = await send(village1, method, url, payload);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.body).toContain(says);
      expect(await footprint()).toEqual(before);
    },
  );

  // the ledger takes the collective's part of the organization's run once, at publication
  // (dividends.ts publishDividendRun); the dissolution itself posts nothing
  it('still publishes the run approved before, posting the collective’s part to the ledger once', async () => {
    const income = () =>
      t.deps.database.db
        .select({
          amountFen: economyIncomeEntries.amountFen,
          kind: economyIncomeEntries.recordKind,
        })
        .from(economyIncomeEntries)
        .where(eq(economyIncomeEntries.recordId, org.run));
    expect(await income()).toEqual([]);
    const url = `/api/v1/economy/dividend-runs/${org.run}/publish`;
    const published = await send(village1, 'POST', url, {});
    expect(published.statusCode, published.body).toBe(200);
    // 60 % of 500 元 to the collective: 240 元 its own and 60 元 welfare
    expect(await income()).toEqual([{ amountFen: 30_000, kind: 'dividendRun' }]);
    const again = await send(village1, 'POST', url, {});
    expect(again.statusCode).toBe(409);
    expect(await income()).toEqual([{ amountFen: 30_000, kind: 'dividendRun' }]);
  });
});

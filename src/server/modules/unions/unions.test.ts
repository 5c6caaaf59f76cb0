import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  auditEvents,
  partyOrgs,
  positions,
  regions,
  unionEvents,
  unions,
  unionVillages,
} from '../../db/schema/index.ts';
import { insertHouseholdOfOne } from '../../testing/directoryFixtures.ts';
import {
  COUNTY,
  OTHER_TOWNSHIP,
  rootCtx,
  rowCounts,
  TOWNSHIP,
  V1,
  V2,
  W1,
  W2,
} from '../../testing/fixtureCounty.ts';
import { call, login, type Session, type TestApp } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { createMembership } from '../memberships/write.ts';
import { createOrg } from '../orgs/service.ts';
import { regionRow } from '../regions/regionRow.ts';

// The hand-written county: 红旗镇 (410599101000) holds 振兴村 and 410599101202; 青山乡
// (410599201000) holds 410599201201/202.
// A village added for these tests, in no union until one is made of it; and a community.
const C1 = '410599101203';
const COMMUNITY = '410599101001';

const t = useTestApp({}, {}, 120_000);
const people: Record<'secretary' | 'member' | 'outsider' | 'nonMember', string> = {
  secretary: '',
  member: '',
  outsider: '',
  nonMember: '',
};
let county: Session;
let township: Session;

async function partyMember(ctx: ReturnType<TestApp['ctx']>, village: string, name: string) {
  const { personId } = await insertHouseholdOfOne(ctx, village, name);
  const org = await createOrg(ctx, {
    name: `${name}支部`,
    type: 'branch',
    kind: 'rural',
    regionCode: village,
  });
  await createMembership(ctx, { personId, orgId: org.id, kind: 'formal', joinDate: '2001-07-01' });
  return personId;
}

/** Row counts of everything a union write touches: a refused write changes none of them. */
const footprint = () =>
  rowCounts(t.deps.database.db, {
    unions: unions,
    villages: unionVillages,
    events: unionEvents,
    orgs: partyOrgs,
    positions: positions,
    audit: auditEvents,
  });

beforeAll(async () => {
  const ctx = rootCtx(t);
  await ctx.db.insert(regions).values(regionRow({ code: C1, name: '联建新村' }, ctx.clock()));
  people.secretary = await partyMember(ctx, V1, '联书记');
  people.member = await partyMember(ctx, V2, '联委员');
  people.outsider = await partyMember(ctx, W1, '外乡党员');
  people.nonMember = (await insertHouseholdOfOne(ctx, C1, '普通村民')).personId;
  county = await login(t.app, 'county');
  township = await login(t.app, 'township');
}, 120_000);

const post = (s: Session, url: string, payload: unknown) =>
  call(t.app, s, 'POST', url, { payload });
const patch = (s: Session, url: string, payload: unknown) =>
  call(t.app, s, 'PATCH', url, { payload });
const get = (s: Session, url: string) => call(t.app, s, 'GET', url);

let unionId = '';

let adoptedId = '';

describe('adoption', () => {
  it('makes each adopted union live: its 联合党委 and the first line of its history', async () => {
    const res = await post(county, '/api/v1/planning/unions/adopt', {
      region: COUNTY,
      rules: { minSize: 2, minPopulation: 0, maxPopulation: 100_000 },
      unions: [{ lead: W1, members: [W1, W2], name: '青山联建' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    adoptedId = res.json().unions[0].id;
    const detail = (await get(county, `/api/v1/unions/${adoptedId}`)).json();
    expect(detail).toMatchObject({
      name: '青山联建',
      form: 'leadVillage',
      members: [W1, W2],
      org: { name: '青山联建联合党委', type: 'unionCommittee' },
      secretary: null,
      committee: [],
    });
    expect(detail.history).toMatchObject([
      { kind: 'created', actor: 'county', detail: { lead: W1, villages: [W1, W2] } },
    ]);
    const [row] = await t.deps.database.db.select().from(unions).where(eq(unions.id, adoptedId));
    const [org] = await t.deps.database.db
      .select()
      .from(partyOrgs)
      .where(eq(partyOrgs.id, row?.orgId ?? ''));
    expect(org).toMatchObject({ regionCode: W1, type: 'unionCommittee' });
  });
});

describe('unions made by hand', () => {
  it('creates a union with its 联合党委, secretary and members, and says so in its history', async () => {
    const res = await post(township, '/api/v1/unions', {
      region: TOWNSHIP,
      name: '红旗联建',
      lead: V1,
      villages: [V2],
      form: 'strongHelpsWeak',
      secretaryId: people.secretary,
      memberIds: [people.member],
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    unionId = body.id;
    expect(body).toMatchObject({
      name: '红旗联建',
      form: 'strongHelpsWeak',
      regionCode: TOWNSHIP,
      lead: V1,
      members: [V1, V2],
      villages: [{ code: V1, name: '振兴村' }, { code: V2 }],
      org: { name: '红旗联建联合党委', type: 'unionCommittee' },
      secretary: { id: people.secretary, name: '联书记', regionCode: V1 },
      committee: [{ id: people.member, name: '联委员' }],
      abilities: { update: true, manageVillages: true },
    });
    expect(body.history.map((h: { kind: string }) => h.kind)).toEqual(['created']);
    expect(body.history[0].actor).toBe('township');
    const db = t.deps.database.db;
    const [org] = await db.select().from(partyOrgs).where(eq(partyOrgs.id, body.org.id));
    expect(org).toMatchObject({ regionCode: V1, type: 'unionCommittee', kind: 'rural' });
    const held = await db.select().from(positions).where(eq(positions.orgId, body.org.id));
    expect(held.map((p) => [p.code, p.personId]).sort()).toEqual(
      [
        ['committeeMember', people.member],
        ['secretary', people.secretary],
      ].sort(),
    );
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, 'union.create'));
    expect(audit.map((a) => a.objectId)).toEqual([unionId]);
  });

  it('removes and adds villages, and the history lists each change', async () => {
    const removed = await call(
      t.app,
      township,
      'DELETE',
      `/api/v1/unions/${unionId}/villages/${V2}`,
    );
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().members).toEqual([V1]);
    // V2's resident leaves the committee with the village: the position ends, it stays on record.
    expect(removed.json().committee).toEqual([]);
    const [memberPosition] = await t.deps.database.db
      .select()
      .from(positions)
      .where(eq(positions.personId, people.member));
    expect(memberPosition).toMatchObject({ code: 'committeeMember', endDate: '2026-11-22' });
    const added = await post(township, `/api/v1/unions/${unionId}/villages`, { code: V2 });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().members).toEqual([V1, V2]);
    expect(
      added.json().history.map((h: { kind: string; detail: unknown }) => [h.kind, h.detail]),
    ).toEqual([
      ['villageAdded', { village: V2 }],
      ['villageRemoved', { village: V2 }],
      ['membersChanged', { left: [{ id: people.member, name: '联委员' }] }],
      ['created', expect.objectContaining({ lead: V1, villages: [V1, V2] })],
    ]);
    const audit = await t.deps.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.objectId, unionId));
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['union.create', 'union.village.add', 'union.village.remove'].sort(),
    );
  });

  it('edits name, form, lead and secretary; the old secretary’s position ends', async () => {
    const res = await patch(township, `/api/v1/unions/${unionId}`, {
      name: '红旗强村联建',
      form: 'industryDriven',
      lead: V2,
      secretaryId: people.member,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      name: '红旗强村联建',
      form: 'industryDriven',
      lead: V2,
      members: [V2, V1],
      secretary: { id: people.member },
    });
    expect(
      body.history
        .slice(0, 2)
        .map((h: { kind: string }) => h.kind)
        .sort(),
    ).toEqual(['secretaryChanged', 'updated']);
    const ended = await t.deps.database.db
      .select()
      .from(positions)
      .where(eq(positions.personId, people.secretary));
    expect(ended.find((p) => p.code === 'secretary')?.endDate).not.toBeNull();
    // The org followed its new lead village, its open positions with it; the audit says so.
    const [org] = await t.deps.database.db
      .select()
      .from(partyOrgs)
      .where(eq(partyOrgs.id, body.org.id));
    expect(org?.regionCode).toBe(V2);
    const held = await t.deps.database.db
      .select()
      .from(positions)
      .where(eq(positions.orgId, body.org.id));
    expect(new Set(held.map((p) => p.regionCode))).toEqual(new Set([V2]));
    const audits = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'union.update'));
    expect(audits.map((a) => a.detail?.org).filter(Boolean)).toEqual([
      { id: body.org.id, from: V1, to: V2 },
    ]);
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const before = await footprint();
    const cases: [Session, 'POST' | 'PATCH' | 'DELETE', string, unknown, number][] = [
      [township, 'POST', '/api/v1/unions', { region: TOWNSHIP, lead: W1 }, 400],
      [township, 'POST', '/api/v1/unions', { region: TOWNSHIP, lead: V1, colour: 'red' }, 400],
      [township, 'POST', '/api/v1/unions', { region: TOWNSHIP, lead: V1, form: 'x' }, 400],
      [township, 'POST', '/api/v1/unions', { region: V1, lead: V1 }, 400],
      [township, 'POST', '/api/v1/unions', { region: OTHER_TOWNSHIP, lead: W1 }, 404],
      [county, 'POST', '/api/v1/unions', { region: TOWNSHIP, lead: V1 }, 409],
      [township, 'POST', '/api/v1/unions', { region: TOWNSHIP, lead: COMMUNITY }, 400],
      [
        township,
        'POST',
        '/api/v1/unions',
        { region: TOWNSHIP, lead: C1, secretaryId: people.secretary },
        400,
      ],
      [
        township,
        'POST',
        '/api/v1/unions',
        { region: TOWNSHIP, lead: C1, memberIds: [people.nonMember] },
        400,
      ],
      [
        township,
        'POST',
        '/api/v1/unions',
        { region: TOWNSHIP, lead: C1, orgType: 'unionCommittee', orgId: unionId },
        400,
      ],
      [
        township,
        'POST',
        '/api/v1/unions',
        { region: TOWNSHIP, lead: C1, orgId: people.secretary },
        400,
      ],
      [township, 'PATCH', `/api/v1/unions/${unionId}`, {}, 400],
      [township, 'PATCH', `/api/v1/unions/${unionId}`, { lead: W1 }, 400],
      [township, 'PATCH', `/api/v1/unions/${unionId}`, { secretaryId: people.outsider }, 400],
      [township, 'POST', `/api/v1/unions/${unionId}/villages`, { code: W1 }, 400],
      [township, 'POST', `/api/v1/unions/${unionId}/villages`, { code: V1 }, 409],
      [township, 'DELETE', `/api/v1/unions/${unionId}/villages/${V2}`, undefined, 409],
      [township, 'DELETE', `/api/v1/unions/${unionId}/villages/${W1}`, undefined, 404],
      [
        township,
        'PATCH',
        '/api/v1/unions/01900000-0000-7000-8000-000000000000',
        { name: 'x' },
        404,
      ],
    ];
    for (const [session, method, url, payload, status] of cases) {
      const res = await call(t.app, session, method, url, payload === undefined ? {} : { payload });
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)}: ${res.body}`).toBe(
        status,
      );
      expect(res.json().error.message).toBeTruthy();
    }
    expect(await footprint()).toEqual(before);
  });
});

describe('a union cadre', () => {
  const PASSWORD = 'Union#Pass2026';
  let cadre: Session;
  let otherUnion = '';

  beforeAll(async () => {
    const other = await post(county, '/api/v1/unions', {
      region: TOWNSHIP,
      lead: C1,
      orgType: 'jointVillageBranch',
    });
    expect(other.statusCode, other.body).toBe(201);
    expect(other.json().org).toMatchObject({
      name: '红旗镇联建1村联村党支部',
      type: 'jointVillageBranch',
    });
    otherUnion = other.json().id;
    const created = await post(county, '/api/v1/accounts', {
      username: 'union-cadre',
      displayName: '联建干部',
      password: PASSWORD,
      roles: [{ role: 'union_cadre', scope: `union:${unionId}` }],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().roles).toEqual([
      { role: 'union_cadre', scope: `union:${unionId}`, scopeName: '红旗镇' },
    ]);
    cadre = await login(t.app, 'union-cadre', PASSWORD);
  });

  it('is granted only on a union the granter manages, and only that role on a union', async () => {
    const grant = (role: string, scope: string, username: string) =>
      post(township, '/api/v1/accounts', {
        username,
        displayName: 'x',
        password: PASSWORD,
        roles: [{ role, scope }],
      });
    expect((await grant('village_cadre', `union:${unionId}`, 'uc-wrong-role')).statusCode).toBe(
      400,
    );
    expect((await grant('union_cadre', `union:${adoptedId}`, 'uc-other')).statusCode).toBe(404);
    // A township admin may not grant union_cadre at all (GRANTABLE_ROLES).
    expect((await grant('union_cadre', `union:${unionId}`, 'uc-mine')).statusCode).toBe(403);
  });

  it('sees exactly its union and the union’s villages, 404 outside', async () => {
    const me = (await get(cadre, '/api/v1/auth/me')).json();
    expect(me.roles.map((r: { scope: string; scopeName: string }) => r.scopeName).sort()).toEqual(
      ['振兴村', '李家庄村'].sort(),
    );
    expect(me.roles.every((r: { scope: string }) => r.scope === `union:${unionId}`)).toBe(true);
    expect(me.permissions).toEqual(
      expect.arrayContaining(['directory.read', 'cases.read', 'obligations.read']),
    );
    expect(me.permissions).not.toContain('unions.manage');
    const list = (await get(cadre, '/api/v1/unions')).json();
    expect(list.items.map((u: { id: string }) => u.id)).toEqual([unionId]);
    expect((await get(cadre, `/api/v1/unions/${unionId}`)).json().abilities).toEqual({
      update: false,
      manageVillages: false,
    });
    expect((await get(cadre, `/api/v1/unions/${otherUnion}`)).statusCode).toBe(404);
    for (const village of [V1, V2]) {
      expect((await get(cadre, `/api/v1/regions/${village}`)).statusCode).toBe(200);
      expect((await get(cadre, `/api/v1/persons?region=${village}`)).statusCode).toBe(200);
      expect((await get(cadre, `/api/v1/obligations/board?region=${village}`)).statusCode).toBe(
        200,
      );
      expect((await get(cadre, `/api/v1/cases?view=scope&region=${village}`)).statusCode).toBe(200);
    }
    const persons = (await get(cadre, `/api/v1/persons?region=${V1}`)).json();
    expect(persons.items.map((p: { name: string }) => p.name)).toContain('联书记');
    expect((await get(cadre, `/api/v1/unions/${adoptedId}`)).statusCode).toBe(404);
    for (const outside of [TOWNSHIP, COUNTY, W1, C1, OTHER_TOWNSHIP]) {
      expect((await get(cadre, `/api/v1/regions/${outside}`)).statusCode, outside).toBe(404);
      expect(
        (await get(cadre, `/api/v1/obligations/board?region=${outside}`)).statusCode,
        outside,
      ).toBe(404);
      expect((await get(cadre, `/api/v1/unions?region=${outside}`)).statusCode, outside).toBe(404);
    }
    // A list over the whole county holds only the union's villages' residents.
    const county = (await get(cadre, `/api/v1/persons?region=${COUNTY}&pageSize=200`)).json();
    const places = new Set(county.items.map((p: { regionCode: string }) => p.regionCode));
    expect([...places].sort()).toEqual([V1, V2]);
    expect((await patch(cadre, `/api/v1/unions/${unionId}`, { name: 'x' })).statusCode).toBe(403);
  });

  it('answers for its union on 我的履职 and records the union’s activities, never a village’s', async () => {
    const mine = (await get(cadre, '/api/v1/obligations/mine')).json();
    expect(
      mine.subjects.map((s: { kind: string; id: string; mayRecord: boolean }) => [
        s.kind,
        s.id,
        s.mayRecord,
      ]),
    ).toEqual([['union', unionId, true]]);
    const activity = (over: Record<string, unknown>) =>
      post(cadre, '/api/v1/activities', {
        subjectKind: 'union',
        subjectId: unionId,
        activityType: 'jointMeeting',
        occurredOn: '2026-11-22',
        villageCode: V2,
        title: '联建联席会议',
        ...over,
      });
    const before = await footprint();
    // The union's villages are read, not recorded for: a village's own rules answer 403.
    expect(
      (await activity({ subjectKind: 'village', subjectId: V2, activityType: 'monthlyTheme' }))
        .statusCode,
    ).toBe(403);
    // Another union is not the cadre's to see at all.
    expect((await activity({ subjectId: otherUnion })).statusCode).toBe(404);
    expect(await footprint()).toEqual(before);
    const held = await activity({});
    expect(held.statusCode, held.body).toBe(201);
    const listed = (
      await get(cadre, `/api/v1/activities?subjectKind=union&subjectId=${unionId}`)
    ).json();
    expect(listed.items.map((a: { id: string }) => a.id)).toEqual([held.json().id]);
  });

  it('loses a village the moment it leaves the union', async () => {
    const gone = await call(t.app, township, 'DELETE', `/api/v1/unions/${unionId}/villages/${V1}`);
    expect(gone.statusCode, gone.body).toBe(200);
    expect((await get(cadre, `/api/v1/regions/${V1}`)).statusCode).toBe(404);
    expect((await get(cadre, `/api/v1/regions/${V2}`)).statusCode).toBe(200);
    await post(township, `/api/v1/unions/${unionId}/villages`, { code: V1 });
    expect((await get(cadre, `/api/v1/regions/${V1}`)).statusCode).toBe(200);
  });
});

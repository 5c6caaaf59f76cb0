import { and, count, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { caseEvents, cases, notifications, positions } from '../../db/schema/index.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';
import { startHookReceiver } from '../../testing/hookReceiver.ts';
import { deliverPending, WebhookChannel } from './notify.ts';
import { sweepCases } from './sweep.ts';

const t = useTestApp({}, { directory: true }, 180_000);
let villager: Session;
let member: Session;
let cadre: Session;
let county: Session;
let township: Session;
let other: Session;

// Moving the clock by days ends idle sessions: log everyone in again afterwards.
async function relogin(): Promise<void> {
  [villager, member, cadre, county, township, other] = (await Promise.all(
    ['villager', 'member', 'village1', 'county', 'township', 'village2'].map((u) =>
      login(t.app, u),
    ),
  )) as [Session, Session, Session, Session, Session, Session];
}
async function advance(minutes: number): Promise<void> {
  t.clock.advanceMinutes(minutes);
  await relogin();
}

beforeAll(async () => {
  await relogin();
}, 180_000);

const post = (s: Session, url: string, payload: unknown, headers: Record<string, string> = {}) =>
  call(t.app, s, 'POST', url, { payload, headers });
const get = (s: Session, url: string) => call(t.app, s, 'GET', url);
const totalCases = async () => (await t.ctx().db.select({ n: count() }).from(cases))[0]?.n ?? 0;
const request = {
  typeCode: 'request',
  title: '自来水管冻裂',
  description: '院里的自来水管冻裂了，一直漏水。',
  fields: {},
};

describe('intake and routing', () => {
  it('routes a villager’s request to the household’s contact member (L4), who finds it waiting; others in the village do not see it', async () => {
    const res = await post(villager, '/api/v1/cases', request);
    expect(res.statusCode).toBe(201);
    const c = res.json();
    const mine = (await get(villager, '/api/v1/me/households')).json();
    const l4 = mine.ownHousehold.responsibleChain.links[0];
    expect(c).toMatchObject({
      state: 'assigned',
      channel: 'app',
      owner: { kind: 'person', id: l4.personId, step: 'L4' },
    });
    expect(c.events.map((e: { type: string }) => e.type)).toEqual(['submit', 'assign']);
    const waiting = (await get(member, '/api/v1/cases?view=waiting&pageSize=200')).json();
    expect(waiting.items.map((i: { id: string }) => i.id)).toContain(c.id);
    const inbox = (await get(member, '/api/v1/inbox')).json();
    expect(
      inbox.items.some(
        (n: { caseId: string; kind: string }) => n.caseId === c.id && n.kind === 'case.assigned',
      ),
    ).toBe(true);
    // the other village's cadre is outside the scope: not found, not forbidden
    expect((await get(other, `/api/v1/cases/${c.id}`)).statusCode).toBe(404);
    expect((await get(cadre, `/api/v1/cases/${c.id}`)).statusCode).toBe(200);
    // the member handles it but does not give it to a county department (交办): the staff do
    const held = (await get(member, `/api/v1/cases/${c.id}`)).json();
    expect(held.can).toMatchObject({ handle: true, assign: false });
    expect((await get(cadre, `/api/v1/cases/${c.id}`)).json().can.assign).toBe(true);
    const unit = (await get(county, '/api/v1/units?pageSize=1')).json().items[0];
    const refused = await post(member, `/api/v1/cases/${c.id}/actions`, {
      type: 'assign_department',
      unitId: unit.id,
      deadline: '2027-03-31',
    });
    expect(refused.statusCode).toBe(403);
    expect((await get(member, `/api/v1/cases/${c.id}`)).json().owner.step).toBe('L4');
  });

  it('finds cases by part of their title, only among those the caller may see', async () => {
    const found = (
      await get(cadre, `/api/v1/cases?view=scope&q=${encodeURIComponent('水管')}`)
    ).json();
    expect(found.total).toBeGreaterThan(0);
    for (const c of found.items as { title: string }[]) expect(c.title).toContain('水管');
    const none = (await get(cadre, `/api/v1/cases?view=scope&q=${encodeURIComponent('%')}`)).json();
    expect(none.total).toBe(0); // a LIKE wildcard is a plain character here
    const elsewhere = (
      await get(other, `/api/v1/cases?view=scope&q=${encodeURIComponent('水管')}`)
    ).json();
    expect(elsewhere.total).toBe(0);
    expect((await get(cadre, `/api/v1/cases?q=${'x'.repeat(65)}`)).statusCode).toBe(400);
  });

  it('lets staff enter a case on someone’s behalf (walk-in) and records the channel', async () => {
    const head = (await get(villager, '/api/v1/me/households')).json().person.id;
    const res = await post(cadre, '/api/v1/cases', {
      ...request,
      title: '代为登记',
      channel: 'walk_in',
      requesterPersonId: head,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ channel: 'walk_in', requester: { personId: head } });
    // the villager sees it among their own cases
    expect(
      (await get(villager, '/api/v1/cases?view=mine&pageSize=200'))
        .json()
        .items.some((i: { id: string }) => i.id === res.json().id),
    ).toBe(true);
    // a staff channel needs the resident; a villager cannot use one for somebody else
    expect((await post(cadre, '/api/v1/cases', { ...request, channel: 'phone' })).statusCode).toBe(
      400,
    );
    // a villager holds no handling scope: the resident is "not found" for them
    expect(
      (
        await post(villager, '/api/v1/cases', {
          ...request,
          channel: 'visit',
          requesterPersonId: head,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses bad input with a clear 4xx and writes nothing', async () => {
    const before = await totalCases();
    const bad = [
      [{ ...request, typeCode: 'nonsense' }, 400, 'body.typeCode'],
      [{ ...request, title: undefined }, 400, 'body.title'],
      [
        { typeCode: 'dispute', title: '纠纷', description: '无类型', fields: {} },
        400,
        'body.fields.disputeType',
      ],
      [{ ...request, fields: { unknown: 'x' } }, 400, 'body.fields.unknown'],
      [{ ...request, lat: 200 }, 400, 'body.lat'],
    ] as const;
    for (const [payload, status, path] of bad) {
      const res = await post(villager, '/api/v1/cases', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().error.details.issues[0].path).toBe(path);
    }
    // another village's household
    const otherHouseholds = (await get(other, '/api/v1/households?pageSize=1')).json();
    const foreign = otherHouseholds.items[0].id;
    const res = await post(villager, '/api/v1/cases', { ...request, householdId: foreign });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues[0].path).toBe('body.householdId');
    expect(await totalCases()).toBe(before);
  });

  it('replays an Idempotency-Key: one case for two sends; another body under the same key is 422', async () => {
    const before = await totalCases();
    const key = 'outbox-7f3a-0001';
    const a = await post(villager, '/api/v1/cases', request, { 'idempotency-key': key });
    const b = await post(villager, '/api/v1/cases', request, { 'idempotency-key': key });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json().id).toBe(a.json().id);
    expect(
      (
        await post(
          villager,
          '/api/v1/cases',
          { ...request, title: '别的内容' },
          { 'idempotency-key': key },
        )
      ).statusCode,
    ).toBe(422);
    expect(await totalCases()).toBe(before + 1);
  });
});

describe('escalation and lifecycle', () => {
  it('climbs L4 → L3 → L2 → L1 → township → county as each SLA passes, recording every step, then keeps it at the county', async () => {
    const c = (await post(villager, '/api/v1/cases', { ...request, title: '逐级上报测试' })).json();
    // The expected climb comes from the household's own chain: a rung held by the same person as the
    // one below (a contact member who leads his own party group) is skipped.
    const links = (await get(villager, '/api/v1/me/households')).json().ownHousehold
      .responsibleChain.links as { level: number; personId: string }[];
    const rungs = links
      .filter((l, i) => i === 0 || l.personId !== links[i - 1]?.personId)
      .map((l) => `L${l.level}`);
    expect(rungs.length).toBeGreaterThanOrEqual(3);
    const steps: string[] = [c.owner.step];
    for (let i = 0; i < 7; i++) {
      await advance(72 * 60 + 1);
      await sweepCases(t.ctx());
      steps.push((await get(county, `/api/v1/cases/${c.id}`)).json().owner.step);
    }
    const expected = [...rungs, 'township', 'county'];
    expect(steps.slice(0, expected.length)).toEqual(expected);
    expect(steps.slice(expected.length).every((s) => s === 'county')).toBe(true);
    const detail = (await get(county, `/api/v1/cases/${c.id}`)).json();
    const escalations = detail.events.filter((e: { type: string }) => e.type === 'escalate');
    expect(
      escalations.map(
        (e: { data: { to: string; reason: string } }) => `${e.data.reason}:${e.data.to}`,
      ),
    ).toEqual(expected.slice(1).map((s) => `sla:${s}`));
    expect(detail.events.at(-1)).toMatchObject({ type: 'overdue', data: { atTop: true } });
    expect(detail.escalations).toBe(expected.length - 1);
    // the township admin finds it waiting while the township owns it? It is the county's now.
    const waiting = (await get(county, '/api/v1/cases?view=waiting&pageSize=200')).json();
    expect(waiting.items.some((i: { id: string }) => i.id === c.id)).toBe(true);
    // the L4 member who held it first still sees it (owner chain)
    expect((await get(member, `/api/v1/cases/${c.id}`)).statusCode).toBe(200);
  });

  it('escalates on "beyond authority", resolves, lets only the requester confirm and rate; illegal steps are 409 and change nothing', async () => {
    const c = (await post(villager, '/api/v1/cases', { ...request, title: '超出权限' })).json();
    const up = await post(member, `/api/v1/cases/${c.id}/actions`, {
      type: 'escalate',
      note: '需要村里协调挖掘机',
    });
    expect(up.statusCode).toBe(200);
    expect(up.json().owner.step).not.toBe('L4');
    expect(up.json().events.at(-1)).toMatchObject({
      type: 'escalate',
      data: { reason: 'beyond_authority', from: 'L4' },
    });
    // the member no longer owns it, but the village cadre handles it
    expect(
      (await post(member, `/api/v1/cases/${c.id}/actions`, { type: 'start' })).statusCode,
    ).toBe(403);
    expect(
      (await post(villager, `/api/v1/cases/${c.id}/actions`, { type: 'confirm', rating: 5 }))
        .statusCode,
    ).toBe(409);
    const resolved = await post(cadre, `/api/v1/cases/${c.id}/actions`, {
      type: 'resolve',
      note: '已修好',
    });
    expect(resolved.json().state).toBe('resolved');
    expect(
      (await post(cadre, `/api/v1/cases/${c.id}/actions`, { type: 'confirm', rating: 5 }))
        .statusCode,
    ).toBe(403);
    const before = (await get(villager, `/api/v1/cases/${c.id}`)).json();
    expect(
      (await post(villager, `/api/v1/cases/${c.id}/actions`, { type: 'close' })).statusCode,
    ).toBe(403);
    expect(
      (await post(villager, `/api/v1/cases/${c.id}/actions`, { type: 'confirm', rating: 9 }))
        .statusCode,
    ).toBe(400);
    expect((await get(villager, `/api/v1/cases/${c.id}`)).json()).toEqual(before);
    const confirmed = await post(villager, `/api/v1/cases/${c.id}/actions`, {
      type: 'confirm',
      rating: 5,
    });
    expect(confirmed.json()).toMatchObject({ state: 'confirmed', rating: 5 });
    expect(
      (await post(villager, `/api/v1/cases/${c.id}/actions`, { type: 'rate', rating: 3 }))
        .statusCode,
    ).toBe(409);
    expect(
      (await post(cadre, `/api/v1/cases/${c.id}/actions`, { type: 'close' })).json().state,
    ).toBe('closed');
  });

  it('reopens on rejection and auto-confirms (recorded as such) after N days without objection', async () => {
    const c = (await post(villager, '/api/v1/cases', { ...request, title: '自动确认' })).json();
    await post(member, `/api/v1/cases/${c.id}/actions`, { type: 'resolve' });
    const rejected = await post(villager, `/api/v1/cases/${c.id}/actions`, {
      type: 'reject',
      note: '还在漏水',
      rating: 2,
    });
    expect(rejected.json()).toMatchObject({ state: 'reopened', rating: 2 });
    await post(member, `/api/v1/cases/${c.id}/actions`, { type: 'resolve', note: '换了新管' });
    await advance(6 * 24 * 60);
    await sweepCases(t.ctx());
    expect((await get(villager, `/api/v1/cases/${c.id}`)).json().state).toBe('resolved');
    await advance(24 * 60 + 1);
    await sweepCases(t.ctx());
    const after = (await get(villager, `/api/v1/cases/${c.id}`)).json();
    expect(after.state).toBe('auto_confirmed');
    expect(after.events.at(-1)).toMatchObject({
      type: 'auto_confirm',
      fromState: 'resolved',
      toState: 'auto_confirmed',
    });
  });

  it('catches up after a restart: a case that fell due while the server was down is escalated when the next app is ready', async () => {
    const c = (await post(villager, '/api/v1/cases', { ...request, title: '重启补查' })).json();
    await advance(80 * 60);
    const app2 = await buildApp(t.deps, { webDist: '/nonexistent' });
    try {
      await app2.ready();
      const [row] = await t.ctx().db.select().from(cases).where(eq(cases.id, c.id));
      expect(row?.ownerStep).not.toBe('L4');
      expect(row?.escalations).toBe(1);
      const [events] = await t
        .ctx()
        .db.select({ n: count() })
        .from(caseEvents)
        .where(eq(caseEvents.caseId, c.id));
      expect(events?.n).toBe(3);
    } finally {
      await app2.close();
    }
  });
});

describe('attachments', () => {
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.alloc(64, 1),
  ]);
  it('takes a PNG, refuses a mislabelled or oversized file and keeps nothing of it', async () => {
    const c = (await post(villager, '/api/v1/cases', { ...request, title: '带照片' })).json();
    const up = (payload: Buffer, type: string) =>
      call(
        t.app,
        villager,
        'POST',
        `/api/v1/cases/${c.id}/attachments?name=${encodeURIComponent('漏水.png')}`,
        { payload, headers: { 'content-type': type } },
      );
    const ok = await up(png, 'image/png');
    expect(ok.statusCode).toBe(201);
    expect((await up(Buffer.from('MZ this is an exe'), 'image/png')).statusCode).toBe(415);
    expect((await up(png, 'application/x-msdownload')).statusCode).toBe(415);
    expect(
      (await up(Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]), 'image/png')).statusCode,
    ).toBe(413);
    const detail = (await get(villager, `/api/v1/cases/${c.id}`)).json();
    expect(detail.attachments).toEqual([
      { id: ok.json().id, name: '漏水.png', contentType: 'image/png', size: png.length },
    ]);
    const file = await get(member, `/api/v1/cases/${c.id}/attachments/${ok.json().id}`);
    expect(file.rawPayload.equals(png)).toBe(true);
    expect((await get(other, `/api/v1/cases/${c.id}/attachments/${ok.json().id}`)).statusCode).toBe(
      404,
    );
  });
});

describe('kinds', () => {
  it('takes a dispute the village could not settle to the township 金牌调解员 before the township staff', async () => {
    const head = (await get(villager, '/api/v1/me/households')).json().person.id;
    const d = (
      await post(cadre, '/api/v1/cases', {
        typeCode: 'dispute',
        title: '宅基地纠纷',
        description: '两户宅基地界线',
        channel: 'walk_in',
        requesterPersonId: head,
        fields: { disputeType: '宅基地' },
      })
    ).json();
    if (!d.owner) throw new Error(JSON.stringify(d));
    const township = `${String(d.regionCode).slice(0, 9)}000`;
    const [gold] = await t
      .ctx()
      .db.select({ personId: positions.personId, details: positions.details })
      .from(positions)
      .where(and(eq(positions.code, 'mediator'), eq(positions.regionCode, township)));
    expect(gold?.details).toMatchObject({ goldMediator: true });
    const steps: string[] = [d.owner.step];
    let current = d;
    while (current.owner.step !== 'township' && steps.length < 6) {
      current = (
        await post(cadre, `/api/v1/cases/${d.id}/actions`, {
          type: 'escalate',
          note: '村里调解不成',
        })
      ).json();
      if (!current.owner) throw new Error(`${steps.join('>')}: ${JSON.stringify(current)}`);
      steps.push(current.owner.step);
      if (current.owner.step === 'township_mediator')
        expect(current.owner).toMatchObject({
          kind: 'person',
          id: gold?.personId,
          step: 'township_mediator',
        });
    }
    // the village's mediator (or L1 when the village has none) first, then the township's 金牌调解员
    expect(steps.slice(-2)).toEqual(['township_mediator', 'township']);
    expect(steps[0]).toBe('mediator');
  });

  it('disputes: mediator, sessions, agreement, outcome; statistics give found / resolved / rate', async () => {
    const head = (await get(villager, '/api/v1/me/households')).json().person.id;
    const d = (
      await post(cadre, '/api/v1/cases', {
        typeCode: 'dispute',
        title: '土地纠纷',
        description: '两户地界',
        channel: 'walk_in',
        requesterPersonId: head,
        fields: { disputeType: '土地' },
        parties: [
          { name: '甲', role: 'applicant' },
          { name: '乙', role: 'respondent' },
        ],
      })
    ).json();
    expect(d.details.parties).toHaveLength(2);
    expect(d.details.mediator).toEqual({ personId: d.owner.id, gold: expect.any(Boolean) });
    expect(
      (
        await post(cadre, `/api/v1/cases/${d.id}/actions`, {
          type: 'mediation',
          date: '2026-11-20',
          participants: 4,
          summary: '第一次调解，双方同意重新丈量',
        })
      ).json().details.sessions,
    ).toBe(1);
    const done = await post(cadre, `/api/v1/cases/${d.id}/actions`, {
      type: 'resolve',
      agreement: '按重新丈量结果立界桩',
      outcome: 'resolved',
    });
    expect(done.json().details).toMatchObject({
      outcome: 'resolved',
      agreement: '按重新丈量结果立界桩',
    });
    expect(
      (
        await post(cadre, `/api/v1/cases/${d.id}/actions`, {
          type: 'mediation',
          date: '2026-11-21',
          participants: 2,
          summary: 'x',
        })
      ).statusCode,
    ).toBe(409);
    // requests have no mediation
    const r = (await post(villager, '/api/v1/cases', request)).json();
    expect(
      (
        await post(cadre, `/api/v1/cases/${r.id}/actions`, {
          type: 'mediation',
          date: '2026-11-21',
          participants: 2,
          summary: 'x',
        })
      ).statusCode,
    ).toBe(400);
    const sweep = await post(cadre, '/api/v1/dispute-sweeps', {
      regionCode: d.regionCode,
      sweptOn: '2026-11-20',
      personTimes: 40,
      found: 3,
    });
    expect(sweep.statusCode).toBe(201);
    expect(
      (
        await post(cadre, '/api/v1/dispute-sweeps', {
          regionCode: d.regionCode,
          sweptOn: '2030-01-01',
          personTimes: 1,
          found: 0,
        })
      ).statusCode,
    ).toBe(400);
    const stats = (await get(county, '/api/v1/case-stats')).json();
    const disputeRows = await t
      .ctx()
      .db.select({ state: cases.state, details: cases.details })
      .from(cases)
      .where(eq(cases.kind, 'dispute'));
    const resolvedCount = disputeRows.filter(
      (x) =>
        ['resolved', 'confirmed', 'auto_confirmed', 'closed'].includes(x.state) &&
        (x.details.outcome ?? 'resolved') === 'resolved',
    ).length;
    // One rate with the sweeps (disputeRate.ts): their found and resolved join the cases'.
    const found = disputeRows.length + stats.disputes.sweeps.found;
    const resolved = resolvedCount + stats.disputes.sweeps.resolved;
    expect(stats.disputes).toMatchObject({
      found,
      resolved,
      cases: { found: disputeRows.length, resolved: resolvedCount },
      rate: Math.round((resolved / found) * 10000) / 100,
    });
    expect(stats.disputes.sweeps.personTimes).toBeGreaterThanOrEqual(40);
    expect(stats.escalationsByLevel.length).toBeGreaterThan(0);
    expect(stats.overall.total).toBe(await totalCases());
    expect(stats.byCategory.map((c: { key: string }) => c.key)).toContain('dispute');
    // reviewers only: a villager has no statistics
    expect((await get(villager, '/api/v1/case-stats')).statusCode).toBe(403);
  });

  it('wishes: the wall shows masked names only; a member claims once; the claimant joins the chain', async () => {
    const w = (
      await post(villager, '/api/v1/cases', {
        typeCode: 'wish',
        title: '想要一台收音机',
        description: '老人想听戏',
        fields: {},
      })
    ).json();
    // a cadre of another village has no scope there: not found
    expect((await get(other, `/api/v1/wishes/wall?region=${w.regionCode}`)).statusCode).toBe(404);
    const ownWall = (await get(member, `/api/v1/wishes/wall?region=${w.regionCode}`)).json();
    const item = ownWall.items.find((i: { id: string }) => i.id === w.id);
    // without a region (a unit's or a union's staff hold none): every place the caller reads
    const ids = async (session: typeof member) =>
      ((await get(session, '/api/v1/wishes/wall')).json() as { items: { id: string }[] }).items.map(
        (i) => i.id,
      );
    expect(await ids(member)).toContain(w.id);
    expect(await ids(other)).not.toContain(w.id);
    const name = (await get(villager, '/api/v1/me/households')).json().person.name as string;
    expect(item.wisher).toBe(name[0] + '*'.repeat(name.length - 1));
    expect(JSON.stringify(ownWall)).not.toContain(name);
    expect(Object.keys(item).sort()).toEqual([
      'claimed',
      'claimedByTeam',
      'createdOn',
      'fulfilled',
      'id',
      'title',
      'wisher',
    ]);
    expect(
      (await post(member, `/api/v1/cases/${w.id}/actions`, { type: 'claim', team: '青年志愿队' }))
        .statusCode,
    ).toBe(200);
    expect((await post(cadre, `/api/v1/cases/${w.id}/actions`, { type: 'claim' })).statusCode).toBe(
      409,
    );
  });

  it('opinions: reception days need 7 days’ notice and the directory’s deputies; an opinion goes to a department with a deadline', async () => {
    const village = (await get(cadre, '/api/v1/cases?view=scope&pageSize=1')).json().items[0]
      .regionCode as string;
    const day = (offset: number) =>
      new Date(t.clock.now().getTime() + offset * 86_400_000 + 8 * 3_600_000)
        .toISOString()
        .slice(0, 10);
    // The deputies a cadre may name are the directory's current 人大代表 of the station's township.
    const choices = (await get(cadre, '/api/v1/reception-days')).json().deputyChoices as {
      personId: string;
      name: string;
    }[];
    const [deputy] = choices;
    if (!deputy) throw new Error('the demo township has no 人大代表');
    const [held] = await t
      .ctx()
      .db.select({ region: positions.regionCode })
      .from(positions)
      .where(
        and(eq(positions.personId, deputy.personId), eq(positions.code, 'peoplesCongressDeputy')),
      );
    expect(held?.region).toBe(`${village.slice(0, 9)}000`);
    const announce = (body: Record<string, unknown>) =>
      post(cadre, '/api/v1/reception-days', {
        regionCode: village,
        date: day(7),
        time: '09:00-11:30',
        place: '村党群服务中心',
        deputyPersonIds: [deputy.personId],
        ...body,
      });
    expect((await announce({ date: day(6) })).statusCode).toBe(400);
    // A name typed in, a resident who is no deputy, a deputy named twice: 400, nothing announced.
    expect((await announce({ deputyPersonIds: undefined, deputies: ['杨业泉'] })).statusCode).toBe(
      400,
    );
    const resident = (await get(villager, '/api/v1/me/households')).json().person.id as string;
    const notDeputy = await announce({ deputyPersonIds: [resident] });
    expect(notDeputy.statusCode).toBe(400);
    expect(JSON.stringify(notDeputy.json())).toContain('deputyPersonIds.0');
    expect(
      (await announce({ deputyPersonIds: [deputy.personId, deputy.personId] })).statusCode,
    ).toBe(400);
    expect((await get(cadre, '/api/v1/reception-days')).json().items).toEqual([]);
    const ok = await announce({});
    expect(ok.statusCode).toBe(201);
    expect(ok.json().deputies).toEqual([deputy.name]);
    expect((await announce({ time: '14:00', place: '村委会' })).statusCode).toBe(409);
    const listed = (await get(villager, '/api/v1/reception-days')).json();
    expect(listed.items.some((d: { date: string }) => d.date === day(7))).toBe(true);
    expect(listed.items.find((d: { date: string }) => d.date === day(7))).toMatchObject({
      deputies: [deputy.name],
      deputyPersonIds: [deputy.personId],
    });
    expect(listed.deputyChoices).toEqual([]);
    expect(listed.schedule[0].date.endsWith('-11')).toBe(true);
    // Who may announce is the server's word: the village's staff, not the villager.
    expect(listed.announceIn).toBeNull();
    expect((await get(cadre, '/api/v1/reception-days')).json().announceIn).toBe(village);
    const head = (await get(villager, '/api/v1/me/households')).json().person.id;
    const o = (
      await post(cadre, '/api/v1/cases', {
        typeCode: 'opinion',
        title: '增设公交站',
        description: '村口没有公交站',
        channel: 'reception_day',
        requesterPersonId: head,
        fields: { category: '民生' },
      })
    ).json();
    const units = (await get(county, '/api/v1/units?pageSize=1')).json();
    const unit = units.items[0];
    const given = await post(cadre, `/api/v1/cases/${o.id}/actions`, {
      type: 'assign_department',
      unitId: unit.id,
      deadline: '2027-03-31',
    });
    expect(given.statusCode).toBe(200);
    expect(given.json()).toMatchObject({
      owner: { kind: 'unit', id: unit.id, step: 'department' },
      details: { deadline: '2027-03-31', department: { unitId: unit.id } },
    });
    expect(given.json().dueAt).toBe('2027-03-31T15:59:59.000Z');
    expect(
      (
        await post(cadre, `/api/v1/cases/${o.id}/actions`, {
          type: 'assign_department',
          unitId: unit.id,
          deadline: '2020-01-01',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('代表建议: the township’s 人大代表 sends an opinion, follows it to a department and reads the answer', async () => {
    const deputy = await login(t.app, 'deputy');
    const sent = await post(deputy, '/api/v1/cases', {
      typeCode: 'opinion',
      title: '镇区增设路灯',
      description: '接待日群众反映镇区主干道夜间无照明',
      fields: { category: '人居环境' },
    });
    expect(sent.statusCode).toBe(201);
    const opinion = sent.json();
    expect(opinion).toMatchObject({ kind: 'opinion', requester: { name: expect.any(String) } });
    const mine = (await get(deputy, '/api/v1/cases?view=mine')).json();
    expect(mine.items.map((c: { id: string }) => c.id)).toContain(opinion.id);
    // The township's staff give it to a county department with a deadline; the deputy sees it move.
    const unit = (await get(county, '/api/v1/units?pageSize=1')).json().items[0];
    const given = await post(township, `/api/v1/cases/${opinion.id}/actions`, {
      type: 'assign_department',
      unitId: unit.id,
      deadline: '2027-03-31',
    });
    expect(given.statusCode).toBe(200);
    const followed = (await get(deputy, `/api/v1/cases/${opinion.id}`)).json();
    expect(followed).toMatchObject({ owner: { kind: 'unit', step: 'department' } });
    // A deputy follows their own opinions; they do not handle anyone's.
    expect(
      (await post(deputy, `/api/v1/cases/${opinion.id}/actions`, { type: 'start' })).statusCode,
    ).toBe(403);
  });

  it('认领实事: a unit claims a matter and becomes its owner', async () => {
    const head = (await get(villager, '/api/v1/me/households')).json().person.id;
    const m = (
      await post(cadre, '/api/v1/cases', {
        typeCode: 'matter',
        title: '修缮文化广场',
        description: '广场地砖破损',
        channel: 'visit',
        requesterPersonId: head,
        fields: {},
      })
    ).json();
    const unit = (await get(county, '/api/v1/units?pageSize=1')).json().items[0];
    const claimed = await post(cadre, `/api/v1/cases/${m.id}/actions`, {
      type: 'claim',
      unitId: unit.id,
    });
    expect(claimed.json()).toMatchObject({
      owner: { kind: 'unit', id: unit.id },
      details: { claimedBy: { unitId: unit.id } },
    });
  });
});

describe('catalog', () => {
  it('is editable by a county admin only; a changed SLA applies to new cases', async () => {
    const catalog = (await get(villager, '/api/v1/case-types')).json();
    expect(catalog.items.filter((i: { kind: string }) => i.kind === 'service')).toHaveLength(36);
    const road = catalog.items.find((i: { code: string }) => i.code === 'road');
    const { code: _code, ...definition } = road;
    expect(
      (
        await call(t.app, cadre, 'PUT', '/api/v1/case-types/road', {
          payload: { ...definition, slaHours: 24 },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await call(t.app, county, 'PUT', '/api/v1/case-types/road', {
          payload: { ...definition, ladder: ['county', 'L4'] },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call(t.app, county, 'PUT', '/api/v1/case-types/road', {
          payload: { ...definition, slaHours: 24 },
        })
      ).statusCode,
    ).toBe(200);
    const c = (
      await post(villager, '/api/v1/cases', {
        typeCode: 'road',
        title: '路面塌陷',
        description: '村西路面塌陷',
        fields: {},
      })
    ).json();
    expect(new Date(c.dueAt).getTime() - new Date(c.createdAt).getTime()).toBe(24 * 3_600_000);
    const added = await call(t.app, county, 'PUT', '/api/v1/case-types/stray-dogs', {
      payload: { ...definition, name: { zh: '流浪犬', en: 'Stray dogs' }, slaHours: 48 },
    });
    expect(added.statusCode).toBe(200);
    expect(
      (await get(villager, '/api/v1/case-types'))
        .json()
        .items.some((i: { code: string }) => i.code === 'stray-dogs'),
    ).toBe(true);
  });
});

describe('notifications', () => {
  it('delivers the inbox through a webhook channel to a local HTTP server, and retries what failed', async () => {
    let fail = true;
    const hook = await startHookReceiver(() => (fail ? 503 : 204));
    const received = hook.received;
    try {
      const channel = new WebhookChannel(hook.url('/hook'), 'shared-secret');
      const first = await deliverPending(t.ctx(), [channel], 5);
      expect(first.delivered).toBe(0);
      expect(first.failed).toBe(5);
      fail = false;
      const second = await deliverPending(t.ctx(), [channel], 5);
      expect(second).toEqual({ delivered: 5, failed: 0 });
      expect(received).toHaveLength(5);
      expect(received[0]?.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(Object.keys(received[0]?.body as object).sort()).toEqual([
        'accountId',
        'caseId',
        'createdAt',
        'id',
        'kind',
        'title',
      ]);
    } finally {
      hook.close();
    }
  });

  it('the scheduler delivers through the webhook configured by CASE_WEBHOOK_URL when the app is ready', async () => {
    const hook = await startHookReceiver(() => 200);
    const c = (await post(villager, '/api/v1/cases', { ...request, title: '推送测试' })).json();
    const app2 = await buildApp(
      { ...t.deps, config: { ...t.deps.config, caseWebhookUrl: hook.url() } },
      { webDist: '/nonexistent' },
    );
    try {
      await app2.ready();
      expect(
        hook.bodies.some(
          (b) =>
            (b as { caseId: string; kind: string }).caseId === c.id &&
            (b as { kind: string }).kind === 'case.assigned',
        ),
      ).toBe(true);
      const [left] = await t
        .ctx()
        .db.select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.caseId, c.id), isNull(notifications.deliveredAt)));
      expect(left?.n).toBe(0);
    } finally {
      await app2.close();
      hook.close();
    }
  });

  it('marks inbox messages read, only one’s own', async () => {
    const inbox = (await get(member, '/api/v1/inbox')).json();
    expect(inbox.unread).toBeGreaterThan(0);
    const id = inbox.items[0].id;
    expect((await post(township, `/api/v1/inbox/${id}/read`, undefined)).statusCode).toBe(404);
    expect((await post(member, `/api/v1/inbox/${id}/read`, undefined)).statusCode).toBe(204);
    expect((await get(member, '/api/v1/inbox')).json().unread).toBe(inbox.unread - 1);
  });
});

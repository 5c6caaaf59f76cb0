import { beforeAll, describe, expect, it } from 'vitest';
import { isWithinScope } from '../../../domain/region/regionCode.ts';
import { auditEvents, warningDecisions } from '../../db/schema/index.ts';
import { rowCounts } from '../../testing/fixtureCounty.ts';
import { call, login, type Session } from '../../testing/testApp.ts';
import { useTestApp } from '../../testing/appKit.ts';

// 预警中心 on the small demo county: warnings computed from cases, evaluations, 三零 events,
// obligations and the directory; 知悉 / 已处理 stick to a warning's key, inside the scope only.
const t = useTestApp({}, { directory: true }, 180_000);
let county: Session;
let cadre: Session;
let villager: Session;
let village: string;
let otherVillage: string;

interface Warning {
  key: string;
  kind: string;
  regionCode: string;
  regionName: string | null;
  subject: string;
  link: string;
  decision: { status: string; note: string } | null;
  canDecide: boolean;
}
interface WarningPage {
  items: Warning[];
  total: number;
  open: Record<string, number>;
}

const list = async (s: Session, query = ''): Promise<WarningPage> => {
  const res = await call(t.app, s, 'GET', `/api/v1/warnings?pageSize=200${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as WarningPage;
};
const decide = (s: Session, key: string, payload: unknown) =>
  call(t.app, s, 'POST', `/api/v1/warnings/${encodeURIComponent(key)}/decision`, { payload });
const footprint = () =>
  rowCounts(t.ctx().db, { warning_decisions: warningDecisions, audit_events: auditEvents });

beforeAll(async () => {
  [county, cadre, villager] = (await Promise.all(
    ['county', 'village1', 'villager'].map((u) => login(t.app, u)),
  )) as [Session, Session, Session];
  const me = (await call(t.app, cadre, 'GET', '/api/v1/auth/me')).json();
  village = me.roles[0].scope;
  const other = (
    await call(t.app, await login(t.app, 'village2'), 'GET', '/api/v1/auth/me')
  ).json();
  otherVillage = other.roles[0].scope;
}, 180_000);

describe('the warnings center', () => {
  it('lists what the records raise in the county, named and linked, with open counts per kind', async () => {
    const page = await list(county);
    const kinds = new Set(page.items.map((w) => w.kind));
    // the demo plants 三零 events next door and obligation laggards (seedZero, seedObligations)
    expect(kinds).toContain('zeroEvent');
    expect(kinds).toContain('obligationLaggard');
    for (const w of page.items) {
      expect(w.regionName, w.key).not.toBeNull();
      expect(w.link.startsWith('/'), w.link).toBe(true);
      expect(w.key.startsWith(`${w.kind}:${w.regionCode}:`)).toBe(true);
    }
    const open = page.items.filter((w) => w.decision === null);
    for (const kind of kinds)
      expect(page.open[kind], kind).toBe(open.filter((w) => w.kind === kind).length);
    const zero = page.items.find((w) => w.kind === 'zeroEvent');
    expect(zero?.regionCode).toBe(otherVillage);
    // one kind at a time
    const laggards = await list(county, '&kind=obligationLaggard');
    expect(laggards.items.length).toBeGreaterThan(0);
    expect(laggards.items.every((w) => w.kind === 'obligationLaggard')).toBe(true);
    expect(laggards.items[0]?.link).toMatch(/^\/obligations\/board\?kind=/);
  });

  it('raises a case once it passes its deadline, with a link to it', async () => {
    const before = await list(county, '&kind=overdueCase');
    const res = await call(t.app, villager, 'POST', '/api/v1/cases', {
      payload: {
        typeCode: 'request',
        title: '路灯不亮',
        description: '村口路灯坏了三天。',
        fields: {},
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    expect((await list(county, '&kind=overdueCase')).items.some((w) => w.key.endsWith(id))).toBe(
      false,
    );
    // forty days on (sessions end while idle: sign in again)
    t.clock.advanceMinutes(40 * 24 * 60);
    [county, cadre, villager] = (await Promise.all(
      ['county', 'village1', 'villager'].map((u) => login(t.app, u)),
    )) as [Session, Session, Session];
    const after = await list(county, '&kind=overdueCase');
    const raised = after.items.find((w) => w.key.endsWith(id));
    expect(raised).toMatchObject({ kind: 'overdueCase', subject: '路灯不亮' });
    expect(raised?.link).toContain(`case=${id}`);
    expect(after.total).toBeGreaterThan(before.total);
  });

  it('shows a village cadre the village’s warnings only, and 404 for another village', async () => {
    const page = await list(cadre);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((w) => isWithinScope(w.regionCode, village))).toBe(true);
    const other = await call(t.app, cadre, 'GET', `/api/v1/warnings?region=${otherVillage}`);
    expect(other.statusCode).toBe(404);
    expect((await call(t.app, villager, 'GET', '/api/v1/warnings')).statusCode).toBe(403);
  });

  it('acknowledges and resolves a warning with a note, audited, and it leaves the open list', async () => {
    const open = await list(cadre);
    const target = open.items.find((w) => w.canDecide);
    if (!target) throw new Error('the village has no warning to decide');
    const before = await footprint();
    const ack = await decide(cadre, target.key, { status: 'acknowledged', note: '已联系第一书记' });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ key: target.key, decision: { status: 'acknowledged' } });
    const after = await footprint();
    expect(after.warning_decisions).toBe(before.warning_decisions + 1);
    expect(after.audit_events).toBe(before.audit_events + 1);
    const stillOpen = await list(cadre);
    expect(stillOpen.items.some((w) => w.key === target.key)).toBe(false);
    expect(stillOpen.open[target.kind]).toBe((open.open[target.kind] ?? 0) - 1);
    expect((await list(cadre, '&status=acknowledged')).items.map((w) => w.key)).toContain(
      target.key,
    );
    const resolved = await decide(cadre, target.key, { status: 'resolved', note: '已处理完毕' });
    expect(resolved.statusCode).toBe(200);
    const done = (await list(cadre, '&status=resolved')).items.find((w) => w.key === target.key);
    expect(done?.decision).toMatchObject({ status: 'resolved', note: '已处理完毕' });
    expect((await footprint()).warning_decisions).toBe(after.warning_decisions);
  });

  it('refuses bad input, keys it does not raise and warnings outside the scope, changing nothing', async () => {
    const countyPage = await list(county);
    const elsewhere = countyPage.items.find((w) => !isWithinScope(w.regionCode, village));
    if (!elsewhere) throw new Error('no warning outside the village');
    const before = await footprint();
    const cases: [Session, string, unknown, number][] = [
      [cadre, elsewhere.key, { status: 'acknowledged', note: '越权' }, 404],
      [cadre, `noSecretary:${village}:${village}`, { status: 'resolved', note: '没有这条' }, 404],
      [cadre, 'not-a-key', { status: 'resolved', note: '格式不对' }, 404],
      [county, elsewhere.key, { status: 'acknowledged', note: '' }, 400],
      [county, elsewhere.key, { status: 'closed', note: '状态不对' }, 400],
      [villager, elsewhere.key, { status: 'acknowledged', note: '村民' }, 403],
    ];
    for (const [who, key, body, status] of cases) {
      const res = await decide(who, key, body);
      expect(res.statusCode, `${key} ${JSON.stringify(body)}: ${res.body}`).toBe(status);
    }
    expect(await footprint()).toEqual(before);
  });
});

import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../../testing/sharedData.ts';
import { cases, open311Keys } from '../../db/schema/index.ts';
import { DEMO_OPEN311_KEY } from '../../seed/seedCases.ts';
import { open311App, postForm as postFormTo, type ModelVillage } from '../../testing/open311Kit.ts';
import { call, login, type TestApp } from '../../testing/testApp.ts';

// Conformance with GeoReport v2: every JSON answer validates against the Open311 project's schemas
// (shared/conformance/open311), every XML answer carries the same fields as its JSON twin.

const ajv = new Ajv({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
for (const name of ['service', 'request', 'services', 'requests', 'service-definition']) {
  ajv.addSchema(
    JSON.parse(
      readFileSync(sharedPath('conformance', 'open311', 'georeport-v2', `${name}.json`), 'utf8'),
    ) as object,
    `${name}.json`,
  );
}
function valid(schema: string, body: unknown): void {
  const validate = ajv.getSchema(`${schema}.json`);
  if (!validate) throw new Error(schema);
  const ok = validate(body);
  expect(ok, JSON.stringify(validate.errors)).toBe(true);
}

const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) =>
    ['service', 'request', 'attribute', 'value', 'error', 'endpoint', 'format'].includes(name),
});
/** The XML document's list under root/item, as plain string-valued records. */
function xmlList(body: string, root: string, item: string): Record<string, unknown>[] {
  expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  const doc = xml.parse(body) as Record<string, Record<string, Record<string, unknown>[]> | string>;
  const top = doc[root];
  if (top === '' || top === undefined) return [];
  return (top as Record<string, Record<string, unknown>[]>)[item] ?? [];
}
/** Every JSON field appears in the XML record with the same text (null as an empty element). */
function sameFields(json: Record<string, unknown>, x: Record<string, unknown> | undefined): void {
  expect(x).toBeDefined();
  for (const [k, v] of Object.entries(json)) {
    if (Array.isArray(v) || v === undefined) continue;
    expect(k in (x ?? {}), k).toBe(true);
    expect(String((x ?? {})[k] ?? ''), k).toBe(v === null ? '' : String(v));
  }
}
/** The XML list holds the JSON list's records, one for one, each with the same fields. */
function sameList(json: Record<string, unknown>[], x: Record<string, unknown>[]): void {
  expect(x).toHaveLength(json.length);
  json.forEach((r, i) => sameFields(r, x[i]));
}

let t: TestApp;
let village: ModelVillage;
const COUNTY = '410599000000';
const postForm = (url: string, fields: Record<string, string>) => postFormTo(t, url, fields);
const get = (url: string) => t.app.inject({ method: 'GET', url });
/** The service requests an XML route answers (a token's, one request, a list). */
const requestsXml = async (url: string) =>
  xmlList((await get(url)).body, 'service_requests', 'request');

beforeAll(async () => {
  ({ t, village } = await open311App());
}, 180_000);
afterAll(() => t.close());

describe('Open311 GeoReport v2', () => {
  it('serves the discovery document in JSON and XML', async () => {
    const json = (await get('/open311/v2/discovery.json')).json();
    expect(json.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      formats: ['text/xml', 'application/json'],
    });
    const res = await get('/open311/v2/discovery.xml');
    expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
    const doc = xml.parse(res.body).discovery;
    expect(doc.endpoints.endpoint[0].specification).toBe('http://wiki.open311.org/GeoReport_v2');
    expect(doc.endpoints.endpoint[0].formats.format).toEqual(['text/xml', 'application/json']);
  });

  it('lists services and their definitions (attributes), validating against the schemas', async () => {
    const services = (await get('/open311/v2/services.json')).json();
    valid('services', services);
    // the three problem reports and the 36 代办事项; disputes, wishes, opinions and 民生实事 stay inside
    const codes = services.map((s: { service_code: string }) => s.service_code);
    expect(codes).toHaveLength(39);
    expect(codes.filter((c: string) => !c.startsWith('svc-')).sort()).toEqual([
      'environment',
      'request',
      'road',
    ]);
    for (const closed of ['dispute', 'wish', 'opinion', 'matter'])
      expect((await get(`/open311/v2/services/${closed}.json`)).statusCode).toBe(404);
    const xmlServices = xmlList(
      (await get('/open311/v2/services.xml')).body,
      'services',
      'service',
    );
    sameList(services, xmlServices);
    const def = (await get('/open311/v2/services/environment.json')).json();
    valid('service-definition', def);
    expect(def.attributes[0]).toMatchObject({
      code: 'hazard',
      datatype: 'singlevaluelist',
      required: false,
      values: [{ key: 'true' }, { key: 'false' }],
    });
    const xdef = xml.parse(
      (await get('/open311/v2/services/environment.xml')).body,
    ).service_definition;
    expect(xdef.service_code).toBe('environment');
    sameFields({ ...def.attributes[0], values: undefined }, xdef.attributes.attribute[0]);
    expect(xdef.attributes.attribute[0].values.value.map((v: { key: string }) => v.key)).toEqual([
      'true',
      'false',
    ]);
    // English names on request
    const en = (
      await t.app.inject({
        method: 'GET',
        url: '/open311/v2/services.json',
        headers: { 'accept-language': 'en' },
      })
    ).json();
    expect(en.find((s: { service_code: string }) => s.service_code === 'road').service_name).toBe(
      'Road and facility repair',
    );
  });

  it('takes a form-encoded POST with api_key and lat/long, answers id and token, routes it into the village', async () => {
    if (village.lat === null || village.lng === null) throw new Error('village centroid');
    const res = await postForm('/open311/v2/requests.json', {
      api_key: DEMO_OPEN311_KEY,
      jurisdiction_id: COUNTY,
      service_code: 'environment',
      lat: String(village.lat + 0.001),
      long: String(village.lng),
      description: '河道里有大量垃圾',
      'attribute[hazard]': 'true',
      first_name: '三',
      last_name: '张',
      email: 'z@example.org',
    });
    expect(res.statusCode).toBe(200);
    const [answer] = res.json();
    expect(answer.service_request_id).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = await t
      .ctx()
      .db.select()
      .from(cases)
      .where(eq(cases.id, answer.service_request_id));
    expect(row).toMatchObject({
      regionCode: village.code,
      channel: 'open311',
      fields: { hazard: true },
      requesterName: '张三',
      state: 'assigned',
    });
    // the token answers the id
    const token = (await get(`/open311/v2/tokens/${answer.token}.json`)).json();
    expect(token).toEqual([{ service_request_id: answer.service_request_id, token: answer.token }]);
    const tokenXml = await requestsXml(`/open311/v2/tokens/${answer.token}.xml`);
    expect(tokenXml[0]?.service_request_id).toBe(answer.service_request_id);
    // by address, in XML
    const byAddress = await postForm('/open311/v2/requests.xml', {
      api_key: DEMO_OPEN311_KEY,
      service_code: 'road',
      address_string: `${village.name}村口石桥`,
      description: '石桥护栏断了',
    });
    expect(byAddress.statusCode).toBe(200);
    const posted = xmlList(byAddress.body, 'service_requests', 'request');
    expect(posted[0]?.service_request_id).toMatch(/^[0-9a-f-]{36}$/);
    // the single request, JSON and XML, never with the reporter's name
    const one = (await get(`/open311/v2/requests/${answer.service_request_id}.json`)).json();
    valid('requests', one);
    expect(one[0]).toMatchObject({
      service_request_id: answer.service_request_id,
      status: 'open',
      service_code: 'environment',
      description: '河道里有大量垃圾',
    });
    expect(JSON.stringify(one)).not.toContain('张三');
    const oneXml = await requestsXml(`/open311/v2/requests/${answer.service_request_id}.xml`);
    sameFields(one[0], oneXml[0]);
  });

  it('takes an errand for the resident registered with the phone it carries, and keeps it private', async () => {
    const villager = await login(t.app, 'villager');
    const head = (await call(t.app, villager, 'GET', '/api/v1/me/households')).json().person as {
      id: string;
    };
    const county = await login(t.app, 'county');
    const phone = '13912345678';
    expect(
      (
        await call(t.app, county, 'PATCH', `/api/v1/persons/${head.id}`, {
          payload: { phone },
        })
      ).statusCode,
    ).toBe(200);
    const errand = (fields: Record<string, string>) =>
      postForm('/open311/v2/requests.json', {
        api_key: DEMO_OPEN311_KEY,
        service_code: 'svc-02',
        description: '给母亲开居住证明',
        ...fields,
      });
    const before = (await t.ctx().db.select({ id: cases.id }).from(cases)).length;
    // no phone, a malformed one, a number no resident has: 400 and nothing written
    const bad: Record<string, string>[] = [{}, { phone: '12345' }, { phone: '13900000001' }];
    for (const fields of bad) {
      const refused = await errand(fields);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()[0].description).toMatch(/phone/);
    }
    expect((await t.ctx().db.select({ id: cases.id }).from(cases)).length).toBe(before);
    const res = await errand({ phone: `+86 ${phone}` });
    expect(res.statusCode).toBe(200);
    const id = res.json()[0].service_request_id as string;
    const [row] = await t.ctx().db.select().from(cases).where(eq(cases.id, id));
    expect(row).toMatchObject({
      kind: 'service',
      channel: 'open311',
      requesterPersonId: head.id,
      // the resident's own village, whatever location the client sent
      regionCode: village.code,
      ownerStep: 'window',
      requesterName: null,
    });
    expect(JSON.stringify(row)).not.toContain(phone);
    // the resident finds it among their own cases; the public list shows no text of it
    const mine = (await call(t.app, villager, 'GET', '/api/v1/cases?view=mine')).json();
    expect(mine.items.map((c: { id: string }) => c.id)).toContain(id);
    const [listed] = (await get(`/open311/v2/requests/${id}.json`)).json();
    expect(listed).toMatchObject({ service_code: 'svc-02', description: null, address: null });
  });

  it('takes a key a county admin created: shown once, kept only as a hash, accepted by POST requests', async () => {
    const county = await login(t.app, 'county');
    const created = await call(t.app, county, 'POST', '/api/v1/open311-keys', {
      payload: { name: '12345 热线对接', county: COUNTY },
    });
    expect(created.statusCode).toBe(201);
    const { apiKey, id } = created.json() as { apiKey: string; id: string };
    expect(apiKey).toMatch(/^o311_[A-Za-z0-9_-]{32}$/);
    const [stored] = await t.ctx().db.select().from(open311Keys).where(eq(open311Keys.id, id));
    expect(JSON.stringify(stored)).not.toContain(apiKey);
    const res = await postForm('/open311/v2/requests.json', {
      api_key: apiKey,
      service_code: 'road',
      address_string: `${village.name}小学门口`,
      description: '减速带松动',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()[0].service_request_id).toMatch(/^[0-9a-f-]{36}$/);
    // a village cadre cannot create keys
    const cadre = await login(t.app, 'village1');
    expect(
      (await call(t.app, cadre, 'POST', '/api/v1/open311-keys', { payload: { name: 'x' } }))
        .statusCode,
    ).toBe(403);
  });

  it('lists requests with the spec’s filters and default 90-day window', async () => {
    const all = (await get('/open311/v2/requests.json')).json();
    valid('requests', all);
    // the demo's own road case (a villager's) is listed without its description or place
    const demoRoad = all.find(
      (r: { service_code: string; description: string | null }) =>
        r.service_code === 'road' && r.description === null,
    );
    expect(demoRoad).toMatchObject({ address: null, lat: null, long: null });
    sameList(all, await requestsXml('/open311/v2/requests.xml'));
    const ids = all.slice(0, 2).map((r: { service_request_id: string }) => r.service_request_id);
    const picked = (
      await get(`/open311/v2/requests.json?service_request_id=${ids.join(',')}`)
    ).json();
    valid('requests', picked);
    expect(picked.map((r: { service_request_id: string }) => r.service_request_id).sort()).toEqual(
      [...ids].sort(),
    );
    const roads = (await get('/open311/v2/requests.json?service_code=road')).json();
    expect(roads.length).toBeGreaterThan(0);
    expect(roads.every((r: { service_code: string }) => r.service_code === 'road')).toBe(true);
    const open = (await get('/open311/v2/requests.json?status=open')).json();
    expect(open.every((r: { status: string }) => r.status === 'open')).toBe(true);
    const closed = (await get('/open311/v2/requests.json?status=closed')).json();
    expect(open.length + closed.length).toBe(all.length);
    const future = (
      await get(
        `/open311/v2/requests.json?start_date=${encodeURIComponent('2030-01-01T00:00:00+08:00')}&end_date=${encodeURIComponent('2030-02-01T00:00:00+08:00')}`,
      )
    ).json();
    expect(future).toEqual([]);
    // outside the default window: 91 days later nothing is listed
    t.clock.advanceMinutes(91 * 24 * 60);
    expect((await get('/open311/v2/requests.json')).json()).toEqual([]);
    expect(
      (await get(`/open311/v2/requests.json?service_request_id=${ids[0]}`)).json(),
    ).toHaveLength(1);
  });

  it('answers errors as a list of {code, description}: 403 key, 400 bad request, 404 unknown code or jurisdiction, in JSON and XML', async () => {
    const base = {
      jurisdiction_id: COUNTY,
      service_code: 'road',
      address_string: `${village.name}`,
      description: 'x',
    };
    const cases_: [() => Promise<{ statusCode: number; body: string }>, number][] = [
      [() => postForm('/open311/v2/requests.json', base), 403],
      [() => postForm('/open311/v2/requests.json', { ...base, api_key: 'wrong' }), 403],
      [
        () =>
          postForm('/open311/v2/requests.json', {
            ...base,
            api_key: DEMO_OPEN311_KEY,
            service_code: 'nope',
          }),
        404,
      ],
      [
        () =>
          postForm('/open311/v2/requests.json', {
            ...base,
            api_key: DEMO_OPEN311_KEY,
            service_code: '',
          }),
        400,
      ],
      [
        () =>
          postForm('/open311/v2/requests.json', {
            api_key: DEMO_OPEN311_KEY,
            service_code: 'road',
          }),
        400,
      ],
      [
        () =>
          postForm('/open311/v2/requests.json', {
            api_key: DEMO_OPEN311_KEY,
            service_code: 'road',
            lat: '0',
            long: '0',
          }),
        400,
      ],
      [
        () =>
          postForm('/open311/v2/requests.json', {
            ...base,
            api_key: DEMO_OPEN311_KEY,
            service_code: 'environment',
            'attribute[hazard]': 'maybe',
          }),
        400,
      ],
      [
        () =>
          postForm('/open311/v2/requests.json', {
            ...base,
            api_key: DEMO_OPEN311_KEY,
            jurisdiction_id: '990000000000',
          }),
        404,
      ],
      [() => get('/open311/v2/services/nope.json'), 404],
      [() => get('/open311/v2/requests.json?start_date=yesterday'), 400],
      [() => get('/open311/v2/requests.json?status=pending'), 400],
      [() => get('/open311/v2/requests/00000000-0000-7000-8000-000000000000.json'), 404],
      [() => get('/open311/v2/tokens/nope.json'), 404],
      [() => get('/open311/v2/nothing.json'), 404],
      [() => get('/open311/v2/services.csv'), 404],
    ];
    const before = (await t.ctx().db.select({ id: cases.id }).from(cases)).length;
    for (const [run, status] of cases_) {
      const res = await run();
      expect(res.statusCode, res.body).toBe(status);
      const body = JSON.parse(res.body) as { code: number; description: string }[];
      expect(body).toHaveLength(1);
      expect(body[0]?.code).toBe(status);
      expect(typeof body[0]?.description).toBe('string');
    }
    expect((await t.ctx().db.select({ id: cases.id }).from(cases)).length).toBe(before);
    const x = await postForm('/open311/v2/requests.xml', base);
    expect(x.statusCode).toBe(403);
    expect(xmlList(x.body, 'errors', 'error')).toEqual([
      { code: '403', description: 'api_key is required' },
    ]);
  });
});

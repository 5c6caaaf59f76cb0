import { describe, expect, it } from 'vitest';
import { nameSearchKeys } from '../../../domain/directory/pinyinSearch.ts';
import { demoCounty, useDirectoryApp } from '../../testing/directoryFixtures.ts';
import { useLogins } from '../../testing/appKit.ts';
import { call, latestAuditEvent } from '../../testing/testApp.ts';

const VILLAGE1 = '410599100200';
const demo = demoCounty();
const t = useDirectoryApp();
const { village1: cadre, county } = useLogins(t, 'village1', 'county');

const inVillage1 = demo.persons.filter((p) => p.regionCode === VILLAGE1);
const outside = demo.persons.find((p) => !p.regionCode.startsWith('410599100'));

describe('persons', () => {
  it('shows a village cadre exactly the people of the village, masked', async () => {
    const res = await call(t.app, cadre, 'GET', '/api/v1/persons?pageSize=200');
    const body = res.json();
    expect(body.total).toBe(inVillage1.length);
    for (const p of body.items) expect(p.regionCode).toBe(VILLAGE1);
    expect(body.items[0].idNumber).toMatch(/^\d{3}\*{11}[\dX]{4}$/);
    expect(res.body).not.toMatch(/\d{17}[\dX]/);
  });

  it('finds a person by pinyin initials, full pinyin, Chinese and ID number', async () => {
    const target = inVillage1.find((p) => Array.from(p.name).length === 3) ?? inVillage1[0];
    if (!target) throw new Error('no person');
    const keys = nameSearchKeys(target.name);
    for (const q of [keys.initials, keys.full, target.name]) {
      const body = (
        await call(t.app, cadre, 'GET', `/api/v1/persons?q=${encodeURIComponent(q)}&pageSize=200`)
      ).json();
      expect(
        body.items.map((p: { id: string }) => p.id),
        q,
      ).toContain(target.id);
    }
    for (const q of [keys.initials, target.idNumber]) {
      const res = await call(t.app, cadre, 'POST', '/api/v1/persons/search', {
        payload: { q, pageSize: 200 },
      });
      expect(res.statusCode, q).toBe(200);
      expect(res.json().items.map((p: { id: string }) => p.id)).toContain(target.id);
    }
  });

  it('keeps full ID and phone numbers out of URLs: a GET search by number is refused', async () => {
    const target = inVillage1[0];
    if (!target) throw new Error('no person');
    for (const q of [target.idNumber, '13912345678', target.idNumber.slice(0, 15)]) {
      const res = await call(t.app, cadre, 'GET', `/api/v1/persons?q=${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.details.issues[0].message).toMatch(/POST \/api\/v1\/persons\/search/);
    }
    // a short digit string (a house number, a year) still searches by GET
    expect((await call(t.app, cadre, 'GET', '/api/v1/persons?q=1990')).statusCode).toBe(200);
  });

  it('reads 曾 and 单 as surnames (zeng, shan)', async () => {
    const zeng = demo.persons.find((p) => p.name.startsWith('曾'));
    const shan = demo.persons.find((p) => p.name.startsWith('单'));
    for (const [person, syllable] of [
      [zeng, 'zeng'],
      [shan, 'shan'],
    ] as const) {
      if (!person) continue;
      const body = (
        await call(
          t.app,
          county,
          'GET',
          `/api/v1/persons?q=${syllable}${nameSearchKeys(person.name).full.slice(syllable.length)}&pageSize=200`,
        )
      ).json();
      expect(body.items.map((p: { id: string }) => p.id)).toContain(person.id);
    }
    expect(zeng ?? shan).toBeDefined();
  });

  it('answers 404 for a person outside the scope, and the detail inside it', async () => {
    if (!outside || !inVillage1[0]) throw new Error('fixture');
    expect((await call(t.app, cadre, 'GET', `/api/v1/persons/${outside.id}`)).statusCode).toBe(404);
    const detail = (await call(t.app, cadre, 'GET', `/api/v1/persons/${inVillage1[0].id}`)).json();
    expect(detail).toMatchObject({
      id: inVillage1[0].id,
      name: inVillage1[0].name,
      regionName: '振兴村',
    });
  });

  it('masks a minor’s birth date', async () => {
    const child = inVillage1.find((p) => p.birthDate > '2013-01-01');
    if (!child) throw new Error('no minor generated');
    const detail = (await call(t.app, cadre, 'GET', `/api/v1/persons/${child.id}`)).json();
    expect(detail.minor).toBe(true);
    expect(detail.birthDate).toBe(`${child.birthDate.slice(0, 4)}-**-**`);
  });

  it('reveals an ID number to the county admin with a purpose and audits it', async () => {
    const target = inVillage1[0];
    if (!target) throw new Error('fixture');
    const res = await call(t.app, county, 'POST', '/api/v1/privacy/reveal', {
      payload: {
        objectType: 'person',
        objectId: target.id,
        field: 'idNumber',
        purpose: 'review_benefit',
      },
    });
    expect(res.json()).toEqual({ value: target.idNumber });
    const event = await latestAuditEvent(t);
    expect(event).toMatchObject({
      action: 'privacy.reveal',
      objectType: 'person',
      objectId: target.id,
      regionCode: VILLAGE1,
    });
  });
});

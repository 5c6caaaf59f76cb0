import crypto from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, lte, notInArray, type SQL } from 'drizzle-orm';
import type { CaseType } from '../../../domain/cases/catalog.ts';
import { fieldProblems } from '../../../domain/cases/catalog.ts';
import { RESOLVED_STATES } from '../../../domain/cases/lifecycle.ts';
import type { LadderStep } from '../../../domain/cases/ladder.ts';
import { cases, persons, regions } from '../../db/schema/index.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { catalogOf, caseTypeOf } from './catalog.ts';
import { countyOfApiKey, hashApiKey } from './open311Keys.ts';
import { phoneGuardFor } from './open311PhoneGuard.ts';
import { intake } from './intake.ts';

import { jurisdiction, offered } from './open311.ts';
import { english, Open311Error, str } from './open311Wire.ts';

// Open311 requests: POST (a report, or an errand for the resident whose phone the directory holds),
// the token lookup, and the public list with its filters — never the requester.

/** Typed values from the form's `attribute[code]` entries; select lists and booleans by key. */
function attributeValues(type: CaseType, form: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form) {
    const m = /^attribute\[([^\]]+)\](\[\])?$/.exec(key);
    if (!m || !m[1]) continue;
    const field = type.fields.find((f) => f.code === m[1]);
    if (!field)
      throw new Open311Error(400, `attribute[${m[1]}] is not an attribute of ${type.code}`);
    out[field.code] =
      field.type === 'number'
        ? value.trim() === '' || Number.isNaN(Number(value))
          ? value
          : Number(value)
        : field.type === 'boolean'
          ? value === 'true'
            ? true
            : value === 'false'
              ? false
              : value
          : value;
  }
  return out;
}

const DEG_KM = 111;

/** The village a report is about: by address_id (a village code), a village named in the address, or the nearest village centre (≤ 30 km). */
async function villageFor(ctx: Ctx, county: string, form: URLSearchParams): Promise<string> {
  const villages = await ctx.db
    .select({ code: regions.code, name: regions.name, lat: regions.lat, lng: regions.lng })
    .from(regions)
    .where(and(eq(regions.countyCode, county), eq(regions.level, 'village')));
  const addressId = form.get('address_id');
  if (addressId) {
    const v = villages.find((x) => x.code === addressId);
    if (!v) throw new Open311Error(400, 'address_id is not a village of this jurisdiction');
    return v.code;
  }
  const address = form.get('address_string');
  const lat = form.get('lat');
  const long = form.get('long');
  if (address) {
    const named = villages
      .filter((v) => address.includes(v.name))
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (named) return named.code;
    if (!lat || !long)
      throw new Open311Error(400, 'address_string names no village of this jurisdiction');
  }
  if (!lat || !long)
    throw new Open311Error(
      400,
      'a location is required: lat and long, address_string or address_id',
    );
  const la = Number(lat);
  const lo = Number(long);
  if (!Number.isFinite(la) || !Number.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180)
    throw new Open311Error(400, 'lat and long must be decimal degrees');
  let best: { code: string; km: number } | null = null;
  for (const v of villages) {
    if (v.lat === null || v.lng === null) continue;
    const km = Math.hypot(v.lat - la, (v.lng - lo) * Math.cos((la * Math.PI) / 180)) * DEG_KM;
    if (!best || km < best.km) best = { code: v.code, km };
  }
  if (!best || best.km > 30)
    throw new Open311Error(400, 'the location lies outside this jurisdiction');
  return best.code;
}

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The resident an errand is for: the one person of the county whose phone on record is `phone`
 * (looked up by its blind index; the number is neither stored nor echoed).
 */
async function residentFor(ctx: Ctx, county: string, form: URLSearchParams, keyHash: string) {
  const guard = phoneGuardFor(ctx.config);
  const wait = guard.retryAfterSeconds(keyHash, ctx.clock());
  if (wait > 0)
    throw new Open311Error(
      429,
      `too many errands whose phone matched no resident; try again in ${wait} s`,
      wait,
    );
  const phone = (form.get('phone') ?? '').replace(/[\s-]/g, '').replace(/^\+?86/, '');
  if (!phone)
    throw new Open311Error(
      400,
      'phone is required for an errand: it is done for the resident registered with that number',
    );
  if (!MOBILE.test(phone)) throw new Open311Error(400, 'phone must be an 11-digit mobile number');
  const found = await ctx.db
    .select({ id: persons.id, regionCode: persons.regionCode, householdId: persons.householdId })
    .from(persons)
    .where(
      and(eq(persons.countyCode, county), eq(persons.phoneIndex, ctx.cipher.blindIndex(phone))),
    )
    .limit(2);
  const [person] = found;
  if (!person || found.length > 1) guard.recordMiss(keyHash, ctx.clock());
  if (!person || found.length > 1)
    throw new Open311Error(
      400,
      'no single resident of this jurisdiction is registered with this phone; ask at the village 党群服务中心',
    );
  return person;
}

export async function postRequest(ctx: Ctx, form: URLSearchParams) {
  const key = form.get('api_key');
  if (!key) throw new Open311Error(403, 'api_key is required');
  const keyCounty = await countyOfApiKey(ctx, key);
  if (!keyCounty) throw new Open311Error(403, 'invalid api_key');
  const county = await jurisdiction(ctx, Object.fromEntries(form));
  if (county !== keyCounty)
    throw new Open311Error(403, 'the api_key is not valid for this jurisdiction');
  const code = form.get('service_code');
  if (!code) throw new Open311Error(400, 'service_code is required');
  const type = await caseTypeOf(ctx, county, code);
  if (!type || !offered(type)) throw new Open311Error(404, `unknown service_code ${code}`);
  const resident =
    type.kind === 'service' ? await residentFor(ctx, county, form, hashApiKey(key)) : null;
  const village = resident?.regionCode ?? (await villageFor(ctx, county, form));
  const fields = attributeValues(type, form);
  const problems = fieldProblems(type, fields);
  if (problems[0])
    throw new Open311Error(400, `attribute[${problems[0].path.slice(7)}]: ${problems[0].message}`);
  const description = (form.get('description') ?? '').trim().slice(0, 2000) || type.name.zh;
  const name =
    [form.get('last_name'), form.get('first_name')].filter(Boolean).join('').slice(0, 40) || null;
  const lat = form.get('lat') ? Number(form.get('lat')) : null;
  const long = form.get('long') ? Number(form.get('long')) : null;
  const token = crypto.randomUUID();
  const id = await transaction(ctx, (tx) =>
    intake(tx, {
      type,
      regionCode: village,
      householdId: resident?.householdId ?? null,
      requesterPersonId: resident?.id ?? null,
      requesterAccountId: null,
      // Only a name is kept (inside the owner chain); e-mail, phone and device id are not stored.
      requesterName: resident ? null : name,
      enteredBy: null,
      channel: 'open311',
      title: `${type.name.zh}：${description.slice(0, 30)}`,
      description,
      place: form.get('address_string')?.slice(0, 200) ?? null,
      lat: Number.isFinite(lat) ? lat : null,
      lng: Number.isFinite(long) ? long : null,
      fields,
      details: {},
      open311Token: token,
    }),
  );
  return [
    {
      service_request_id: id,
      token,
      service_notice:
        '已受理，将按五级联包责任体系办理 / Received; handled along the responsibility tree',
      account_id: null,
    },
  ];
}

const CLOSED: readonly string[] = RESOLVED_STATES;
const STEP_AGENCY: Record<LadderStep, string> = {
  L4: '联户党员',
  L3: '党小组',
  L2: '支部委员',
  L1: '村党组织',
  window: '村党群服务中心',
  mediator: '调解员',
  township_mediator: '乡镇金牌调解员',
  department: '职能部门',
  township: '乡镇',
  county: '县级',
};
const STATUS_NOTES: Record<string, string> = {
  submitted: '已提交',
  assigned: '已分派',
  in_progress: '办理中',
  resolved: '已办结，待确认',
  confirmed: '群众已确认',
  auto_confirmed: '逾期未评价，系统确认',
  reopened: '群众未认可，重新办理',
  closed: '已关闭',
};

function requestView(row: typeof cases.$inferSelect, type: CaseType | undefined, en: boolean) {
  // An errand is about a named resident: even sent through Open311, its text stays inside.
  const fromOpen311 = row.channel === 'open311' && row.kind !== 'service';
  return {
    service_request_id: row.id,
    status: CLOSED.includes(row.state) ? 'closed' : 'open',
    status_notes: STATUS_NOTES[row.state] ?? row.state,
    service_name: type ? (en ? type.name.en : type.name.zh) : null,
    service_code: row.typeCode,
    // Only what a reporter sent through Open311 is public; villagers' own cases stay inside the owner chain.
    description: fromOpen311 ? row.description : null,
    agency_responsible: STEP_AGENCY[row.ownerStep as LadderStep] ?? null,
    service_notice: null,
    requested_datetime: row.createdAt.toISOString(),
    updated_datetime: row.updatedAt.toISOString(),
    expected_datetime: row.dueAt && !CLOSED.includes(row.state) ? row.dueAt.toISOString() : null,
    address: fromOpen311 ? row.place : null,
    address_id: null,
    zipcode: null,
    lat: fromOpen311 ? row.lat : null,
    long: fromOpen311 ? row.lng : null,
    media_url: null,
  };
}

const isoDate = (v: string, name: string): Date => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v))
    throw new Open311Error(
      400,
      `${name} must be a W3C datetime with a zone, e.g. 2026-11-01T00:00:00+08:00`,
    );
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Open311Error(400, `${name} is not a valid datetime`);
  return d;
};

export async function listRequests(
  ctx: Ctx,
  q: Record<string, unknown>,
  lang: string | undefined,
  onlyId?: string,
) {
  const county = await jurisdiction(ctx, q);
  const catalog = await catalogOf(ctx, county);
  const openCodes = catalog.filter((t) => t.open311).map((t) => t.code);
  const filters: (SQL | undefined)[] = [
    eq(cases.countyCode, county),
    inArray(cases.typeCode, openCodes.length > 0 ? openCodes : ['-']),
  ];
  const ids = onlyId
    ? [onlyId]
    : (str(q.service_request_id) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  let limit = 1000;
  if (ids.length > 0) {
    const valid = ids.filter((i) => uuid.test(i));
    filters.push(
      inArray(cases.id, valid.length > 0 ? valid : ['00000000-0000-0000-0000-000000000000']),
    );
    limit = Math.min(1000, ids.length);
  } else {
    const code = str(q.service_code);
    if (code)
      filters.push(
        inArray(
          cases.typeCode,
          code.split(',').map((s) => s.trim()),
        ),
      );
    const status = str(q.status);
    if (status) {
      const wanted = status.split(',').map((s) => s.trim());
      if (wanted.some((s) => s !== 'open' && s !== 'closed'))
        throw new Open311Error(400, 'status must be open or closed');
      if (!(wanted.includes('open') && wanted.includes('closed')))
        filters.push(
          wanted.includes('closed')
            ? inArray(cases.state, [...CLOSED])
            : notInArray(cases.state, [...CLOSED]),
        );
    }
    const start = str(q.start_date);
    const end = str(q.end_date);
    const endAt = end ? isoDate(end, 'end_date') : ctx.clock();
    // Without dates the window is the last 90 days (the spec's default).
    const startAt = start
      ? isoDate(start, 'start_date')
      : new Date(endAt.getTime() - 90 * 86_400_000);
    if (startAt > endAt) throw new Open311Error(400, 'start_date is after end_date');
    filters.push(gte(cases.createdAt, startAt), lte(cases.createdAt, endAt));
  }
  const rows = await ctx.db
    .select()
    .from(cases)
    .where(and(...filters))
    .orderBy(onlyId ? asc(cases.createdAt) : desc(cases.createdAt))
    .limit(limit);
  if (onlyId && rows.length === 0)
    throw new Open311Error(404, `unknown service_request_id ${onlyId}`);
  const en = english(lang);
  return rows.map((r) =>
    requestView(
      r,
      catalog.find((t) => t.code === r.typeCode),
      en,
    ),
  );
}

export async function tokenLookup(ctx: Ctx, token: string, q: Record<string, unknown>) {
  const county = await jurisdiction(ctx, q);
  const [row] = await ctx.db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.open311Token, token), eq(cases.countyCode, county)));
  if (!row) throw new Open311Error(404, `unknown token ${token}`);
  return [{ service_request_id: row.id, token }];
}

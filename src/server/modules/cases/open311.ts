import { eq } from 'drizzle-orm';
import type { CaseField, CaseType } from '../../../domain/cases/catalog.ts';
import { regions } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { catalogOf, caseTypeOf } from './catalog.ts';
import { english, Open311Error, str } from './open311Wire.ts';

// Open311 GeoReport v2 (open311.github.io GeoReport_v2) at /open311/v2: discovery, services,
// service definitions, POST requests (form-encoded, api_key), tokens, requests with filters, in
// JSON and XML; errors are a list of {code, description}. Requests expose only catalog types
// marked open311, and never the requester.
//
// Which types a county offers is its catalog's open311 switch. The presets offer the three problem
// reports (anyone may report a broken road) and the 36 代办事项: an errand is done for a resident,
// so its request must carry the `phone` the directory holds for that resident — the case is then
// theirs, in their village, and the phone itself is never stored. Not offered: disputes (the
// mediator needs the parties), wishes (a household's), opinions (the deputies' channel) and
// 民生实事 (entered by the village for units to claim).

/** The county a request speaks to: `jurisdiction_id` (a county code), or the only county served. */
export async function jurisdiction(ctx: Ctx, q: Record<string, unknown>): Promise<string> {
  const asked = str(q.jurisdiction_id);
  const counties = await ctx.db
    .select({ code: regions.code })
    .from(regions)
    .where(eq(regions.level, 'county'));
  if (!asked) {
    if (counties.length === 1 && counties[0]) return counties[0].code.slice(0, 6);
    throw new Open311Error(
      400,
      'jurisdiction_id is required: this endpoint serves several jurisdictions',
    );
  }
  const hit = counties.find((c) => c.code === asked || c.code.slice(0, 6) === asked);
  if (!hit) throw new Open311Error(404, `unknown jurisdiction_id ${asked}`);
  return hit.code.slice(0, 6);
}

export function discovery(baseUrl: string) {
  return {
    changeset: '2026-11-22T00:00:00Z',
    contact: '县委组织部 / County organization department, via the platform administrator',
    key_service:
      'API keys are issued by a county administrator (shown once); POST requests needs one.',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${baseUrl}/open311/v2`,
        changeset: '2026-11-22T00:00:00Z',
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}

/** A type the county offers through Open311: switched on in its catalog and in use. */
export const offered = (t: CaseType) => t.open311 && t.active;

export async function services(ctx: Ctx, q: Record<string, unknown>, lang: string | undefined) {
  const county = await jurisdiction(ctx, q);
  const en = english(lang);
  return (await catalogOf(ctx, county)).filter(offered).map((t) => ({
    service_code: t.code,
    service_name: en ? t.name.en : t.name.zh,
    description: en ? t.name.en : t.name.zh,
    metadata: t.fields.length > 0,
    type: 'realtime',
    keywords: t.kind,
    group: t.group || (en ? 'Resident requests' : '群众诉求'),
  }));
}

function attribute(f: CaseField, order: number, en: boolean) {
  const datatype =
    f.type === 'select' || f.type === 'boolean'
      ? 'singlevaluelist'
      : f.type === 'date'
        ? 'datetime'
        : f.type === 'number'
          ? 'number'
          : 'string';
  const values =
    f.type === 'boolean'
      ? [
          { key: 'true', name: en ? 'Yes' : '是' },
          { key: 'false', name: en ? 'No' : '否' },
        ]
      : (f.options ?? []).map((o) => ({ key: o, name: o }));
  return {
    variable: true,
    code: f.code,
    datatype,
    required: f.required,
    datatype_description: f.type === 'date' ? 'YYYY-MM-DD' : null,
    order,
    description: en ? f.label.en : f.label.zh,
    ...(datatype === 'singlevaluelist' ? { values } : {}),
  };
}

export async function serviceDefinition(
  ctx: Ctx,
  code: string,
  q: Record<string, unknown>,
  lang: string | undefined,
) {
  const county = await jurisdiction(ctx, q);
  const type = await caseTypeOf(ctx, county, code);
  if (!type || !offered(type)) throw new Open311Error(404, `unknown service_code ${code}`);
  return {
    service_code: type.code,
    attributes: type.fields.map((f, i) => attribute(f, i + 1, english(lang))),
  };
}

import { z } from 'zod';
import { UNION_EVENT_KINDS, UNION_FORMS } from '../../../domain/unions/forms.ts';

// Answers of the unions API: the routes declare them and the web derives its types from them.

const village = z.object({ code: z.string(), name: z.string() });
const person = z.object({ id: z.string(), name: z.string(), regionCode: z.string() });

export const unionSummary = z.object({
  id: z.string(),
  name: z.string(),
  form: z.enum(UNION_FORMS),
  regionCode: z.string().describe('the county or township the union belongs to'),
  lead: z.string(),
  members: z.array(z.string()).describe('member village codes, the lead first'),
  villages: z.array(village).describe('the lead first'),
  org: z.object({ id: z.string(), name: z.string(), type: z.string() }).nullable(),
  secretary: person.nullable(),
  createdAt: z.iso.datetime(),
});
export const unionList = z.object({ items: z.array(unionSummary) });

export const unionEventView = z.object({
  id: z.string(),
  kind: z.enum(UNION_EVENT_KINDS),
  at: z.iso.datetime(),
  actor: z.string().describe('the username of who made the change'),
  detail: z.record(z.string(), z.unknown()),
});

export const unionDetail = unionSummary.extend({
  committee: z.array(person).describe('委员: committee members of the union org'),
  history: z.array(unionEventView).describe('newest first'),
  abilities: z.object({ update: z.boolean(), manageVillages: z.boolean() }),
});
export type UnionDetail = z.infer<typeof unionDetail>;
export type UnionSummary = z.infer<typeof unionSummary>;

import { z } from 'zod';
import {
  EDUCATION_LEVELS,
  HOUSEHOLD_RELATIONS,
} from '../../../domain/directory/personAttributes.ts';
import { PERSON_TAGS } from '../../../domain/directory/tags.ts';
import { phoneNumber } from '../accounts/schema.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { regionCode } from '../regions/schema.ts';

const personTag = z.enum(PERSON_TAGS.map((t) => t.code) as [string, ...string[]]);

// A full ID or mobile number never travels in a URL (proxies, browser history and access logs
// keep URLs): a search by number goes in the body of POST /api/v1/persons/search.
const FULL_NUMBER = /\d{17}[\dXx]|\d{15}|1[3-9]\d{9}/;

const personFilters = {
  region: regionCode.optional(),
  tag: personTag.optional(),
  partyMember: z.enum(['true', 'false']).optional(),
  unit: z.uuid().optional().describe('on this unit’s staff'),
  ...pageQuery,
};

export const listPersonsQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .max(40)
    .refine((q) => !FULL_NUMBER.test(q), {
      message: 'search by ID or phone number with POST /api/v1/persons/search',
    })
    .optional(),
  ...personFilters,
});

export const searchPersonsBody = z.strictObject({
  q: z.string().trim().max(40).optional(),
  ...personFilters,
});

export const personParams = z.strictObject({ id: z.uuid() });

export const personListItem = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.string(),
  age: z.number(),
  minor: z.boolean(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  idNumber: z.string().describe('masked: 110***********1234'),
  phone: z.string().nullable().describe('masked: 138****1234'),
  tags: z.array(z.string()),
  householdId: z.string().nullable(),
  relationToHead: z.string().nullable(),
  partyMember: z.boolean(),
});
export type PersonListItem = z.infer<typeof personListItem>;
export const personPage = pageOf(personListItem);

export const personDetail = personListItem.extend({
  birthDate: z.string().describe('a minor’s birth date is masked'),
  education: z.string().nullable(),
  idLegacy: z.boolean(),
  membership: z
    .object({
      orgId: z.string(),
      orgName: z.string().nullable(),
      kind: z.string(),
      joinDate: z.string(),
    })
    .nullable(),
  positions: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      regionCode: z.string(),
      orgId: z.string().nullable(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type PersonDetail = z.infer<typeof personDetail>;

const relation = z.enum(HOUSEHOLD_RELATIONS.map((r) => r.code) as [string, ...string[]]);
const education = z.enum(EDUCATION_LEVELS.map((e) => e.code) as [string, ...string[]]);

export const createPersonBody = z.strictObject({
  name: z.string().trim().min(1).max(40),
  idNumber: z
    .string()
    .trim()
    .min(1)
    .max(24)
    .describe('GB 11643; 15-digit legacy numbers are accepted and flagged'),
  phone: phoneNumber.optional(),
  regionCode,
  education: education.optional(),
  tags: z.array(personTag).max(20).default([]),
  householdId: z.uuid().optional(),
  relationToHead: relation.optional(),
});

export const updatePersonBody = z
  .strictObject({
    name: z.string().trim().min(1).max(40).optional(),
    phone: phoneNumber.nullable().optional(),
    education: education.nullable().optional(),
    tags: z.array(personTag).max(20).optional(),
    householdId: z.uuid().nullable().optional(),
    relationToHead: relation.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });

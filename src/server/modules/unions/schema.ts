import { z } from 'zod';
import { UNION_FORMS, UNION_ORG_TYPES } from '../../../domain/unions/forms.ts';
import { regionCode } from '../regions/schema.ts';

// Requests of the unions API (跨村联建); the answers are in views.ts.

const villageCode = z.string().regex(/^\d{12}$/, 'a 12-digit village code');
const name = z.string().trim().min(1).max(64);
const memberIds = z.array(z.uuid()).max(30);

export const unionParams = z.strictObject({ id: z.uuid() });
export const unionVillageParams = z.strictObject({ id: z.uuid(), code: villageCode });
export const listUnionsQuery = z.strictObject({ region: regionCode.optional() });

export const createUnionBody = z
  .strictObject({
    /** The county or township the union belongs to; every village lies inside it. */
    region: regionCode,
    name: name.optional(),
    lead: villageCode,
    /** The other member villages (the lead is a member without being listed). */
    villages: z.array(villageCode).max(30).default([]),
    form: z.enum(UNION_FORMS).default('leadVillage'),
    /** Make the union's party org of this type… */
    orgType: z.enum(UNION_ORG_TYPES).optional(),
    /** …or link an existing 联合党委 / 联村党支部. */
    orgId: z.uuid().optional(),
    secretaryId: z.uuid().optional(),
    memberIds: memberIds.optional(),
  })
  .refine((b) => !(b.orgType && b.orgId), {
    message: 'either orgType (a new org) or orgId (link one), not both',
    path: ['orgId'],
  });
export type NewUnion = z.infer<typeof createUnionBody>;

export const updateUnionBody = z
  .strictObject({
    name: name.optional(),
    form: z.enum(UNION_FORMS).optional(),
    lead: villageCode.optional(),
    secretaryId: z.uuid().nullable().optional(),
    memberIds: memberIds.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'nothing to change' });
export type UnionPatch = z.infer<typeof updateUnionBody>;

export const addVillageBody = z.strictObject({ code: villageCode });

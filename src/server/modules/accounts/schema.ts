import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles.ts';
import { normalizePhone } from '../../../domain/directory/phone.ts';
import { pageOf, pageQuery } from '../../platform/pagination.ts';
import { regionCode } from '../regions/schema.ts';

export const phoneNumber = z.string().transform((value, issue) => {
  const result = normalizePhone(value);
  if (!result.ok) {
    issue.addIssue({ code: 'custom', message: result.message.en });
    return z.NEVER;
  }
  return result.value.normalized;
});

/**
 * A region code, `unit:<id>` for a unit's staff (they reach their own unit's pairings) or
 * `union:<id>` for a union's cadres (they reach the union's villages).
 */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UNIT_SCOPE = new RegExp(`^unit:${UUID}$`);
const UNION_SCOPE = new RegExp(`^union:${UUID}$`);
export const roleGrantInput = z
  .strictObject({
    role: z.enum(ROLES),
    scope: z.union([
      regionCode,
      z.string().regex(UNIT_SCOPE, 'unit:<unit id>'),
      z.string().regex(UNION_SCOPE, 'union:<union id>'),
    ]),
  })
  .refine((g) => !g.scope.startsWith('unit:') || g.role === 'unit_staff', {
    message: 'only unit_staff is granted on a unit',
    path: ['scope'],
  })
  .refine((g) => !g.scope.startsWith('union:') || g.role === 'union_cadre', {
    message: 'only union_cadre is granted on a union',
    path: ['scope'],
  });
/** A role as shown: the scope's code (a region code, or a union or unit id) and its name. */
export const roleGrantView = z.object({
  role: z.enum(ROLES),
  scope: z.string(),
  scopeName: z.string(),
});

export const createAccountBody = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9][a-z0-9_.-]{2,31}$/,
      'username: 3–32 of a-z 0-9 _ . -, starting with a letter or digit',
    ),
  displayName: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  phone: phoneNumber.optional(),
  roles: z.array(roleGrantInput).min(1).max(20),
});

export const updateAccountBody = z
  .strictObject({
    displayName: z.string().trim().min(1).max(64).optional(),
    disabled: z.boolean().optional(),
    phone: phoneNumber.nullable().optional(),
    // Clears a lockout before its 15 minutes are over.
    unlock: z.literal(true).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });

export const accountParams = z.strictObject({ id: z.uuid() });
export const listAccountsQuery = z.strictObject({
  q: z.string().trim().max(64).optional(),
  ...pageQuery,
});

export const accountView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable().describe('masked, e.g. 138****1234'),
  disabled: z.boolean(),
  lockedUntil: z.iso.datetime().nullable(),
  roles: z.array(roleGrantView),
});
export type AccountView = z.infer<typeof accountView>;
export const accountPage = pageOf(accountView);

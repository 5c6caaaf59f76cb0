// Shapes of the Lingyan REST API. The answers are derived from the routes' response schemas
// (src/server/modules/*/schema.ts are the source of truth; type imports only, erased from the
// bundle). Roles, permissions and region levels come from the pure domain layer the server uses too.
import type { z } from 'zod';
import type { RegionLevel } from '../../domain/region/regionCode.ts';
import type {
  accountPage,
  accountView,
  createAccountBody,
  roleGrantView,
} from '../../server/modules/accounts/schema.ts';
import type { auditEventView, auditPage } from '../../server/modules/audit/schema.ts';
import type { meResponse } from '../../server/modules/auth/schema.ts';
import type { regionPage, regionView } from '../../server/modules/regions/schema.ts';
import type { statusResponse } from '../../server/modules/system/schema.ts';
import type { ErrorCode } from '../../server/platform/errors.ts';

export { ROLES } from '../../domain/access/roles.ts';
export type { Permission, Role } from '../../domain/access/roles.ts';
export type { RegionLevel };

/** The server's error codes (the i18n test checks every one has a message and no other is listed). */
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'SESSION_EXPIRED',
  'CSRF',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'IDEMPOTENCY_MISMATCH',
  'IDEMPOTENCY_IN_PROGRESS',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'APPROVAL_REQUIRED',
  'INTERNAL',
] as const satisfies readonly ErrorCode[];
export type { ErrorCode };

export type RoleGrant = z.infer<typeof roleGrantView>;
/** Permissions are plain strings: the server may grant permissions this build does not know yet. */
export type Session = z.infer<typeof meResponse>;
export type Region = z.infer<typeof regionView>;
export type RegionPage = z.infer<typeof regionPage>;
export type Account = z.infer<typeof accountView>;
export type AccountPage = z.infer<typeof accountPage>;
/** The body of POST /api/v1/accounts as the web sends it (before the server normalizes the phone). */
export type NewAccount = z.input<typeof createAccountBody>;
export type AuditEvent = z.infer<typeof auditEventView>;
export type AuditPage = z.infer<typeof auditPage>;
/** GET /api/v1/system/loading: what the server still loads in the background. */
export type LoadingStatus = z.infer<typeof statusResponse>;

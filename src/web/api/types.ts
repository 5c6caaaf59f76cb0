// Shapes of the Lingyan REST API (src/server is the source of truth). Roles, permissions and
// region levels come from the pure domain layer the server uses too.
import type { Role } from '../../domain/access/roles.ts';
import type { RegionLevel } from '../../domain/region/regionCode.ts';

export { ROLES } from '../../domain/access/roles.ts';
export type { Permission, Role } from '../../domain/access/roles.ts';
export type { RegionLevel };

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
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RoleGrant {
  role: Role;
  scope: string;
  scopeName: string;
}

export interface Session {
  username: string;
  displayName: string;
  roles: RoleGrant[];
  /** Plain strings: the server may grant permissions this build does not know yet. */
  permissions: string[];
  csrfToken?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  urbanRuralClass: string | null;
  population: number | null;
  households: number | null;
  lat: number | null;
  lng: number | null;
  childCount: number;
}

export interface Account {
  id: string;
  username: string;
  displayName: string;
  phone: string | null;
  disabled: boolean;
  lockedUntil: string | null;
  roles: RoleGrant[];
}

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  phone?: string;
  roles: { role: Role; scope: string }[];
}

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorUsername: string | null;
  role: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  requestId: string | null;
}

/** GET /api/v1/system/loading: what the server still loads in the background. */
export interface LoadingStatus {
  demo: null | {
    step: 'directory' | 'indexes' | 'evaluations' | 'complete' | 'interrupted';
    placesLoaded: number;
    placesTotal: number | null;
    startedAt: string;
    finishedAt: string | null;
  };
}

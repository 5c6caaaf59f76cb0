import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../domain/access/policy.ts';
import { buildIdNumber } from '../domain/directory/idNumber.ts';
import { ROLES, type Role } from '../domain/access/roles.ts';
import { isWithinScope } from '../domain/region/regionCode.ts';
import { createAccount } from './modules/accounts/service.ts';
import { createGrid } from './modules/grids/service.ts';
import { createMembership } from './modules/memberships/write.ts';
import { createOrg } from './modules/orgs/service.ts';
import { createPosition } from './modules/positions/write.ts';
import { createUnit } from './modules/units/service.ts';
import { startJob } from './platform/jobs/runJob.ts';
import { createRegion } from './modules/regions/service.ts';
import { createEdge } from './modules/responsibility/edges.ts';
import { addAttachment } from './modules/cases/attachments.ts';
import { createCase } from './modules/cases/intake.ts';
import { notifications } from './db/schema/index.ts';
import { ROUTES } from './routeTable.ts';
import { and, eq } from 'drizzle-orm';
import { tenStarHousehold } from '../domain/evaluation/presets/tenStarHousehold.ts';
import { evaluations } from './db/schema/index.ts';
import { openRound } from './modules/evaluation/rounds.ts';
import { createScheme, listSchemes } from './modules/evaluation/schemes.ts';
import { insertHouseholdOfOne } from './testing/directoryFixtures.ts';
import { call, createTestApp, login, type Session, type TestApp } from './testing/testApp.ts';
import {
  allRoles,
  byRole,
  everywhere,
  inside,
  items,
  RELATIONS,
  type Cell,
  type MatrixEntry,
  type Outcome,
  type Relation,
  type Request,
  type Target,
} from './testing/matrixKit.ts';
import { obligationsMatrix, seedObligationTargets } from './testing/matrix/obligations.ts';
import { seedUnionTargets, unionsMatrix } from './testing/matrix/unions.ts';

/**
 * Every route × role × {own scope, sibling scope, parent scope, another county} → the declared
 * answer. The route list comes from the server's own table: a route missing here fails the suite.
 */

const PASSWORD = 'Matrix#Pass2026';
const COUNTY = '410599000000';
const TOWNSHIP = '410599101000';
const VILLAGE = '410599101201';

/** Where each role's test account is bound. */
const SCOPE_OF: Record<Role, string> = {
  county_admin: COUNTY,
  township_admin: TOWNSHIP,
  village_cadre: VILLAGE,
  union_cadre: TOWNSHIP,
  party_member: VILLAGE,
  unit_staff: COUNTY,
  mediator: VILLAGE,
  deputy: TOWNSHIP,
  villager: VILLAGE,
  auditor: COUNTY,
};

const TARGETS: Record<string, Record<Relation, string>> = {
  [COUNTY]: {
    own: COUNTY,
    sibling: '410598000000',
    parent: '410500000000',
    otherCounty: '420199000000',
  },
  [TOWNSHIP]: {
    own: TOWNSHIP,
    sibling: '410599201000',
    parent: COUNTY,
    otherCounty: '420199101000',
  },
  [VILLAGE]: {
    own: VILLAGE,
    sibling: '410599101202',
    parent: TOWNSHIP,
    otherCounty: '420199101201',
  },
};
const FIXTURE_REGIONS = [
  '410598000000',
  '410598101000',
  '410598101201',
  '420000000000',
  '420100000000',
  '420199000000',
  '420199101000',
  '420199101201',
];
// Grids (and what hangs off them) sit in a village: each target region lends the last of these
// inside it, so a township's or county's village lies outside the scopes below it.
const FIXTURE_VILLAGES = [
  '410599101201',
  '410599101202',
  '410599201201',
  '410598101201',
  '420199101201',
];
const villageOf = (region: string): string => {
  const village = FIXTURE_VILLAGES.filter((v) => isWithinScope(v, region)).at(-1);
  if (!village) throw new Error(`no fixture village in ${region}`);
  return village;
};

let counter = 0;
let FOREIGN_JOB = '';
let PRESET_SCHEME = '';
let COUNTY_SCHEME = '';
const NO_SUCH = '01900000-0000-7000-8000-000000000000';
// Evaluation rounds reach down: a round opened above the actor's scope is visible (their own subjects in it).
const roundCell = (outcome: Outcome, hidden: Outcome): Cell => ({
  own: outcome,
  sibling: hidden,
  parent: outcome,
  otherCounty: hidden,
});
const evaluationReaders = <T extends Outcome>(cell: (o: T) => Cell, o: T) =>
  byRole({
    county_admin: cell(o),
    township_admin: cell(o),
    village_cadre: cell(o),
    auditor: cell(o),
  });
let FOREIGN_NOTE = '';
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(16),
]);
const caseTypeDefinition = {
  name: { zh: '矩阵事项', en: 'Matrix type' },
  kind: 'request',
  group: '',
  fields: [],
  handler: 'responsibility',
  ladder: ['L4', 'township', 'county'],
  slaHours: 24,
  autoConfirmDays: 7,
  open311: false,
  active: true,
};
const futureDay = (n: number) =>
  new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
// Reviewers (cases.read) and handlers (cases.handle) of cases.
const caseReaders = (cell: Cell) => ({
  county_admin: cell,
  township_admin: cell,
  village_cadre: cell,
  auditor: cell,
});
const caseStaff = (cell: Cell) => ({
  county_admin: cell,
  township_admin: cell,
  village_cadre: cell,
});
const childCode = (region: string, n: number): string => {
  if (region.endsWith('00000000'))
    return region.slice(0, 4) + String(50 + (n % 49)).padStart(2, '0') + '000000';
  if (region.endsWith('000000')) return region.slice(0, 6) + String(110 + (n % 89)) + '000';
  return region.slice(0, 9) + String(300 + (n % 600));
};

const MATRIX: Record<string, MatrixEntry> = {
  ...obligationsMatrix,
  ...unionsMatrix,
  'GET /api/health': {
    unauthenticated: 200,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/health' }),
    expect: allRoles(everywhere(200)),
  },
  'GET /api/v1/system/loading': {
    unauthenticated: 200,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/v1/system/loading' }),
    expect: allRoles(everywhere(200)),
  },
  'GET /api/openapi.json': {
    unauthenticated: 200,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/openapi.json' }),
    expect: allRoles(everywhere(200)),
  },
  'GET /api/docs': {
    unauthenticated: 200,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/docs' }),
    expect: allRoles(everywhere(200)),
  },
  'POST /api/v1/auth/login': {
    unauthenticated: 200,
    targetless: true,
    request: () => ({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'matrix-login', password: PASSWORD },
    }),
    expect: allRoles(everywhere(200)),
  },
  'GET /api/v1/auth/me': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/v1/auth/me' }),
    expect: allRoles(everywhere(200)),
  },
  'POST /api/v1/auth/logout': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'POST', url: '/api/v1/auth/logout' }),
    expect: allRoles(everywhere(204)),
  },
  'GET /api/v1/regions': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/regions?parent=${t.region}` }),
    expect: allRoles(inside(200)),
  },
  'GET /api/v1/regions/:code': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/regions/${t.region}` }),
    expect: allRoles(inside(200)),
  },
  'POST /api/v1/regions': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/regions',
      payload: { code: childCode(t.region, n), name: `矩阵${n}` },
    }),
    expect: byRole({ county_admin: inside(201) }),
  },
  'PATCH /api/v1/regions/:code': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: `/api/v1/regions/${t.region}`,
      payload: { population: 1000 + n },
    }),
    expect: byRole({ county_admin: inside(200) }),
  },
  'GET /api/v1/accounts': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/accounts?q=${t.username}`,
      listed: (b) => items(b).some((i) => i.username === t.username),
    }),
    expect: byRole({
      county_admin: inside('listed', 'hidden'),
      township_admin: inside('listed', 'hidden'),
      village_cadre: inside('listed', 'hidden'),
      auditor: inside('listed', 'hidden'),
    }),
  },
  'GET /api/v1/accounts/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/accounts/${t.accountId}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'POST /api/v1/accounts': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: {
        username: `matrix-new-${n}`,
        displayName: '矩阵新账号',
        password: PASSWORD,
        roles: [{ role: 'villager', scope: t.region }],
      },
    }),
    expect: byRole({ county_admin: inside(201), township_admin: inside(201) }),
  },
  'PATCH /api/v1/accounts/:id': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: `/api/v1/accounts/${t.accountId}`,
      payload: { displayName: `改名${n}` },
    }),
    expect: byRole({ county_admin: inside(200), township_admin: inside(200) }),
  },
  'POST /api/v1/privacy/reveal': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/privacy/reveal',
      payload: {
        objectType: 'account',
        objectId: t.accountId,
        field: 'phone',
        purpose: '权限矩阵测试',
      },
    }),
    expect: byRole({ county_admin: inside(200), township_admin: inside(200) }),
  },
  'GET /api/v1/persons': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/persons?q=${encodeURIComponent(t.personName)}`,
      listed: (b) => items(b).some((i) => i.id === t.personId),
    }),
    expect: byRole({
      county_admin: inside('listed', 'hidden'),
      township_admin: inside('listed', 'hidden'),
      village_cadre: inside('listed', 'hidden'),
      auditor: inside('listed', 'hidden'),
    }),
  },
  'GET /api/v1/persons/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/persons/${t.personId}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'POST /api/v1/persons': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/persons',
      payload: {
        name: '矩阵新人',
        idNumber: buildIdNumber('410599', '1990-01-01', n % 1000),
        regionCode: t.region,
      },
    }),
    expect: byRole({
      county_admin: inside(201),
      township_admin: inside(201),
      village_cadre: inside(201),
    }),
  },
  'PATCH /api/v1/persons/:id': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: `/api/v1/persons/${t.personId}`,
      payload: { tags: n % 2 ? ['veteran'] : [] },
    }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
    }),
  },
  'GET /api/v1/households': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/households?q=${encodeURIComponent(t.personName)}`,
      listed: (b) => items(b).some((i) => i.id === t.householdId),
    }),
    expect: byRole({
      county_admin: inside('listed', 'hidden'),
      township_admin: inside('listed', 'hidden'),
      village_cadre: inside('listed', 'hidden'),
      auditor: inside('listed', 'hidden'),
    }),
  },
  'GET /api/v1/households/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/households/${t.householdId}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'GET /api/v1/responsibility/coverage': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/responsibility/coverage?region=${t.region}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'GET /api/v1/me/households': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/v1/me/households' }),
    expect: allRoles(everywhere(200)),
  },
  'GET /api/v1/orgs': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/orgs?q=${encodeURIComponent(`矩阵支部${t.region}`)}`,
      listed: (b) => items(b).some((i) => i.id === t.orgId),
    }),
    expect: byRole({
      county_admin: inside('listed', 'hidden'),
      township_admin: inside('listed', 'hidden'),
      village_cadre: inside('listed', 'hidden'),
      auditor: inside('listed', 'hidden'),
    }),
  },
  'GET /api/v1/orgs/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/orgs/${t.orgId}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'POST /api/v1/orgs': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/orgs',
      payload: { name: `矩阵新支部${n}`, type: 'branch', kind: 'rural', regionCode: t.region },
    }),
    expect: byRole({
      county_admin: inside(201),
      township_admin: inside(201),
      village_cadre: inside(201),
    }),
  },
  'PATCH /api/v1/orgs/:id': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: `/api/v1/orgs/${t.orgId}`,
      payload: { type: n % 2 ? 'generalBranch' : 'branch' },
    }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
    }),
  },
  'GET /api/v1/units': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/units?q=${encodeURIComponent(`矩阵单位${t.region}`)}`,
      listed: (b) => items(b).some((i) => i.id === t.unitId),
    }),
    expect: byRole({
      county_admin: inside('listed', 'hidden'),
      township_admin: inside('listed', 'hidden'),
      village_cadre: inside('listed', 'hidden'),
      auditor: inside('listed', 'hidden'),
    }),
  },
  'GET /api/v1/units/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/units/${t.unitId}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'POST /api/v1/units': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/units',
      payload: {
        name: `矩阵新单位${n}`,
        kind: 'agency',
        regionCode: t.region,
        capabilities: ['forestry'],
      },
    }),
    expect: byRole({
      county_admin: inside(201),
      township_admin: inside(201),
      village_cadre: inside(201),
    }),
  },
  'PATCH /api/v1/units/:id': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: `/api/v1/units/${t.unitId}`,
      payload: { capabilities: n % 2 ? ['health'] : ['finance'] },
    }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
    }),
  },
  'GET /api/v1/grids': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/grids?q=${encodeURIComponent(`矩阵网格${t.region}`)}`,
      listed: (b) => items(b).some((i) => i.id === t.gridId),
    }),
    expect: byRole({
      county_admin: inside('listed', 'hidden'),
      township_admin: inside('listed', 'hidden'),
      village_cadre: inside('listed', 'hidden'),
      auditor: inside('listed', 'hidden'),
    }),
  },
  'GET /api/v1/grids/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/grids/${t.gridId}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'POST /api/v1/grids': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/grids',
      payload: { regionCode: t.village, kind: 'grid', name: `矩阵新网格${n}` },
    }),
    expect: byRole({
      county_admin: inside(201),
      township_admin: inside(201),
      village_cadre: inside(201),
    }),
  },
  'PATCH /api/v1/grids/:id': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: `/api/v1/grids/${t.gridId}`,
      payload: { seq: 1 + (n % 50) },
    }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
    }),
  },
  'GET /api/v1/positions': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/positions?person=${t.personId}`,
      listed: (b) => items(b).some((i) => i.id === t.positionId),
    }),
    expect: byRole({
      county_admin: inside('listed', 'hidden'),
      township_admin: inside('listed', 'hidden'),
      village_cadre: inside('listed', 'hidden'),
      auditor: inside('listed', 'hidden'),
    }),
  },
  'GET /api/v1/positions/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/positions/${t.positionId}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'POST /api/v1/positions': {
    unauthenticated: 401,
    // A new start date each time: (person, position, region, start) is the natural key.
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/positions',
      payload: {
        personId: t.personId,
        code: 'mediator',
        regionCode: t.region,
        startDate: `20${10 + (Math.floor(n / 300) % 10)}-${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      },
    }),
    expect: byRole({
      county_admin: inside(201),
      township_admin: inside(201),
      village_cadre: inside(201),
    }),
  },
  'PATCH /api/v1/positions/:id': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: `/api/v1/positions/${t.positionId}`,
      payload: { goldMediator: n % 2 === 0 },
    }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
    }),
  },
  'GET /api/v1/memberships': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/memberships?org=${t.orgId}`,
      listed: (b) => items(b).some((i) => i.personId === t.personId),
    }),
    // The organization is named in the query: one out of scope is not found.
    expect: byRole({
      county_admin: inside('listed'),
      township_admin: inside('listed'),
      village_cadre: inside('listed'),
      auditor: inside('listed'),
    }),
  },
  'POST /api/v1/memberships': {
    unauthenticated: 401,
    // Only the writer whose own scope holds the target gets this far, once per target.
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/memberships',
      payload: {
        personId: t.spareId,
        orgId: t.orgId,
        kind: 'probationary',
        joinDate: '2024-07-01',
      },
    }),
    expect: byRole({
      county_admin: inside(201),
      township_admin: inside(201),
      village_cadre: inside(201),
    }),
  },
  'PATCH /api/v1/memberships/:personId': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PATCH',
      url: `/api/v1/memberships/${t.personId}`,
      payload: { kind: n % 2 ? 'formal' : 'probationary' },
    }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
    }),
  },
  'GET /api/v1/responsibility/edges': {
    unauthenticated: 401,
    // The target person keeps at least one L4 edge throughout: the POST below adds one before the DELETE removes the fixture's.
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/responsibility/edges?responsible=${t.personId}`,
      listed: (b) => items(b).some((i) => i.responsibleId === t.personId),
    }),
    expect: byRole({
      county_admin: inside('listed', 'hidden'),
      township_admin: inside('listed', 'hidden'),
      village_cadre: inside('listed', 'hidden'),
      auditor: inside('listed', 'hidden'),
    }),
  },
  'POST /api/v1/responsibility/edges': {
    unauthenticated: 401,
    // Only the writer whose own scope holds the target gets this far, once per target (the natural key allows one).
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/responsibility/edges',
      payload: {
        level: 4,
        responsibleId: t.personId,
        targetKind: 'household',
        targetId: t.householdId,
        regionCode: t.region,
      },
    }),
    expect: byRole({
      county_admin: inside(201),
      township_admin: inside(201),
      village_cadre: inside(201),
    }),
  },
  'DELETE /api/v1/responsibility/edges/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'DELETE', url: `/api/v1/responsibility/edges/${t.edgeId}` }),
    expect: byRole({
      county_admin: inside(204),
      township_admin: inside(204),
      village_cadre: inside(204),
    }),
  },
  'GET /api/v1/responsibility/pairs': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/responsibility/pairs?region=${t.region}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'GET /api/v1/responsibility/members/:personId/households': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/responsibility/members/${t.personId}/households`,
    }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  // Jobs belong to their starter; the matrix accounts started none, so every role is told 404.
  'GET /api/v1/jobs/:id': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: `/api/v1/jobs/${FOREIGN_JOB}` }),
    expect: allRoles(everywhere(404)),
  },
  'GET /api/v1/jobs/:id/artifact': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: `/api/v1/jobs/${FOREIGN_JOB}/artifact` }),
    expect: allRoles(everywhere(404)),
  },
  'GET /api/v1/exchange/templates/:entity': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/v1/exchange/templates/persons' }),
    expect: byRole({
      county_admin: everywhere(200),
      township_admin: everywhere(200),
      village_cadre: everywhere(200),
      auditor: everywhere(200),
    }),
  },
  // Without a file: writers are told 415 (send the .xlsx), everyone else 403; scope per row is in exchange.test.ts.
  'POST /api/v1/exchange/import/:entity': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'POST', url: '/api/v1/exchange/import/persons' }),
    expect: byRole({
      county_admin: everywhere(415),
      township_admin: everywhere(415),
      village_cadre: everywhere(415),
    }),
  },
  'GET /api/v1/exchange/export/:entity': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/exchange/export/persons?region=${t.region}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  // Planners: county admins only, inside their county; the adopt runs once (its villages are then taken).
  'POST /api/v1/planning/unions': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/planning/unions',
      payload: { region: t.region, timeLimitSeconds: 1 },
    }),
    expect: byRole({ county_admin: inside(202) }),
  },
  'POST /api/v1/planning/unions/check': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/planning/unions/check',
      payload: { region: t.region, unions: [] },
    }),
    expect: byRole({ county_admin: inside(200) }),
  },
  'POST /api/v1/planning/unions/adopt': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/planning/unions/adopt',
      payload: {
        region: t.region,
        rules: { minSize: 2, minPopulation: 0, maxPopulation: 100_000 },
        unions: [{ lead: '410599201201', members: ['410599201201', '410599201202'] }],
      },
    }),
    expect: byRole({ county_admin: inside(201) }),
  },
  'POST /api/v1/planning/pairings': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: '/api/v1/planning/pairings',
      payload: { region: t.region },
    }),
    expect: byRole({ county_admin: inside(202) }),
  },
  'POST /api/v1/planning/pairings/adopt': {
    unauthenticated: 401,
    // A new start date each time: (unit, village, start) is the natural key.
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/planning/pairings/adopt',
      payload: {
        pairs: [{ unit: t.unitId, village: t.village }],
        periodStart: `20${10 + (Math.floor(n / 336) % 10)}-${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
      },
    }),
    expect: byRole({ county_admin: inside(201) }),
  },
  'GET /api/v1/pairings': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/pairings?region=${t.region}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'GET /api/v1/unions': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/unions?region=${t.region}` }),
    expect: byRole({
      county_admin: inside(200),
      township_admin: inside(200),
      village_cadre: inside(200),
      auditor: inside(200),
    }),
  },
  'GET /api/v1/evaluation/schemes': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/v1/evaluation/schemes' }),
    expect: evaluationReaders(everywhere, 200),
  },
  'GET /api/v1/evaluation/schemes/:id': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: `/api/v1/evaluation/schemes/${PRESET_SCHEME}` }),
    expect: evaluationReaders(everywhere, 200),
  },
  'POST /api/v1/evaluation/schemes': {
    unauthenticated: 401,
    targetless: true,
    request: (_t, n) => ({
      method: 'POST',
      url: '/api/v1/evaluation/schemes',
      payload: { copyOf: PRESET_SCHEME, key: `matrix-${n}`, name: '矩阵方案' },
    }),
    expect: byRole({ county_admin: everywhere(201) }),
  },
  'PUT /api/v1/evaluation/schemes/:id': {
    unauthenticated: 401,
    targetless: true,
    request: (_t, n) => ({
      method: 'PUT',
      url: `/api/v1/evaluation/schemes/${COUNTY_SCHEME}`,
      payload: {
        definition: { ...tenStarHousehold, key: 'matrix-county', noticeDays: 1 + (n % 20) },
      },
    }),
    expect: byRole({ county_admin: everywhere(200) }),
  },
  'GET /api/v1/evaluation/rounds': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: '/api/v1/evaluation/rounds',
      listed: (b) => items(b).some((i) => i.id === t.roundId),
    }),
    expect: evaluationReaders((o: Outcome) => roundCell(o, 'hidden'), 'listed'),
  },
  'POST /api/v1/evaluation/rounds': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/evaluation/rounds',
      payload: { schemeId: PRESET_SCHEME, regionCode: t.region, period: String(3000 + n) },
    }),
    expect: byRole({ county_admin: inside(201) }),
  },
  'GET /api/v1/evaluation/rounds/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/evaluation/rounds/${t.roundId}` }),
    expect: evaluationReaders((o: Outcome) => roundCell(o, 404), 200),
  },
  'GET /api/v1/evaluation/rounds/:id/report': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/evaluation/rounds/${t.roundId}/report` }),
    expect: evaluationReaders(inside, 200),
  },
  'GET /api/v1/evaluation/rounds/:id/export': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/evaluation/rounds/${t.roundId}/export` }),
    expect: evaluationReaders((o: Outcome) => roundCell(o, 404), 200),
  },
  'GET /api/v1/evaluation/rounds/:id/certificates': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/evaluation/rounds/${t.roundId}/certificates` }),
    expect: evaluationReaders((o: Outcome) => roundCell(o, 404), 200),
  },
  'GET /api/v1/evaluation/evaluations/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/evaluation/evaluations/${t.evaluationId}` }),
    expect: evaluationReaders(inside, 200),
  },
  'GET /api/v1/evaluation/mine': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/v1/evaluation/mine' }),
    expect: byRole({
      village_cadre: everywhere(200),
      party_member: everywhere(200),
      villager: everywhere(200),
    }),
  },
  // The village cadre may enter a household's claim (once: then it is under review); the villager's
  // own household is not the target's, so they are refused.
  'POST /api/v1/evaluation/evaluations/:id/claim': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/evaluation/evaluations/${t.evaluationId}/claim`,
      payload: { stars: ['lovesParty'], answers: { lovesParty: { done: true } } },
    }),
    expect: byRole({
      village_cadre: inside(200),
      party_member: inside(403),
      villager: inside(403),
    }),
  },
  // Without a file: claimers are told 415 (send the image or PDF), everyone else 403.
  'POST /api/v1/evaluation/evaluations/:id/evidence': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({
      method: 'POST',
      url: `/api/v1/evaluation/evaluations/${NO_SUCH}/evidence?name=x.png`,
    }),
    expect: byRole({
      village_cadre: everywhere(415),
      party_member: everywhere(415),
      villager: everywhere(415),
    }),
  },
  'GET /api/v1/evaluation/evidence/:id': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: `/api/v1/evaluation/evidence/${NO_SUCH}` }),
    expect: evaluationReaders(everywhere, 404),
  },
  // Nothing is under review when the county and township admins try; the village cadre's own claim
  // stands by then and a verdict for its star is missing.
  'POST /api/v1/evaluation/evaluations/:id/decisions': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/evaluation/evaluations/${t.evaluationId}/decisions`,
      payload: { step: 'groupReview', outcome: 'approve', stars: [] },
    }),
    expect: byRole({
      county_admin: inside(409),
      township_admin: inside(409),
      village_cadre: inside(400),
    }),
  },
  'POST /api/v1/evaluation/evaluations/:id/award': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/evaluation/evaluations/${t.evaluationId}/award`,
    }),
    expect: byRole({
      county_admin: inside(409),
      township_admin: inside(409),
      village_cadre: inside(409),
    }),
  },
  'POST /api/v1/evaluation/evaluations/:id/objections': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/evaluation/evaluations/${t.evaluationId}/objections`,
      payload: { text: '矩阵测试的异议内容' },
    }),
    expect: byRole({ party_member: inside(409), villager: inside(409) }),
  },
  'POST /api/v1/evaluation/objections/:id/answer': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({
      method: 'POST',
      url: `/api/v1/evaluation/objections/${NO_SUCH}/answer`,
      payload: { answer: '已核实', upheld: false },
    }),
    expect: byRole({
      county_admin: everywhere(404),
      township_admin: everywhere(404),
      village_cadre: everywhere(404),
    }),
  },
  'POST /api/v1/evaluation/evaluations/:id/vetoes': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'POST',
      url: `/api/v1/evaluation/evaluations/${t.evaluationId}/vetoes`,
      payload: { vetoKey: 'crime', description: '矩阵测试' },
    }),
    expect: byRole({
      county_admin: inside(409),
      township_admin: inside(409),
      village_cadre: inside(409),
    }),
  },
  'POST /api/v1/evaluation/vetoes/:id/decision': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({
      method: 'POST',
      url: `/api/v1/evaluation/vetoes/${NO_SUCH}/decision`,
      payload: { remove: true },
    }),
    expect: byRole({
      county_admin: everywhere(404),
      township_admin: everywhere(404),
      village_cadre: everywhere(404),
    }),
  },
  'GET /api/v1/evaluation/progress': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/evaluation/progress?region=${t.region}&scheme=ten-star-household&period=2026`,
    }),
    expect: evaluationReaders(inside, 200),
  },
  'PUT /api/v1/evaluation/targets': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PUT',
      url: '/api/v1/evaluation/targets',
      payload: {
        regionCode: t.region,
        schemeKey: 'ten-star-household',
        period: '2026',
        measure: 'shareAtLeast',
        level: 8,
        value: n % 100,
      },
    }),
    expect: byRole({ county_admin: inside(200) }),
  },
  'PUT /api/v1/evaluation/settings': {
    unauthenticated: 401,
    targetless: true,
    request: (_t, n) => ({
      method: 'PUT',
      url: '/api/v1/evaluation/settings',
      payload: { countyCode: COUNTY, rankingsEnabled: n % 2 === 0 },
    }),
    expect: byRole({ county_admin: everywhere(200) }),
  },
  'GET /api/v1/public/notices': {
    unauthenticated: 200,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/v1/public/notices' }),
    expect: allRoles(everywhere(200)),
  },
  'GET /notice': {
    unauthenticated: 200,
    targetless: true,
    request: () => ({ method: 'GET', url: '/notice' }),
    expect: allRoles(everywhere(200)),
  },
  'GET /notice/:id': {
    unauthenticated: 200,
    targetless: true,
    request: () => ({ method: 'GET', url: `/notice/${NO_SUCH}` }),
    expect: allRoles(everywhere(200)),
  },
  // Cases: the catalog is read by everyone with a grant in the county, edited by its county admin.
  'GET /api/v1/case-types': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/v1/case-types' }),
    expect: allRoles(everywhere(200)),
  },
  'PUT /api/v1/case-types/:code': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'PUT',
      url: `/api/v1/case-types/matrix-${n}?county=${t.region}`,
      payload: caseTypeDefinition,
    }),
    expect: byRole({ county_admin: inside(200) }),
  },
  // Entered on a resident's behalf: whoever handles cases where the resident lives; villagers have no such scope.
  'POST /api/v1/cases': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        typeCode: 'request',
        title: `矩阵事项${n}`,
        description: '权限矩阵',
        channel: 'walk_in',
        requesterPersonId: t.spareId,
      },
    }),
    expect: byRole({
      ...caseStaff(inside(201)),
      party_member: inside(201),
      unit_staff: inside(201),
      mediator: inside(201),
      deputy: inside(201),
      villager: everywhere(404),
      union_cadre: everywhere(404),
    }),
  },
  'GET /api/v1/cases': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/cases?view=scope&region=${t.region}&pageSize=200`,
      listed: (b) => items(b).some((i) => i.id === t.caseId),
    }),
    expect: byRole(caseReaders(inside('listed', 'hidden')), everywhere('hidden')),
  },
  // Visible to reviewers in scope and the owner chain only; the matrix accounts stand for nobody on it.
  'GET /api/v1/cases/:id': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/cases/${t.caseId}` }),
    expect: byRole(caseReaders(inside(200)), everywhere(404)),
  },
  'POST /api/v1/cases/:id/actions': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: `/api/v1/cases/${t.caseId}/actions`,
      payload: { type: 'note', note: `矩阵备注${n}` },
    }),
    expect: byRole({ ...caseStaff(inside(200)), auditor: inside(403) }, everywhere(404)),
  },
  // Without a file every signed-in caller is told 415 (send the file); scope per case is in cases.test.ts.
  'POST /api/v1/cases/:id/attachments': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({
      method: 'POST',
      url: '/api/v1/cases/00000000-0000-7000-8000-000000000001/attachments?name=a.png',
    }),
    expect: allRoles(everywhere(415)),
  },
  'GET /api/v1/cases/:id/attachments/:attachmentId': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: `/api/v1/cases/${t.caseId}/attachments/${t.attachmentId}`,
    }),
    expect: byRole(caseReaders(inside(200)), everywhere(404)),
  },
  'GET /api/v1/case-stats': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/case-stats?region=${t.region}` }),
    expect: byRole(caseReaders(inside(200))),
  },
  'POST /api/v1/dispute-sweeps': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/dispute-sweeps',
      payload: { regionCode: t.region, sweptOn: '2026-11-01', personTimes: n, found: 0 },
    }),
    expect: byRole({
      ...caseStaff(inside(201)),
      party_member: everywhere(404),
      unit_staff: everywhere(404),
      mediator: everywhere(404),
      deputy: everywhere(404),
    }),
  },
  'GET /api/v1/reception-days': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/reception-days?region=${t.region}` }),
    expect: allRoles(inside(200)),
  },
  'POST /api/v1/reception-days': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/reception-days',
      payload: {
        regionCode: t.region,
        date: futureDay(n),
        time: '09:00',
        place: '联络站',
        deputies: ['矩阵代表'],
      },
    }),
    expect: byRole({
      ...caseStaff(inside(201)),
      party_member: everywhere(404),
      unit_staff: everywhere(404),
      mediator: everywhere(404),
      deputy: everywhere(404),
    }),
  },
  'GET /api/v1/wishes/wall': {
    unauthenticated: 401,
    request: (t) => ({ method: 'GET', url: `/api/v1/wishes/wall?region=${t.region}` }),
    expect: allRoles(inside(200)),
  },
  'GET /api/v1/inbox': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'GET', url: '/api/v1/inbox' }),
    expect: allRoles(everywhere(200)),
  },
  // A message belongs to its account: someone else's is not found for everyone.
  'POST /api/v1/inbox/:id/read': {
    unauthenticated: 401,
    targetless: true,
    request: () => ({ method: 'POST', url: `/api/v1/inbox/${FOREIGN_NOTE}/read` }),
    expect: allRoles(everywhere(404)),
  },
  'POST /api/v1/open311-keys': {
    unauthenticated: 401,
    request: (t, n) => ({
      method: 'POST',
      url: '/api/v1/open311-keys',
      payload: { name: `矩阵密钥${n}`, county: t.region },
    }),
    expect: byRole({ county_admin: inside(201) }),
  },
  // Open311 is public (POST needs an api_key in the form); a form-less POST is a 400 in the spec's error shape.
  'GET /open311/v2/:resource': {
    unauthenticated: 200,
    targetless: true,
    request: () => ({ method: 'GET', url: '/open311/v2/discovery.json' }),
    expect: allRoles(everywhere(200)),
  },
  'POST /open311/v2/:resource': {
    unauthenticated: 400,
    targetless: true,
    request: () => ({ method: 'POST', url: '/open311/v2/requests.json' }),
    expect: allRoles(everywhere(400)),
  },
  'GET /open311/v2/services/:file': {
    unauthenticated: 200,
    targetless: true,
    request: () => ({
      method: 'GET',
      url: `/open311/v2/services/request.json?jurisdiction_id=${COUNTY}`,
    }),
    expect: allRoles(everywhere(200)),
  },
  'GET /open311/v2/requests/:file': {
    unauthenticated: 404,
    targetless: true,
    request: () => ({
      method: 'GET',
      url: `/open311/v2/requests/00000000-0000-7000-8000-000000000002.json?jurisdiction_id=${COUNTY}`,
    }),
    expect: allRoles(everywhere(404)),
  },
  'GET /open311/v2/tokens/:file': {
    unauthenticated: 404,
    targetless: true,
    request: () => ({
      method: 'GET',
      url: `/open311/v2/tokens/no-such-token.json?jurisdiction_id=${COUNTY}`,
    }),
    expect: allRoles(everywhere(404)),
  },
  'GET /api/v1/audit-events': {
    unauthenticated: 401,
    request: (t) => ({
      method: 'GET',
      url: '/api/v1/audit-events?pageSize=200',
      listed: (b) => items(b).some((i) => i.objectId === t.accountId),
    }),
    expect: byRole({
      county_admin: inside('listed', 'hidden'),
      auditor: inside('listed', 'hidden'),
    }),
  },
};

let t: TestApp;
const targets = new Map<string, Target>();
const sessions = new Map<Role, Session>();

async function sessionOf(role: Role): Promise<Session> {
  const cached = sessions.get(role);
  if (cached) return cached;
  const session = await login(t.app, `matrix-${role.replace('_', '-')}`, PASSWORD);
  sessions.set(role, session);
  return session;
}

beforeAll(async () => {
  t = await createTestApp();
  // A root actor that can write anywhere the fixtures live (system set-up, not a real role holder).
  const root: Actor = {
    accountId: '00000000-0000-7000-8000-000000000000',
    username: 'fixture',
    grants: ['410000000000', '420000000000'].map((r) => ({
      role: 'county_admin' as const,
      scope: r,
      regionCode: r,
    })),
  };
  const ctx = { ...t.ctx(), actor: root };
  for (const code of FIXTURE_REGIONS) {
    if (code === '420000000000') {
      await t.deps.database.db.execute(
        `INSERT INTO regions (code, region_code, county_code, parent_code, level, name, created_at, updated_at) VALUES ('420000000000', '420000000000', '420000', NULL, 'province', '湖北省', now(), now())`,
      );
      continue;
    }
    await createRegion(ctx, { code, name: `夹具${code}` });
  }
  const regionsNeeded = new Set(Object.values(TARGETS).flatMap((r) => Object.values(r)));
  for (const region of regionsNeeded) {
    const username = `target-${region}`;
    const account = await createAccount(ctx, {
      username,
      displayName: '目标账号',
      password: PASSWORD,
      phone: '13900000000',
      roles: [{ role: 'villager', scope: region }],
    });
    // A distinct name per region, so a search finds exactly this target's person.
    const personName = `矩${'甲乙丙丁戊己庚辛壬癸子丑寅卯'[targets.size] ?? '末'}${'天地玄黄'[targets.size % 4]}`;
    const household = await insertHouseholdOfOne(ctx, region, personName);
    const org = await createOrg(ctx, {
      name: `矩阵支部${region}`,
      type: 'branch',
      kind: 'rural',
      regionCode: region,
    });
    const unit = await createUnit(ctx, {
      name: `矩阵单位${region}`,
      kind: 'agency',
      regionCode: region,
      capabilities: ['agriculture'],
    });
    const village = villageOf(region);
    const grid = await createGrid(ctx, {
      regionCode: village,
      kind: 'grid',
      name: `矩阵网格${region}`,
    });
    const position = await createPosition(ctx, {
      personId: household.personId,
      code: 'mediator',
      regionCode: region,
      startDate: '2020-01-01',
    });
    await createMembership(ctx, {
      personId: household.personId,
      orgId: org.id,
      kind: 'formal',
      joinDate: '2005-07-01',
    });
    const spare = await insertHouseholdOfOne(ctx, region, `${personName}备`);
    const edge = await createEdge(ctx, {
      level: 4,
      responsibleId: household.personId,
      targetKind: 'household',
      targetId: spare.householdId,
      regionCode: region,
    });
    const kase = await createCase(ctx, {
      typeCode: 'request',
      title: '矩阵目标事项',
      description: '权限矩阵',
      channel: 'walk_in',
      requesterPersonId: spare.personId,
      fields: {},
    });
    const attachment = await addAttachment(ctx, kase.id, 'a.png', 'image/png', PNG);
    targets.set(region, {
      region,
      accountId: account.id,
      username,
      personId: household.personId,
      personName,
      householdId: household.householdId,
      orgId: org.id,
      unitId: unit.id,
      village,
      gridId: grid.id,
      positionId: position.id,
      spareId: spare.personId,
      spareHouseholdId: spare.householdId,
      edgeId: edge.id,
      caseId: kase.id,
      attachmentId: attachment.id,
      roundId: '',
      evaluationId: '',
      pairingId: '',
      activityId: '',
    });
  }
  await seedObligationTargets(ctx, targets.values());
  await seedUnionTargets(ctx);
  PRESET_SCHEME =
    (await listSchemes(ctx)).items.find((s) => s.key === 'ten-star-household')?.id ?? '';
  for (const target of targets.values()) {
    const round = await openRound(ctx, {
      schemeId: PRESET_SCHEME,
      regionCode: target.region,
      period: '2026',
    });
    const [evaluation] = await t.deps.database.db
      .select({ id: evaluations.id })
      .from(evaluations)
      .where(and(eq(evaluations.roundId, round.id), eq(evaluations.subjectId, target.householdId)));
    Object.assign(target, { roundId: round.id, evaluationId: evaluation?.id ?? '' });
  }
  const countyAdmin: Actor = {
    ...root,
    grants: [{ role: 'county_admin', scope: COUNTY, regionCode: COUNTY }],
  };
  COUNTY_SCHEME = (
    await createScheme(
      { ...t.ctx(), actor: countyAdmin },
      { definition: { ...tenStarHousehold, key: 'matrix-county' } },
    )
  ).id;
  for (const role of ROLES) {
    await createAccount(ctx, {
      username: `matrix-${role.replace('_', '-')}`,
      displayName: role,
      password: PASSWORD,
      roles: [{ role, scope: SCOPE_OF[role] }],
    });
  }
  FOREIGN_NOTE = '00000000-0000-7000-8000-0000000000aa';
  await ctx.db.insert(notifications).values({
    id: FOREIGN_NOTE,
    regionCode: COUNTY,
    countyCode: '410599',
    accountId: targets.get(VILLAGE)?.accountId ?? '',
    caseId: null,
    kind: 'matrix',
    title: '他人的消息',
    createdAt: ctx.clock(),
  });
  FOREIGN_JOB = await startJob(ctx, 'matrix', COUNTY, async () => ({
    result: null,
    artifact: { name: 'x.txt', type: 'text/plain', data: Buffer.from('x') },
  }));
  await createAccount(ctx, {
    username: 'matrix-login',
    displayName: 'login',
    password: PASSWORD,
    roles: [{ role: 'villager', scope: VILLAGE }],
  });
}, 240_000);
afterAll(() => t.close());

async function outcomeOf(session: Session | null, req: Request): Promise<Outcome> {
  const res = await call(
    t.app,
    session,
    req.method,
    req.url,
    req.payload === undefined ? {} : { payload: req.payload },
  );
  if (res.statusCode === 200 && req.listed) return req.listed(res.json()) ? 'listed' : 'hidden';
  if (res.statusCode >= 500)
    throw new Error(`${req.method} ${req.url} → ${res.statusCode} ${res.body}`);
  return res.statusCode;
}

describe('authorization matrix', () => {
  it('covers every route in the route table, and nothing else', () => {
    const routeKeys = ROUTES.map((r) => `${r.method} ${r.url}`).sort();
    const missing = routeKeys.filter((k) => !MATRIX[k]);
    expect(missing, 'routes missing from the authorization matrix').toEqual([]);
    expect(Object.keys(MATRIX).sort()).toEqual(routeKeys);
  });

  it('has every logged-in route declare the permission or the policy that decides it', () => {
    const undeclared = ROUTES.filter((r) => r.auth === 'session' && !r.permission && !r.policy).map(
      (r) => `${r.method} ${r.url}`,
    );
    expect(undeclared, 'logged-in routes with neither a permission nor a policy').toEqual([]);
    expect(
      ROUTES.filter((r) => r.permission && r.policy).map((r) => `${r.method} ${r.url}`),
      'routes with both',
    ).toEqual([]);
  });

  it('answers each route without a session as declared', async () => {
    const target = targets.get(VILLAGE);
    if (!target) throw new Error('fixture missing');
    for (const [key, entry] of Object.entries(MATRIX)) {
      const outcome = await outcomeOf(null, entry.request(target, ++counter));
      expect(outcome, key).toBe(entry.unauthenticated);
    }
  });

  for (const role of ROLES) {
    it(`answers ${role} as declared on every route × scope`, async () => {
      const failures: string[] = [];
      for (const [key, entry] of Object.entries(MATRIX)) {
        for (const relation of entry.targetless ? (['own'] as Relation[]) : RELATIONS) {
          const region = TARGETS[SCOPE_OF[role]]?.[relation];
          const target = region ? targets.get(region) : undefined;
          if (!target) throw new Error(`no target for ${role} ${relation}`);
          const got = await outcomeOf(await sessionOf(role), entry.request(target, ++counter));
          // Logging in again rotates the session and logging out ends it: the next cell logs in anew.
          if (key.startsWith('POST /api/v1/auth/')) sessions.delete(role);
          const want = entry.expect[role][relation];
          if (got !== want)
            failures.push(
              `${key} as ${role} on ${relation} (${region}): expected ${want}, got ${got}`,
            );
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

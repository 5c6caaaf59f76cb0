import { notifications } from '../../db/schema/index.ts';
import { addAttachment } from '../../modules/cases/attachments.ts';
import { createCase } from '../../modules/cases/intake.ts';
import type { Ctx } from '../../platform/context.ts';
import {
  allRoles,
  byRole,
  everywhere,
  inside,
  listedBy,
  publicPage,
  MATRIX_COUNTY,
  readers,
  row,
  sameForAll,
  staffRecord,
  writers,
} from '../matrixKit.ts';
import type { Cell, MatrixEntry, Target } from '../matrixKit.ts';

// The cases module's rows of the authorization matrix (cases, the catalog, sweeps, reception days,
// the wish wall, the inbox and Open311).
let FOREIGN_NOTE = '';
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(16),
]);

/** A case of each target's spare household with an attachment, and a message for someone else. */
export async function seedCaseTargets(
  ctx: Ctx,
  targets: Iterable<Target>,
  messageTo: string,
): Promise<void> {
  for (const target of targets) {
    const kase = await createCase(ctx, {
      typeCode: 'request',
      title: '矩阵目标事项',
      description: '权限矩阵',
      channel: 'walk_in',
      requesterPersonId: target.spareId,
      fields: {},
    });
    const attachment = await addAttachment(ctx, kase.id, 'a.png', 'image/png', PNG);
    Object.assign(target, { caseId: kase.id, attachmentId: attachment.id });
  }
  FOREIGN_NOTE = '00000000-0000-7000-8000-0000000000aa';
  await ctx.db.insert(notifications).values({
    id: FOREIGN_NOTE,
    regionCode: MATRIX_COUNTY,
    countyCode: '410599',
    accountId: messageTo,
    caseId: null,
    kind: 'matrix',
    title: '他人的消息',
    createdAt: ctx.clock(),
  });
}

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
// Reviewers (cases.read) are the readers; handlers (cases.handle) the writers. Staff record sweeps
// and announce reception days in scope; the other staff roles are told the region is not theirs.
const staffWrite = (url: string, payload: (t: Target, n: number) => unknown) =>
  row({ method: 'POST', url: () => url, payload }, staffRecord(inside(201)));
const reviewers = (cell: Cell, otherwise?: Cell) => byRole(readers(cell), otherwise);
const jurisdiction = `jurisdiction_id=${MATRIX_COUNTY}`;

export const casesMatrix: Record<string, MatrixEntry> = {
  // The catalog is read by everyone with a grant in the county, edited by its county admin.
  'GET /api/v1/case-types': sameForAll('GET', () => '/api/v1/case-types', 200),
  'PUT /api/v1/case-types/:code': row(
    {
      method: 'PUT',
      url: (t, n) => `/api/v1/case-types/matrix-${n}?county=${t.region}`,
      payload: () => caseTypeDefinition,
    },
    byRole({ county_admin: inside(200) }),
  ),
  // Entered on a resident's behalf: whoever handles cases where the resident lives; villagers have no such scope.
  'POST /api/v1/cases': row(
    {
      method: 'POST',
      url: () => '/api/v1/cases',
      payload: (t, n) => ({
        typeCode: 'request',
        title: `矩阵事项${n}`,
        description: '权限矩阵',
        channel: 'walk_in',
        requesterPersonId: t.spareId,
      }),
    },
    byRole({
      ...writers(inside(201)),
      party_member: inside(201),
      unit_staff: inside(201),
      mediator: inside(201),
      deputy: inside(201),
      villager: everywhere(404),
      group_leader: everywhere(404),
      union_cadre: everywhere(404),
    }),
  ),
  'GET /api/v1/cases': row(
    {
      url: (t) => `/api/v1/cases?view=scope&region=${t.region}&pageSize=200`,
      listed: listedBy('id', 'caseId'),
    },
    reviewers(inside('listed', 'hidden'), everywhere('hidden')),
  ),
  // Visible to reviewers in scope and the owner chain only; the matrix accounts stand for nobody on it.
  'GET /api/v1/cases/:id': row(
    { url: (t) => `/api/v1/cases/${t.caseId}` },
    reviewers(inside(200), everywhere(404)),
  ),
  'GET /api/v1/cases/:id/departments': row(
    { url: (t) => `/api/v1/cases/${t.caseId}/departments` },
    reviewers(inside(200), everywhere(404)),
  ),
  'POST /api/v1/cases/:id/actions': row(
    {
      method: 'POST',
      url: (t) => `/api/v1/cases/${t.caseId}/actions`,
      payload: (_t, n) => ({ type: 'note', note: `矩阵备注${n}` }),
    },
    byRole({ ...writers(inside(200)), auditor: inside(403) }, everywhere(404)),
  ),
  // The handlers of a case read its requester's phone (audited as a reveal); reviewers who do not
  // handle are refused, and nobody sees a case outside their scope.
  'POST /api/v1/cases/:id/call': row(
    { method: 'POST', url: (t) => `/api/v1/cases/${t.caseId}/call` },
    byRole({ ...writers(inside(200)), auditor: inside(403) }, everywhere(404)),
  ),
  // Without a file every signed-in caller is told 415 (send the file); scope per case is in cases.test.ts.
  'POST /api/v1/cases/:id/attachments': sameForAll(
    'POST',
    () => '/api/v1/cases/00000000-0000-7000-8000-000000000001/attachments?name=a.png',
    415,
  ),
  'GET /api/v1/cases/:id/attachments/:attachmentId': row(
    { url: (t) => `/api/v1/cases/${t.caseId}/attachments/${t.attachmentId}` },
    reviewers(inside(200), everywhere(404)),
  ),
  'GET /api/v1/case-stats': row(
    { url: (t) => `/api/v1/case-stats?region=${t.region}` },
    reviewers(inside(200)),
  ),
  'POST /api/v1/dispute-sweeps': staffWrite('/api/v1/dispute-sweeps', (t, n) => ({
    regionCode: t.region,
    sweptOn: '2026-11-01',
    personTimes: n,
    found: 0,
  })),
  'GET /api/v1/reception-days': row(
    { url: (t) => `/api/v1/reception-days?region=${t.region}` },
    allRoles(inside(200)),
  ),
  'POST /api/v1/reception-days': staffWrite('/api/v1/reception-days', (t, n) => ({
    regionCode: t.region,
    date: futureDay(n),
    time: '09:00',
    place: '联络站',
    deputyPersonIds: [t.personId],
  })),
  'GET /api/v1/wishes/wall': row(
    { url: (t) => `/api/v1/wishes/wall?region=${t.region}` },
    allRoles(inside(200)),
  ),
  'GET /api/v1/inbox': sameForAll('GET', () => '/api/v1/inbox', 200),
  // A message belongs to its account: someone else's is not found for everyone.
  'POST /api/v1/inbox/:id/read': sameForAll(
    'POST',
    () => `/api/v1/inbox/${FOREIGN_NOTE}/read`,
    404,
  ),
  'POST /api/v1/open311-keys': row(
    {
      method: 'POST',
      url: () => '/api/v1/open311-keys',
      payload: (t, n) => ({ name: `矩阵密钥${n}`, county: t.region }),
    },
    byRole({ county_admin: inside(201) }),
  ),
  // Open311 is public (POST needs an api_key in the form); a form-less POST is a 400 in the spec's error shape.
  'GET /open311/v2/:resource': publicPage('/open311/v2/discovery.json'),
  'POST /open311/v2/:resource': sameForAll('POST', () => '/open311/v2/requests.json', 400, 400),
  'GET /open311/v2/services/:file': publicPage(`/open311/v2/services/request.json?${jurisdiction}`),
  'GET /open311/v2/requests/:file': publicPage(
    `/open311/v2/requests/00000000-0000-7000-8000-000000000002.json?${jurisdiction}`,
    404,
  ),
  'GET /open311/v2/tokens/:file': publicPage(
    `/open311/v2/tokens/no-such-token.json?${jurisdiction}`,
    404,
  ),
};

import { defineRoute } from '../../platform/route.ts';
import { declaredType, IMAGE_TYPES, PDF_TYPE, sendUpload } from '../../platform/uploadedFiles.ts';
import { fileResponse } from '../../platform/responses.ts';
import {
  addEvidence,
  evidenceFile,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_TYPES,
} from './activityEvidence.ts';
import { ACTIVITY_POLICY } from './policy.ts';
import { activityParams, evidenceParams, evidenceQuery } from './schema.ts';
import { evidenceStoredView } from './views.ts';

const tag = 'obligations';

export const evidenceRoutes = [
  defineRoute<Buffer, { name: string }, { id: string }>({
    method: 'POST',
    url: '/api/v1/activities/:id/evidence',
    summary: '为活动添加佐证（JPEG/PNG/WebP/PDF，≤8 MB）/ Add evidence to an activity',
    tag,
    auth: 'session',
    policy: ACTIVITY_POLICY,
    params: activityParams,
    query: evidenceQuery,
    upload: { contentTypes: EVIDENCE_TYPES, maxBytes: EVIDENCE_MAX_BYTES },
    successStatus: 201,
    idempotent: false,
    response: evidenceStoredView,
    handler: ({ ctx, params, query, body, reply }) =>
      addEvidence(ctx, params.id, query.name, declaredType(reply), body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/activities/:id/evidence/:evidenceId',
    summary: '查看活动佐证 / An activity’s evidence file',
    tag,
    auth: 'session',
    policy: ACTIVITY_POLICY,
    params: evidenceParams,
    response: fileResponse([...IMAGE_TYPES, PDF_TYPE]),
    handler: async ({ ctx, params, reply }) =>
      sendUpload(reply, await evidenceFile(ctx, params.id, params.evidenceId), 'inline'),
  }),
];

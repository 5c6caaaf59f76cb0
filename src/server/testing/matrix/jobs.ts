import type { Ctx } from '../../platform/context.ts';
import { startJob } from '../../platform/jobs/runJob.ts';
import { MATRIX_COUNTY, sameForAll, type MatrixEntry } from '../matrixKit.ts';

// The jobs module's rows of the authorization matrix.
let FOREIGN_JOB = '';

/** A job started by the fixture's account, so no matrix account is its starter. */
export async function seedJobTargets(ctx: Ctx): Promise<void> {
  FOREIGN_JOB = await startJob(ctx, 'matrix', MATRIX_COUNTY, async () => ({
    result: null,
    artifact: { name: 'x.txt', type: 'text/plain', data: Buffer.from('x') },
  }));
}

// Jobs belong to their starter; the matrix accounts started none, so every role is told 404 for
// the fixture's job, and every role's own list answers 200 (empty).
export const jobsMatrix: Record<string, MatrixEntry> = {
  'GET /api/v1/jobs': sameForAll('GET', () => '/api/v1/jobs', 200),
  'POST /api/v1/jobs/:id/seen': sameForAll('POST', () => `/api/v1/jobs/${FOREIGN_JOB}/seen`, 404),
  'GET /api/v1/jobs/:id': sameForAll('GET', () => `/api/v1/jobs/${FOREIGN_JOB}`, 404),
  'GET /api/v1/jobs/:id/artifact': sameForAll(
    'GET',
    () => `/api/v1/jobs/${FOREIGN_JOB}/artifact`,
    404,
  ),
};

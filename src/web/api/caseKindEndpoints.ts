// The case kinds' own calls: departments to give a case to, 排查 sweeps
// (src/server/modules/cases/views.ts is the source of truth; type imports only).
import type { z } from 'zod';
import type { caseDepartmentsView, disputeSweepView } from '../../server/modules/cases/views.ts';
import type { sweepBody } from '../../server/modules/cases/schema.ts';
import { request } from './client.ts';

export type CaseDepartments = z.infer<typeof caseDepartmentsView>;
export type DisputeSweep = z.infer<typeof disputeSweepView>;
export type NewSweep = z.input<typeof sweepBody>;

export const caseKindApi = {
  departments: (caseId: string, signal?: AbortSignal) =>
    request<CaseDepartments>(`/api/v1/cases/${caseId}/departments`, { signal }),
  recordSweep: (body: NewSweep) =>
    request<DisputeSweep>('/api/v1/dispute-sweeps', { method: 'POST', body }),
};

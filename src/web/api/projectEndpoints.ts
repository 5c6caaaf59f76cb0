import type { z } from 'zod';
import type {
  createProjectBody,
  milestoneBody,
  MilestonePatch,
  OutcomeBody,
  ProjectPatch,
  SpendBody,
} from '../../server/modules/projects/schema.ts';
import type { RecordActivityBody } from '../../server/modules/obligations/schema.ts';
import type { projectDetail, projectPage } from '../../server/modules/projects/views.ts';
import type { Activity } from './obligationEndpoints.ts';
import { request } from './client.ts';

// Shapes of /api/v1/projects: derived from the routes' response schemas (type imports only).
export type ProjectPage = z.infer<typeof projectPage>;
export type ProjectItem = ProjectPage['items'][number];
export type ProjectDetail = z.infer<typeof projectDetail>;
export type ProjectMilestone = ProjectDetail['milestones'][number];

export interface ProjectQuery {
  region?: string;
  type?: string;
  status?: string;
  q?: string;
  page: number;
  pageSize: number;
}

const at = (id: string) => `/api/v1/projects/${encodeURIComponent(id)}`;

export const projectApi = {
  list: (query: ProjectQuery, signal?: AbortSignal) =>
    request<ProjectPage>('/api/v1/projects', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => request<ProjectDetail>(at(id), { signal }),
  create: (body: z.input<typeof createProjectBody>) =>
    request<ProjectDetail>('/api/v1/projects', { method: 'POST', body }),
  update: (id: string, body: ProjectPatch) =>
    request<ProjectDetail>(at(id), { method: 'PATCH', body }),
  addMilestone: (id: string, body: z.input<typeof milestoneBody>) =>
    request<ProjectDetail>(`${at(id)}/milestones`, { method: 'POST', body }),
  updateMilestone: (id: string, milestoneId: string, body: MilestonePatch) =>
    request<ProjectDetail>(`${at(id)}/milestones/${milestoneId}`, { method: 'PATCH', body }),
  removeMilestone: (id: string, milestoneId: string) =>
    request<ProjectDetail>(`${at(id)}/milestones/${milestoneId}`, { method: 'DELETE' }),
  recordSpend: (id: string, body: SpendBody) =>
    request<ProjectDetail>(`${at(id)}/spends`, { method: 'POST', body }),
  /** A 人大 inspection: an activity of the village naming the project (the activities API). */
  recordInspection: (
    body: Omit<RecordActivityBody, 'participantIds' | 'householdIds'> & { projectId: string },
  ) => request<Activity>('/api/v1/activities', { method: 'POST', body }),
  setOutcome: (id: string, year: number, body: OutcomeBody) =>
    request<ProjectDetail>(`${at(id)}/outcomes/${year}`, { method: 'PUT', body }),
};

import { request } from './client.ts';
import type { Page } from './types.ts';

// The directory lists that got their pages after the first ones: grids, positions, party
// memberships and the 五级联包 edges (server: src/server/modules/{grids,positions,memberships,responsibility}).

export interface GridItem {
  id: string;
  regionCode: string;
  regionName: string | null;
  kind: string;
  name: string;
  seq: number;
  householdCount: number;
}

export interface PositionItem {
  id: string;
  personId: string;
  personName: string | null;
  code: string;
  regionCode: string;
  regionName: string | null;
  orgId: string | null;
  orgName: string | null;
  gridId: string | null;
  gridName: string | null;
  unitId: string | null;
  dispatchingUnitId: string | null;
  dispatchingUnitName: string | null;
  termEndDate: string | null;
  goldMediator: boolean;
  startDate: string;
  endDate: string | null;
  current: boolean;
}

export interface NewPosition {
  personId: string;
  code: string;
  regionCode: string;
  startDate: string;
  endDate?: string | null;
  orgId?: string | null;
  gridId?: string | null;
  dispatchingUnitId?: string | null;
  termEndDate?: string | null;
  goldMediator?: boolean | null;
}
export type PositionPatch = Partial<Omit<NewPosition, 'personId' | 'code' | 'regionCode'>>;

export interface MembershipItem {
  personId: string;
  personName: string | null;
  orgId: string;
  orgName: string | null;
  groupId: string | null;
  groupName: string | null;
  kind: string;
  joinDate: string;
  regionCode: string;
}

export interface NewMembership {
  personId: string;
  orgId: string;
  groupId?: string | null;
  kind: string;
  joinDate: string;
}
export type MembershipPatch = Partial<Omit<NewMembership, 'personId'>>;

export interface EdgeItem {
  id: string;
  level: number;
  responsibleId: string;
  responsibleName: string | null;
  targetKind: string;
  targetId: string;
  targetName: string | null;
  withinId: string | null;
  regionCode: string;
}

export interface NewEdge {
  level: number;
  responsibleId: string;
  targetKind: string;
  targetId: string;
  withinId?: string | null;
  regionCode: string;
}

export interface Paged {
  page: number;
  pageSize: number;
}

const id = (value: string) => encodeURIComponent(value);

export const directoryPagesApi = {
  grids: (query: Paged & { region?: string; kind?: string; q?: string }, signal?: AbortSignal) =>
    request<Page<GridItem>>('/api/v1/grids', { query: { ...query }, signal }),
  createGrid: (body: { regionCode: string; kind: string; name: string; seq?: number }) =>
    request<GridItem>('/api/v1/grids', { method: 'POST', body }),
  updateGrid: (gridId: string, body: { name?: string; kind?: string; seq?: number }) =>
    request<GridItem>(`/api/v1/grids/${id(gridId)}`, { method: 'PATCH', body }),

  positions: (
    query: Paged & { region?: string; code?: string; current?: 'true' | 'false'; person?: string },
    signal?: AbortSignal,
  ) => request<Page<PositionItem>>('/api/v1/positions', { query: { ...query }, signal }),
  createPosition: (body: NewPosition) =>
    request<PositionItem>('/api/v1/positions', { method: 'POST', body }),
  updatePosition: (positionId: string, body: PositionPatch) =>
    request<PositionItem>(`/api/v1/positions/${id(positionId)}`, { method: 'PATCH', body }),

  memberships: (
    query: Paged & { region?: string; kind?: string; org?: string },
    signal?: AbortSignal,
  ) => request<Page<MembershipItem>>('/api/v1/memberships', { query: { ...query }, signal }),
  createMembership: (body: NewMembership) =>
    request<MembershipItem>('/api/v1/memberships', { method: 'POST', body }),
  updateMembership: (personId: string, body: MembershipPatch) =>
    request<MembershipItem>(`/api/v1/memberships/${id(personId)}`, { method: 'PATCH', body }),

  edges: (
    query: Paged & { region?: string; level?: number; responsible?: string },
    signal?: AbortSignal,
  ) => request<Page<EdgeItem>>('/api/v1/responsibility/edges', { query: { ...query }, signal }),
  createEdge: (body: NewEdge) =>
    request<EdgeItem>('/api/v1/responsibility/edges', { method: 'POST', body }),
  deleteEdge: (edgeId: string) =>
    request<unknown>(`/api/v1/responsibility/edges/${id(edgeId)}`, { method: 'DELETE' }),
};

/** Options for the pickers of these pages' forms (small pages of the list routes). */
export const directoryPickers = {
  persons: (q: string, signal: AbortSignal) =>
    request<Page<{ id: string; name: string; regionName: string | null; idNumber: string }>>(
      '/api/v1/persons',
      { query: { q, page: 1, pageSize: 20 }, signal },
    ),
  orgs: (query: { q: string; region?: string; parent?: string }, signal: AbortSignal) =>
    request<Page<{ id: string; name: string; type: string; regionCode: string }>>('/api/v1/orgs', {
      query: { ...query, page: 1, pageSize: 50 },
      signal,
    }),
  units: (q: string, signal: AbortSignal) =>
    request<Page<{ id: string; name: string }>>('/api/v1/units', {
      query: { q, page: 1, pageSize: 50 },
      signal,
    }),
  households: (q: string, signal: AbortSignal) =>
    request<Page<{ id: string; head: { id: string; name: string }; regionName: string | null }>>(
      '/api/v1/households',
      { query: { q, page: 1, pageSize: 20 }, signal },
    ),
};

export interface PairItem {
  id: string;
  regionCode: string;
  regionName: string | null;
  unitId: string;
  unitName: string | null;
  unitMemberId: string;
  unitMemberName: string | null;
  ruralMemberId: string;
  ruralMemberName: string | null;
  households: { id: string; headName: string | null; lastVisitOn: string | null }[];
}

export const pairsApi = {
  pairs: (query: Paged & { region?: string }, signal?: AbortSignal) =>
    request<Page<PairItem>>('/api/v1/responsibility/pairs', { query: { ...query }, signal }),
};

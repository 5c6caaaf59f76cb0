import type { z } from 'zod';
import type {
  createGridBody,
  listGridsQuery,
  gridPage,
  gridView,
  updateGridBody,
} from '../../server/modules/grids/schema.ts';
import type {
  createMembershipBody,
  listMembershipsQuery,
  membershipPage,
  membershipView,
  updateMembershipBody,
} from '../../server/modules/memberships/schema.ts';
import type {
  createPositionBody,
  listPositionsQuery,
  positionPage,
  positionView,
  updatePositionBody,
} from '../../server/modules/positions/schema.ts';
import type {
  createEdgeBody,
  listEdgesQuery,
  edgePage,
  edgeView,
} from '../../server/modules/responsibility/edgeSchema.ts';
import type {
  listPairsQuery,
  newPairBody,
  pairPage,
  pairView,
} from '../../server/modules/responsibility/pairSchema.ts';
import { request } from './client.ts';
import type { QueryOf } from './endpoints.ts';
import type { HouseholdPage, OrgPage, PersonPage, UnitPage } from './directoryTypes.ts';

// The directory lists that got their pages after the first ones: grids, positions, party
// memberships, the 五级联包 edges and the 1+1+N pairs. Their shapes are derived from the routes'
// schemas (src/server/modules/{grids,positions,memberships,responsibility}; type imports only).
// The bodies the forms send are the request schemas' inputs.

export type GridItem = z.infer<typeof gridView>;
export type GridPage = z.infer<typeof gridPage>;
export type NewGrid = z.input<typeof createGridBody>;
export type GridPatch = z.input<typeof updateGridBody>;

export type PositionItem = z.infer<typeof positionView>;
export type PositionPage = z.infer<typeof positionPage>;
export type NewPosition = z.input<typeof createPositionBody>;
export type PositionPatch = z.input<typeof updatePositionBody>;

export type MembershipItem = z.infer<typeof membershipView>;
export type MembershipPage = z.infer<typeof membershipPage>;
export type NewMembership = z.input<typeof createMembershipBody>;
export type MembershipPatch = z.input<typeof updateMembershipBody>;

export type EdgeItem = z.infer<typeof edgeView>;
export type EdgePage = z.infer<typeof edgePage>;
export type NewEdge = z.input<typeof createEdgeBody>;

export type PairItem = z.infer<typeof pairView>;
export type PairPage = z.infer<typeof pairPage>;
export type NewPair = z.input<typeof newPairBody>;

const id = (value: string) => encodeURIComponent(value);

export const directoryPagesApi = {
  grids: (query: QueryOf<typeof listGridsQuery>, signal?: AbortSignal) =>
    request<GridPage>('/api/v1/grids', { query: { ...query }, signal }),
  createGrid: (body: NewGrid) => request<GridItem>('/api/v1/grids', { method: 'POST', body }),
  updateGrid: (gridId: string, body: GridPatch) =>
    request<GridItem>(`/api/v1/grids/${id(gridId)}`, { method: 'PATCH', body }),

  positions: (query: QueryOf<typeof listPositionsQuery>, signal?: AbortSignal) =>
    request<PositionPage>('/api/v1/positions', { query: { ...query }, signal }),
  createPosition: (body: NewPosition) =>
    request<PositionItem>('/api/v1/positions', { method: 'POST', body }),
  updatePosition: (positionId: string, body: PositionPatch) =>
    request<PositionItem>(`/api/v1/positions/${id(positionId)}`, { method: 'PATCH', body }),

  memberships: (query: QueryOf<typeof listMembershipsQuery>, signal?: AbortSignal) =>
    request<MembershipPage>('/api/v1/memberships', { query: { ...query }, signal }),
  createMembership: (body: NewMembership) =>
    request<MembershipItem>('/api/v1/memberships', { method: 'POST', body }),
  updateMembership: (personId: string, body: MembershipPatch) =>
    request<MembershipItem>(`/api/v1/memberships/${id(personId)}`, { method: 'PATCH', body }),

  edges: (query: QueryOf<typeof listEdgesQuery>, signal?: AbortSignal) =>
    request<EdgePage>('/api/v1/responsibility/edges', { query: { ...query }, signal }),
  createEdge: (body: NewEdge) =>
    request<EdgeItem>('/api/v1/responsibility/edges', { method: 'POST', body }),
  deleteEdge: (edgeId: string) =>
    request<void>(`/api/v1/responsibility/edges/${id(edgeId)}`, { method: 'DELETE' }),
};

/** Options for the pickers of these pages' forms (small pages of the list routes). */
export const directoryPickers = {
  persons: (q: string, signal: AbortSignal) =>
    request<PersonPage>('/api/v1/persons/search', {
      method: 'POST',
      body: { q, page: 1, pageSize: 20 },
      signal,
    }),
  orgs: (query: { q: string; region?: string; parent?: string }, signal: AbortSignal) =>
    request<OrgPage>('/api/v1/orgs', {
      query: { ...query, page: 1, pageSize: 50 },
      signal,
    }),
  units: (q: string, signal: AbortSignal) =>
    request<UnitPage>('/api/v1/units', {
      query: { q, page: 1, pageSize: 50 },
      signal,
    }),
  households: (q: string, signal: AbortSignal) =>
    request<HouseholdPage>('/api/v1/households', {
      query: { q, page: 1, pageSize: 20 },
      signal,
    }),
};

export const pairsApi = {
  pairs: (query: QueryOf<typeof listPairsQuery>, signal?: AbortSignal) =>
    request<PairPage>('/api/v1/responsibility/pairs', { query: { ...query }, signal }),
  createPair: (body: NewPair) =>
    request<PairItem>('/api/v1/responsibility/pairs', { method: 'POST', body }),
};

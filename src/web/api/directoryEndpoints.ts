import type { listHouseholdsQuery } from '../../server/modules/households/schema.ts';
import type { listOrgsQuery } from '../../server/modules/orgs/schema.ts';
import type { listPersonsQuery } from '../../server/modules/persons/schema.ts';
import type { listUnitsQuery } from '../../server/modules/units/schema.ts';
import { request } from './client.ts';
import type {
  CoverageReport,
  HouseholdDetail,
  HouseholdPage,
  ImportStarted,
  Job,
  JobList,
  MyHouseholds,
  NewPerson,
  OrgPage,
  PersonDetail,
  PersonPage,
  PersonPatch,
  UnitPage,
} from './directoryTypes.ts';
import type { QueryOf, Revealed, RevealWhy } from './endpoints.ts';
import type { ExchangeEntity } from '../../domain/directory/exchange/sheetDefinition.ts';

export type PersonQuery = QueryOf<typeof listPersonsQuery>;
export type HouseholdQuery = QueryOf<typeof listHouseholdsQuery>;

/** The entities with Excel templates, imports and exports. */
export type { ExchangeEntity } from '../../domain/directory/exchange/sheetDefinition.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const id = (value: string) => encodeURIComponent(value);

export const directoryApi = {
  // The search term may be an ID or phone number: it goes in a POST body, never in the URL.
  persons: (query: PersonQuery, signal?: AbortSignal) =>
    request<PersonPage>('/api/v1/persons/search', { method: 'POST', body: query, signal }),
  person: (personId: string, signal?: AbortSignal) =>
    request<PersonDetail>(`/api/v1/persons/${id(personId)}`, { signal }),
  createPerson: (person: NewPerson) =>
    request<PersonDetail>('/api/v1/persons', { method: 'POST', body: person }),
  updatePerson: (personId: string, patch: PersonPatch) =>
    request<PersonDetail>(`/api/v1/persons/${id(personId)}`, { method: 'PATCH', body: patch }),
  revealPerson: (personId: string, field: 'idNumber' | 'phone', why: RevealWhy) =>
    request<Revealed>('/api/v1/privacy/reveal', {
      method: 'POST',
      body: { objectType: 'person', objectId: personId, field, ...why },
    }),

  households: (query: HouseholdQuery, signal?: AbortSignal) =>
    request<HouseholdPage>('/api/v1/households', { query: { ...query }, signal }),
  household: (householdId: string, signal?: AbortSignal) =>
    request<HouseholdDetail>(`/api/v1/households/${id(householdId)}`, { signal }),

  orgs: (query: QueryOf<typeof listOrgsQuery>, signal?: AbortSignal) =>
    request<OrgPage>('/api/v1/orgs', { query: { ...query }, signal }),
  units: (query: QueryOf<typeof listUnitsQuery>, signal?: AbortSignal) =>
    request<UnitPage>('/api/v1/units', { query: { ...query }, signal }),

  coverage: (region: string, maxHouseholds: number, signal?: AbortSignal) =>
    request<CoverageReport>('/api/v1/responsibility/coverage', {
      query: { region, maxHouseholds },
      signal,
    }),
  myHouseholds: (signal?: AbortSignal) =>
    request<MyHouseholds>('/api/v1/me/households', { signal }),

  startImport: (entity: ExchangeEntity, file: Blob) =>
    request<ImportStarted>(`/api/v1/exchange/import/${entity}`, {
      method: 'POST',
      file: { data: file, contentType: XLSX_TYPE },
    }),
  job: (jobId: string, signal?: AbortSignal) =>
    request<Job>(`/api/v1/jobs/${id(jobId)}`, { signal }),
  myJobs: (signal?: AbortSignal) => request<JobList>('/api/v1/jobs', { signal }),
  /** The outcome was shown: the job leaves the owner's 待办. */
  jobSeen: (jobId: string) => request<void>(`/api/v1/jobs/${id(jobId)}/seen`, { method: 'POST' }),
};

/** Plain links: the browser downloads with the session cookie, no script needed. */
export const exchangeLinks = {
  template: (entity: ExchangeEntity) => `/api/v1/exchange/templates/${entity}`,
  export: (entity: ExchangeEntity, filters: Readonly<Record<string, string | undefined>>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
    const text = params.toString();
    return text ? `/api/v1/exchange/export/${entity}?${text}` : `/api/v1/exchange/export/${entity}`;
  },
};

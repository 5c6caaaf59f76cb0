// Shapes of the directory API, derived from the routes' response schemas
// (src/server/modules/{persons,households,orgs,units,responsibility,exchange,jobs}/schema.ts are
// the source of truth; type imports only, erased from the bundle). ID numbers and phones arrive
// masked unless revealed.
import type { z } from 'zod';
import type { importResultView, importStarted } from '../../server/modules/exchange/schema.ts';
import type {
  householdDetail,
  householdListItem,
  householdPage,
} from '../../server/modules/households/schema.ts';
import type { jobList, jobView } from '../../server/modules/jobs/schema.ts';
import type { orgPage, orgView } from '../../server/modules/orgs/schema.ts';
import type {
  createPersonBody,
  personDetail,
  personListItem,
  personPage,
  updatePersonBody,
} from '../../server/modules/persons/schema.ts';
import type {
  coverageResponse,
  myHouseholdsResponse,
} from '../../server/modules/responsibility/schema.ts';
import type { unitPage, unitView } from '../../server/modules/units/schema.ts';

export type PersonItem = z.infer<typeof personListItem>;
export type PersonPage = z.infer<typeof personPage>;
/** A minor's birth date is masked (`2015-**-**`). */
export type PersonDetail = z.infer<typeof personDetail>;
export type PersonPosition = PersonDetail['positions'][number];
/** The bodies the person forms send (before the server normalizes them). */
export type NewPerson = z.input<typeof createPersonBody>;
export type PersonPatch = z.input<typeof updatePersonBody>;

export type HouseholdItem = z.infer<typeof householdListItem>;
export type HouseholdPage = z.infer<typeof householdPage>;
/** With 谁为我们负责: the chain from the contact member (L4) up to L1. */
export type HouseholdDetail = z.infer<typeof householdDetail>;
export type ChainLink = HouseholdDetail['responsibleChain']['links'][number];

export type OrgItem = z.infer<typeof orgView>;
export type OrgPage = z.infer<typeof orgPage>;
export type UnitItem = z.infer<typeof unitView>;
export type UnitPage = z.infer<typeof unitPage>;

export type CoverageReport = z.infer<typeof coverageResponse>;
/** 我联系的户 and 我家. */
export type MyHouseholds = z.infer<typeof myHouseholdsResponse>;

export type ImportStarted = z.infer<typeof importStarted>;
/** An import job's result. */
export type ImportResult = z.infer<typeof importResultView>;
export type ImportProblem = ImportResult['problems'][number];
export type Job = z.infer<typeof jobView>;
export type JobList = z.infer<typeof jobList>;

// Shapes of the union-planning API, derived from the routes' response schemas and the union plan
// job's result (src/server/modules/planning/views.ts is the source of truth; type imports only,
// erased from the bundle). The defaults are the domain's, which the server applies too.
import type { z } from 'zod';
import type { checkUnionsBody, jobStarted } from '../../server/modules/planning/schema.ts';
import type {
  adoptedUnionView,
  proposedUnionView,
  unionCheckView,
  unionList,
  unionPlanResultView,
  unionsAdoptedView,
  unionView,
  unionViolationView,
} from '../../server/modules/planning/views.ts';

export { DEFAULT_UNION_RULES } from '../../domain/planning/unions/types.ts';

export type JobStarted = z.infer<typeof jobStarted>;
/** What a union plan job stores as its result: the plan, the villages it drew on, the rules. */
export type UnionPlanResult = z.infer<typeof unionPlanResultView>;
export type UnionPlan = UnionPlanResult['plan'];
export type UnionRules = UnionPlanResult['rules'];
export type PlanningVillage = UnionPlanResult['villages'][number];
export type ProposedUnion = z.infer<typeof proposedUnionView>;
export type UnionViolation = z.infer<typeof unionViolationView>;
export type UnionViolationCode = UnionViolation['code'];

/** A union as the editor sends it back (recheck, adopt). */
export type UnionDraft = z.input<typeof checkUnionsBody>['unions'][number];
export type UnionCheck = z.infer<typeof unionCheckView>;

export type AdoptedUnion = z.infer<typeof adoptedUnionView>;
export type UnionsAdopted = z.infer<typeof unionsAdoptedView>;
/** An adopted union as listed, with its villages' names. */
export type UnionItem = z.infer<typeof unionView>;
export type UnionList = z.infer<typeof unionList>;

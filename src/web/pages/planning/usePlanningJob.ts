import { planningApi } from '../../api/planningEndpoints.ts';
import type { UnionPlanResult, UnionRules } from '../../api/planningTypes.ts';
import { useBackgroundJob, type JobState } from '../../components/jobs/useBackgroundJob.ts';

export type PlanningState = JobState<
  { phase: 'succeeded'; result: UnionPlanResult } | { phase: 'failed'; message: string }
>;

function isPlanResult(value: unknown): value is UnionPlanResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'plan' in value &&
    'villages' in value &&
    'rules' in value
  );
}

/** Starts the union planner as a background job and follows it until it ends. */
export function usePlanningJob() {
  const { state, start } = useBackgroundJob(
    (region: string, rules: Partial<UnionRules>, timeLimitSeconds: number) =>
      planningApi.planUnions(region, rules, timeLimitSeconds),
    (job) =>
      job.status === 'succeeded' && isPlanResult(job.result)
        ? { phase: 'succeeded' as const, result: job.result }
        : { phase: 'failed' as const, message: job.message ?? job.status },
  );
  return { state, start };
}

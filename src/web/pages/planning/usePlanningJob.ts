import { useCallback, useEffect, useRef, useState } from 'react';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import { planningApi } from '../../api/planningEndpoints.ts';
import type { UnionPlanResult, UnionRules } from '../../api/planningTypes.ts';

export type PlanningState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: number }
  | { phase: 'succeeded'; result: UnionPlanResult }
  | { phase: 'failed'; message: string }
  | { phase: 'error'; error: unknown };

const POLL_MS = 500;

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
  const [state, setState] = useState<PlanningState>({ phase: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const follow = useCallback(async (jobId: string) => {
    try {
      const job = await directoryApi.job(jobId);
      if (!alive.current) return;
      if (job.status === 'running') {
        setState({ phase: 'running', progress: job.progress });
        timer.current = setTimeout(() => void follow(jobId), POLL_MS);
      } else if (job.status === 'succeeded' && isPlanResult(job.result)) {
        setState({ phase: 'succeeded', result: job.result });
      } else {
        setState({ phase: 'failed', message: job.message ?? job.status });
      }
    } catch (error) {
      if (alive.current) setState({ phase: 'error', error });
    }
  }, []);

  const start = useCallback(
    async (region: string, rules: Partial<UnionRules>, timeLimitSeconds: number) => {
      clearTimeout(timer.current);
      setState({ phase: 'running', progress: 0 });
      try {
        const { jobId } = await planningApi.planUnions(region, rules, timeLimitSeconds);
        await follow(jobId);
      } catch (error) {
        if (alive.current) setState({ phase: 'error', error });
      }
    },
    [follow],
  );

  return { state, start };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { Job } from '../../api/directoryTypes.ts';

/** A background job as a page follows it; `Ended` is what its end (success or failure) shows. */
export type JobState<Ended extends { phase: 'succeeded' | 'failed' }> =
  | { phase: 'idle' }
  | { phase: 'running'; progress: number }
  | Ended
  /** Starting or polling the job failed (a refused upload, a lost connection…). */
  | { phase: 'error'; error: unknown };

const POLL_MS = 500;

/**
 * Starts a background job with `launch` and polls it until it ends; `ended` turns the finished
 * job into the page's state. Polling stops when the component unmounts or the job is restarted.
 */
export function useBackgroundJob<
  Args extends unknown[],
  Ended extends { phase: 'succeeded' | 'failed' },
>(
  launch: (...args: Args) => Promise<{ jobId: string }>,
  ended: (job: Job) => Ended,
  onSucceeded?: () => void,
) {
  const [state, setState] = useState<JobState<Ended>>({ phase: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const alive = useRef(true);
  // The latest callbacks, so `start` stays the same function across renders.
  const latest = useRef({ launch, ended, onSucceeded });
  latest.current = { launch, ended, onSucceeded };

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
        return;
      }
      const end = latest.current.ended(job);
      setState(end);
      // shown here, so it does not wait on the 待办 as an outcome never seen
      void directoryApi.jobSeen(jobId).catch(() => undefined);
      if (end.phase === 'succeeded') latest.current.onSucceeded?.();
    } catch (error) {
      if (alive.current) setState({ phase: 'error', error });
    }
  }, []);

  const start = useCallback(
    async (...args: Args) => {
      clearTimeout(timer.current);
      setState({ phase: 'running', progress: 0 });
      try {
        const { jobId } = await latest.current.launch(...args);
        await follow(jobId);
      } catch (error) {
        if (alive.current) setState({ phase: 'error', error });
      }
    },
    [follow],
  );

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, dismiss };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { ExchangeEntity } from '../../api/directoryEndpoints.ts';
import type { ImportResult, Job } from '../../api/directoryTypes.ts';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: number }
  | { phase: 'succeeded'; result: ImportResult | null }
  | { phase: 'failed'; result: ImportResult | null; artifact: Job['artifact'] }
  /** The upload itself was refused (corrupt file, wrong columns, too large…). */
  | { phase: 'error'; error: unknown };

const POLL_MS = 500;

function isImportResult(value: unknown): value is ImportResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'rows' in value &&
    'failedRows' in value &&
    'problems' in value
  );
}

/** Uploads a workbook and follows its background job until it succeeds or fails. */
export function useImportJob(entity: ExchangeEntity, onSucceeded?: () => void) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const follow = useCallback(
    async (jobId: string) => {
      try {
        const job = await directoryApi.job(jobId);
        if (!alive.current) return;
        const result = isImportResult(job.result) ? job.result : null;
        if (job.status === 'running') {
          setState({ phase: 'running', progress: job.progress });
          timer.current = setTimeout(() => void follow(jobId), POLL_MS);
        } else if (job.status === 'succeeded') {
          setState({ phase: 'succeeded', result });
          onSucceeded?.();
        } else {
          setState({ phase: 'failed', result, artifact: job.artifact });
        }
      } catch (error) {
        if (alive.current) setState({ phase: 'error', error });
      }
    },
    [onSucceeded],
  );

  const start = useCallback(
    async (file: Blob) => {
      clearTimeout(timer.current);
      setState({ phase: 'running', progress: 0 });
      try {
        const { jobId } = await directoryApi.startImport(entity, file);
        await follow(jobId);
      } catch (error) {
        if (alive.current) setState({ phase: 'error', error });
      }
    },
    [entity, follow],
  );

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, dismiss };
}

import type { ExchangeEntity } from '../../api/directoryEndpoints.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { ImportResult, Job } from '../../api/directoryTypes.ts';
import { useBackgroundJob, type JobState } from '../jobs/useBackgroundJob.ts';

export type ImportState = JobState<
  | { phase: 'succeeded'; result: ImportResult | null }
  | { phase: 'failed'; result: ImportResult | null; artifact: Job['artifact'] }
>;

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
  return useBackgroundJob(
    (file: Blob) => directoryApi.startImport(entity, file),
    (job) => {
      const result = isImportResult(job.result) ? job.result : null;
      return job.status === 'succeeded'
        ? { phase: 'succeeded' as const, result }
        : { phase: 'failed' as const, result, artifact: job.artifact };
    },
    onSucceeded,
  );
}

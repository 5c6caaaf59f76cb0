import type { z } from 'zod';
import type { zeroEventList, zeroProgressView } from '../../server/modules/zero/views.ts';
import { request } from './client.ts';

export type ZeroEventList = z.infer<typeof zeroEventList>;

/** 三零 records: the year's events of a region and its villages' progress. */
export const zeroApi = {
  events: (region: string, year: number, signal?: AbortSignal) =>
    request<ZeroEventList>(`/api/v1/zero-events?region=${region}&year=${year}`, { signal }),
  progress: (region: string, year: number, signal?: AbortSignal) =>
    request<z.infer<typeof zeroProgressView>>(
      `/api/v1/zero-progress?region=${region}&year=${year}`,
      { signal },
    ),
};

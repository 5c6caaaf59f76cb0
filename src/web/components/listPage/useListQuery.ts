import { useApiQuery, type ApiQuery } from '../useApiQuery.ts';
import type { ListRoute } from './useListRoute.ts';

/** What a list page asks the server for: its filters and its page. */
export type ListQuery<K extends string> = Readonly<Partial<Record<K, string>>> & {
  page: number;
  pageSize: number;
};

/** A list page's rows, asked for again whenever its filters or its page change. */
export function useListQuery<K extends string, T>(
  route: ListRoute<K>,
  load: (query: ListQuery<K>, signal: AbortSignal) => Promise<T>,
): ApiQuery<T> {
  const { filters, page, pageSize } = route;
  return useApiQuery((signal) => load({ ...filters, page, pageSize }, signal), route.deps);
}

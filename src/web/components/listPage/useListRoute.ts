import { readPaging } from '../paging.ts';
import { navigate, useLocation, withQuery } from '../../router.tsx';

type QueryValue = string | number | undefined;

export interface ListRoute<K extends string> {
  /** The list's URL parameters; a value its check rejects reads as absent. */
  params: Readonly<Record<K, string | undefined>>;
  /** Every parameter but the view keys: what filters the rows. */
  filters: Readonly<Partial<Record<K, string>>>;
  page: number;
  pageSize: number;
  /** What the list query depends on: every parameter but the view keys, then page and size. */
  deps: readonly QueryValue[];
  /** Moves to the same list with some parameters changed, keeping the others. */
  go(query: Partial<Record<K | 'page' | 'pageSize', QueryValue>>): void;
  /** A new filter: back to page 1 and any open view (a drawer) closed. */
  filter(query: Partial<Record<K, QueryValue>>): void;
}

interface ListRouteOptions<K extends string> {
  /** Parameters that open a drawer or switch a view rather than filter the rows. */
  viewKeys?: readonly K[];
  /** Checks for parameters that only take certain values. */
  valid?: Partial<Record<K, (raw: string) => boolean>>;
}

/** The state of a list page lives in its URL, so a filtered page can be bookmarked and shared. */
export function useListRoute<K extends string>(
  path: string,
  keys: readonly K[],
  options: ListRouteOptions<K> = {},
): ListRoute<K> {
  const { search } = useLocation();
  const viewKeys: readonly K[] = options.viewKeys ?? [];
  const valid: Partial<Record<K, (raw: string) => boolean>> = options.valid ?? {};
  const read = (key: K) => {
    const raw = search.get(key) ?? undefined;
    const check: ((raw: string) => boolean) | undefined = valid[key];
    return raw !== undefined && check && !check(raw) ? undefined : raw;
  };
  const params = Object.fromEntries(keys.map((key) => [key, read(key)])) as Record<
    K,
    string | undefined
  >;
  const { page, pageSize } = readPaging(search);
  const go = (query: Readonly<Record<string, QueryValue>>) =>
    navigate(withQuery(path, { ...params, page, pageSize, ...query }));
  const closed = Object.fromEntries(viewKeys.map((key) => [key, undefined]));
  const filterKeys = keys.filter((key) => !viewKeys.includes(key));
  return {
    params,
    filters: Object.fromEntries(filterKeys.map((key) => [key, params[key]])) as Partial<
      Record<K, string>
    >,
    page,
    pageSize,
    deps: [...filterKeys.map((key) => params[key]), page, pageSize],
    go,
    filter: (query) => go({ ...query, ...closed, page: 1 }),
  };
}

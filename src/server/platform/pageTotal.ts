/**
 * The total shown beside a paged list. Counting 118,599 households on every page turn costs as
 * much as reading the page; a total that large is kept for TOTAL_TTL_MS per query and scope, so
 * it can lag behind writes by that much. Totals up to EXACT_UP_TO are counted on every request,
 * so small lists (a village's, a search's) are always exact.
 */
const EXACT_UP_TO = 2000;
const TOTAL_TTL_MS = 30_000;
const MAX_KEYS = 5000;

const cache = new Map<string, { total: number; at: number }>();

export async function pageTotal(
  key: string,
  count: () => Promise<number>,
  now = Date.now(),
): Promise<number> {
  const hit = cache.get(key);
  if (hit && hit.total > EXACT_UP_TO && now - hit.at < TOTAL_TTL_MS) return hit.total;
  const total = await count();
  if (cache.size >= MAX_KEYS) cache.clear();
  cache.set(key, { total, at: now });
  return total;
}

/** The cache key of a list query: what is listed, by whom (their grants), with which filters. */
export function totalKey(
  list: string,
  grants: readonly { role: string; scope: string }[],
  filters: Record<string, unknown>,
): string {
  const who = grants
    .map((g) => `${g.role}@${g.scope}`)
    .sort()
    .join(',');
  return `${list}|${who}|${JSON.stringify(filters)}`;
}

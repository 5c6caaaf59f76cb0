/** Indexes 0…n−1 whose item passes `keep`: a loop, because `flatMap` allocates per element. */
export function indexesWhere<T>(
  items: readonly T[],
  keep: (item: T, index: number) => boolean,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) if (keep(items[i] as T, i)) out.push(i);
  return out;
}

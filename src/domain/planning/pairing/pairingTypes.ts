import type { PairingInput } from './types.ts';

/**
 * Units (and villages) that are interchangeable for the optimisation: same tags and same
 * capacity (slots). Anything named in an explicit fit entry or an excluded pair stays a class of
 * its own.
 */
export interface EquivalenceClass {
  members: number[];
  tags: string[];
  /** capacity of each unit / slots of each village in the class */
  amount: number;
}

function classify<T>(
  items: T[],
  tagsOf: (item: T) => string[],
  amountOf: (item: T) => number,
  idOf: (item: T) => string,
  singletons: Set<string>,
): EquivalenceClass[] {
  const byKey = new Map<string, EquivalenceClass>();
  const classes: EquivalenceClass[] = [];
  items.forEach((item, index) => {
    const tags = [...tagsOf(item)].sort();
    const amount = amountOf(item);
    if (amount === 0) return;
    const key = singletons.has(idOf(item)) ? `#${idOf(item)}` : `${amount}|${tags.join('\u0000')}`;
    let found = byKey.get(key);
    if (!found) {
      found = { members: [], tags, amount };
      byKey.set(key, found);
      classes.push(found);
    }
    found.members.push(index);
  });
  return classes;
}

export function unitClasses(input: PairingInput): EquivalenceClass[] {
  const named = new Set([...input.fit, ...(input.exclude ?? [])].map((entry) => entry.unit));
  return classify(
    input.units,
    (u) => u.capabilities,
    (u) => u.capacity,
    (u) => u.id,
    named,
  );
}

export function villageClasses(input: PairingInput): EquivalenceClass[] {
  const named = new Set([...input.fit, ...(input.exclude ?? [])].map((entry) => entry.village));
  return classify(
    input.villages,
    (v) => v.needs,
    (v) => v.slots,
    (v) => v.code,
    named,
  );
}

/** The tags of `capabilities` that appear in `needs`, in the unit's order. */
export function matchedTags(capabilities: string[], needs: string[]): string[] {
  const wanted = new Set(needs);
  return capabilities.filter((tag) => wanted.has(tag));
}

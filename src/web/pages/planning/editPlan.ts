import type { UnionDraft } from '../../api/planningTypes.ts';

/**
 * Moves a village into the union led by `target`, or out of every union when `target` is null.
 * A lead that leaves hands the lead to the next member; a union left empty disappears.
 */
export function moveVillage(
  unions: readonly UnionDraft[],
  code: string,
  target: string | null,
): UnionDraft[] {
  const next: UnionDraft[] = [];
  for (const union of unions) {
    const members = union.members.filter((m) => m !== code);
    if (members.length === 0) continue;
    const lead = members.includes(union.lead) ? union.lead : (members[0] ?? union.lead);
    next.push({ lead, members: [lead, ...members.filter((m) => m !== lead)] });
  }
  if (target === null) return next;
  // the target is named by its lead; if the village was that lead, it stays out
  const index = next.findIndex(
    (u) => u.lead === target || (target === code && u.members.includes(code)),
  );
  const union = next[index];
  if (!union) return next;
  next[index] = { lead: union.lead, members: [...union.members, code] };
  return next;
}

/** The lead of the union a village belongs to, or null. */
export function unionOf(unions: readonly UnionDraft[], code: string): string | null {
  return unions.find((u) => u.members.includes(code))?.lead ?? null;
}

// 五级联包 escalation (DESIGN.md §3, §4): L4 → L3 → L2 → L1 → township → county,
// 小事不出村、大事不出镇、难事不出县. The catalog may start a case elsewhere (a window, a mediator,
// a department) and then climb the upper rungs.

import type { ChainLink } from '../directory/responsibility.ts';
import type { CaseOwner } from './lifecycle.ts';

export const LADDER_STEPS = [
  'L4',
  'L3',
  'L2',
  'L1',
  'window',
  'mediator',
  'township_mediator',
  'department',
  'township',
  'county',
] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

export const DEFAULT_LADDER: readonly LadderStep[] = ['L4', 'L3', 'L2', 'L1', 'township', 'county'];

/** What routing knows about a case's place: its household's chain of responsible persons and its region. */
export interface RouteFacts {
  /** Region code of the case (the requester's village). */
  villageCode: string;
  /** The household's 五级联包 chain from L4 up, as far as it reaches. */
  chain: readonly ChainLink[];
  /** The village's mediators, 金牌调解员 first. */
  mediators: readonly { personId: string; gold: boolean }[];
  /**
   * The township's 金牌调解员 ("每个乡镇至少配备一名"), longest serving first: who takes a dispute
   * the village could not settle before it goes to the township's staff.
   */
  townshipMediators: readonly string[];
  /** A department (unit) named by the catalog rule, when it exists. */
  departmentUnitId: string | null;
}

export const townshipOf = (villageCode: string): string => villageCode.slice(0, 9) + '000';
export const countyOf = (villageCode: string): string => villageCode.slice(0, 6) + '000000';

/** The owner standing at one rung, or null when nobody stands there (the rung is then skipped). */
export function ownerAt(step: LadderStep, facts: RouteFacts): CaseOwner | null {
  switch (step) {
    case 'L4':
    case 'L3':
    case 'L2':
    case 'L1': {
      const level = Number(step.slice(1));
      const link = facts.chain.find((l) => l.level === level);
      return link ? { kind: 'person', id: link.personId, step } : null;
    }
    case 'window':
      return { kind: 'region', id: facts.villageCode, step };
    case 'mediator': {
      const best = [...facts.mediators].sort((a, b) => Number(b.gold) - Number(a.gold))[0];
      return best ? { kind: 'person', id: best.personId, step } : null;
    }
    case 'township_mediator': {
      const gold = facts.townshipMediators[0];
      return gold ? { kind: 'person', id: gold, step } : null;
    }
    case 'department':
      return facts.departmentUnitId ? { kind: 'unit', id: facts.departmentUnitId, step } : null;
    case 'township':
      return { kind: 'region', id: townshipOf(facts.villageCode), step };
    case 'county':
      return { kind: 'region', id: countyOf(facts.villageCode), step };
  }
}

/** The first owner on the ladder who exists: where a new case lands. */
export function firstOwner(ladder: readonly LadderStep[], facts: RouteFacts): CaseOwner {
  for (const step of ladder) {
    const owner = ownerAt(step, facts);
    if (owner) return owner;
  }
  // Nobody on the configured ladder: the village's own window holds it rather than nobody.
  return { kind: 'region', id: facts.villageCode, step: 'window' };
}

/** The next rung above the current owner with somebody on it; null at the top (the county keeps it). */
export function nextOwner(
  ladder: readonly LadderStep[],
  current: CaseOwner,
  facts: RouteFacts,
): CaseOwner | null {
  const at = ladder.indexOf(current.step);
  for (let i = at + 1; i < ladder.length; i++) {
    const step = ladder[i];
    if (!step) continue;
    const owner = ownerAt(step, facts);
    if (owner && !(owner.kind === current.kind && owner.id === current.id)) return owner;
  }
  return null;
}

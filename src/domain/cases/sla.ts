// SLA arithmetic: each owner gets the catalog's hours from the moment they take the case.

import { isOpen, type CaseState } from './lifecycle.ts';

const HOUR_MS = 3_600_000;

export function dueAt(ownerSince: Date, slaHours: number): Date {
  return new Date(ownerSince.getTime() + slaHours * HOUR_MS);
}

/** Overdue: the owner still has work to do and the due time has passed. */
export function isOverdue(state: CaseState, due: Date | null, now: Date): boolean {
  return due !== null && isOpen(state) && state !== 'submitted' && now.getTime() > due.getTime();
}

/** On time: resolved no later than due (for the on-time rate). */
export function resolvedOnTime(resolvedAt: Date, due: Date | null): boolean {
  return due === null || resolvedAt.getTime() <= due.getTime();
}

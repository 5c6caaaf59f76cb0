// The case lifecycle (DESIGN.md §3 "Cases"): one engine for requests, wishes, disputes, opinions
// and claimed matters. Pure: the clock is passed in, nothing is stored here.
//
// submitted → assigned → in_progress → resolved → confirmed (by the requester)
//                                             ↘ auto_confirmed (N days without objection, kept distinct)
// confirmed | auto_confirmed → closed;  resolved → reopened (the requester rejects);
// assigned | in_progress | reopened → assigned (escalated one step up the ladder, new owner).

import type { LadderStep } from './ladder.ts';

export const CASE_STATES = [
  'submitted',
  'assigned',
  'in_progress',
  'resolved',
  'confirmed',
  'auto_confirmed',
  'reopened',
  'closed',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** Who holds a case: a person (a party member on the tree, a mediator), a region's staff (window, township, county) or a unit (department). */
export interface CaseOwner {
  kind: 'person' | 'region' | 'unit';
  id: string;
  /** Where on the ladder the owner stands (L4…county), or the catalog's handler (window, mediator, department). */
  step: LadderStep;
}

export interface CaseSnapshot {
  state: CaseState;
  owner: CaseOwner;
  /** When the current owner took the case; the SLA runs from here. */
  ownerSince: Date;
  resolvedAt: Date | null;
  /** 1–5 satisfaction, given once by the requester. */
  rating: number | null;
  escalations: number;
  reopenCount: number;
}

export type CaseEvent =
  | { type: 'assign'; owner: CaseOwner }
  | { type: 'start' }
  | { type: 'resolve' }
  | { type: 'confirm'; rating?: number | undefined }
  | { type: 'reject'; rating?: number | undefined }
  | { type: 'auto_confirm'; autoConfirmDays: number }
  | { type: 'close' }
  | { type: 'escalate'; owner: CaseOwner; reason: 'sla' | 'beyond_authority' }
  /** A new owner at the same rung: a department given the case with a deadline, a unit claiming a matter, a mediator appointed. */
  | { type: 'reassign'; owner: CaseOwner }
  | { type: 'rate'; rating: number };
export type CaseEventType = CaseEvent['type'];

export type Transition = { ok: true; next: CaseSnapshot } | { ok: false; reason: string };

/** An owner holds the case and the SLA clock runs. */
export const OPEN_FOR_WORK: readonly CaseState[] = ['assigned', 'in_progress', 'reopened'];
/** The owner delivered (whether or not the requester has confirmed yet). */
export const RESOLVED_STATES: readonly CaseState[] = [
  'resolved',
  'confirmed',
  'auto_confirmed',
  'closed',
];

/** The states an event may start from; anything else is refused without change. */
export const ALLOWED_FROM: Record<CaseEventType, readonly CaseState[]> = {
  assign: ['submitted'],
  start: ['assigned', 'reopened'],
  resolve: OPEN_FOR_WORK,
  confirm: ['resolved'],
  reject: ['resolved'],
  auto_confirm: ['resolved'],
  close: ['confirmed', 'auto_confirmed'],
  escalate: OPEN_FOR_WORK,
  reassign: OPEN_FOR_WORK,
  rate: ['confirmed', 'auto_confirmed', 'closed'],
};

const DAY_MS = 86_400_000;

export function validRating(rating: number | undefined): boolean {
  return rating === undefined || (Number.isInteger(rating) && rating >= 1 && rating <= 5);
}

/** Applies one event at `now`. Illegal events answer a reason and leave the case as it was. */
export function applyEvent(c: CaseSnapshot, event: CaseEvent, now: Date): Transition {
  if (!ALLOWED_FROM[event.type].includes(c.state))
    return { ok: false, reason: `cannot ${event.type} a case that is ${c.state}` };
  switch (event.type) {
    case 'assign':
      return { ok: true, next: { ...c, state: 'assigned', owner: event.owner, ownerSince: now } };
    case 'start':
      return { ok: true, next: { ...c, state: 'in_progress' } };
    case 'resolve':
      return { ok: true, next: { ...c, state: 'resolved', resolvedAt: now } };
    case 'confirm':
      if (!validRating(event.rating))
        return { ok: false, reason: 'rating must be an integer from 1 to 5' };
      return { ok: true, next: { ...c, state: 'confirmed', rating: event.rating ?? c.rating } };
    case 'reject':
      if (!validRating(event.rating))
        return { ok: false, reason: 'rating must be an integer from 1 to 5' };
      // The owner keeps the case and its clock starts again.
      return {
        ok: true,
        next: {
          ...c,
          state: 'reopened',
          resolvedAt: null,
          ownerSince: now,
          reopenCount: c.reopenCount + 1,
          rating: event.rating ?? c.rating,
        },
      };
    case 'auto_confirm': {
      if (!c.resolvedAt || now.getTime() < c.resolvedAt.getTime() + event.autoConfirmDays * DAY_MS)
        return { ok: false, reason: 'the objection period has not passed' };
      return { ok: true, next: { ...c, state: 'auto_confirmed' } };
    }
    case 'close':
      return { ok: true, next: { ...c, state: 'closed' } };
    case 'escalate':
      if (
        event.owner.kind === c.owner.kind &&
        event.owner.id === c.owner.id &&
        event.owner.step === c.owner.step
      )
        return { ok: false, reason: 'escalation must change the owner' };
      return {
        ok: true,
        next: {
          ...c,
          state: 'assigned',
          owner: event.owner,
          ownerSince: now,
          escalations: c.escalations + 1,
        },
      };
    case 'reassign':
      return { ok: true, next: { ...c, state: 'assigned', owner: event.owner, ownerSince: now } };
    case 'rate':
      if (c.rating !== null) return { ok: false, reason: 'the case is already rated' };
      if (!validRating(event.rating))
        return { ok: false, reason: 'rating must be an integer from 1 to 5' };
      return { ok: true, next: { ...c, rating: event.rating } };
  }
}

/** A freshly submitted case, held by its intake owner until routing assigns it. */
export function newCase(intake: CaseOwner, now: Date): CaseSnapshot {
  return {
    state: 'submitted',
    owner: intake,
    ownerSince: now,
    resolvedAt: null,
    rating: null,
    escalations: 0,
    reopenCount: 0,
  };
}

/** States in which the owner still has work to do (the SLA runs). */
export function isOpen(state: CaseState): boolean {
  return OPEN_FOR_WORK.includes(state) || state === 'submitted';
}

/** Resolved in the statistics' sense: the owner delivered (whether or not the requester has confirmed yet). */
export function isResolved(state: CaseState): boolean {
  return RESOLVED_STATES.includes(state);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_FROM,
  CASE_STATES,
  applyEvent,
  newCase,
  type CaseEvent,
  type CaseOwner,
  type CaseSnapshot,
} from './lifecycle.ts';

const t0 = new Date('2026-11-01T00:00:00Z');
const owner = (id: string, step: CaseOwner['step'] = 'L4'): CaseOwner => ({
  kind: 'person',
  id,
  step,
});

const arbOwner = fc.record({
  kind: fc.constantFrom('person' as const, 'region' as const, 'unit' as const),
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  step: fc.constantFrom('L4' as const, 'L3' as const, 'township' as const, 'county' as const),
});
const arbRating = fc.option(fc.integer({ min: -1, max: 7 }), { nil: undefined });
const arbEvent: fc.Arbitrary<CaseEvent> = fc.oneof(
  arbOwner.map((o) => ({ type: 'assign' as const, owner: o })),
  fc.constant({ type: 'start' as const }),
  fc.constant({ type: 'resolve' as const }),
  arbRating.map((r) => ({ type: 'confirm' as const, rating: r })),
  arbRating.map((r) => ({ type: 'reject' as const, rating: r })),
  fc
    .integer({ min: 0, max: 10 })
    .map((d) => ({ type: 'auto_confirm' as const, autoConfirmDays: d })),
  fc.constant({ type: 'close' as const }),
  fc
    .tuple(arbOwner, fc.constantFrom('sla' as const, 'beyond_authority' as const))
    .map(([o, reason]) => ({ type: 'escalate' as const, owner: o, reason })),
  arbOwner.map((o) => ({ type: 'reassign' as const, owner: o })),
  fc.integer({ min: 0, max: 6 }).map((r) => ({ type: 'rate' as const, rating: r })),
);

/** Where each accepted event leads (`rate` leaves the state as it was). */
const TARGET: Record<CaseEvent['type'], CaseSnapshot['state'] | undefined> = {
  assign: 'assigned',
  start: 'in_progress',
  resolve: 'resolved',
  confirm: 'confirmed',
  reject: 'reopened',
  auto_confirm: 'auto_confirmed',
  close: 'closed',
  escalate: 'assigned',
  reassign: 'assigned',
  rate: undefined,
};

describe('case lifecycle', () => {
  it('property: over any event sequence a case has exactly one owner and one state; refused events change nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(arbEvent, fc.integer({ min: 0, max: 5 * 86_400_000 })), {
          maxLength: 60,
        }),
        (steps) => {
          let c: CaseSnapshot = newCase(owner('intake', 'window'), t0);
          let now = t0.getTime();
          for (const [event, gap] of steps) {
            now += gap;
            const before = structuredClone(c);
            const result = applyEvent(c, event, new Date(now));
            if (!result.ok) {
              // refused: the very same case, and the reason names why
              expect(c).toEqual(before);
              expect(result.reason.length).toBeGreaterThan(0);
              continue;
            }
            expect(ALLOWED_FROM[event.type]).toContain(before.state);
            c = result.next;
            // exactly one state, from the list; exactly one owner, fully named
            expect(CASE_STATES).toContain(c.state);
            expect(typeof c.owner.id).toBe('string');
            expect(c.owner.id.length).toBeGreaterThan(0);
            expect(Array.isArray(c.owner)).toBe(false);
            // the clock only moves forward for the owner; ratings stay in 1–5
            expect(c.ownerSince.getTime()).toBeLessThanOrEqual(now);
            if (c.rating !== null) expect(c.rating >= 1 && c.rating <= 5).toBe(true);
            if (c.state === 'resolved') expect(c.resolvedAt).not.toBeNull();
            // the reference model: each event leads to one named state; only routing events move the owner
            expect(c.state).toBe(TARGET[event.type] ?? before.state);
            if (event.type === 'assign' || event.type === 'escalate' || event.type === 'reassign')
              expect(c.owner).toEqual(event.owner);
            else expect(c.owner).toEqual(before.owner);
            expect(c.escalations).toBe(before.escalations + (event.type === 'escalate' ? 1 : 0));
            if (event.type === 'auto_confirm')
              expect(now).toBeGreaterThanOrEqual(
                (before.resolvedAt?.getTime() ?? Infinity) + event.autoConfirmDays * 86_400_000,
              );
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('runs the main path: assigned, started, escalated, resolved, confirmed with a rating, closed', () => {
    let c = newCase(owner('intake', 'window'), t0);
    const step = (e: CaseEvent, at = t0) => {
      const r = applyEvent(c, e, at);
      if (!r.ok) throw new Error(r.reason);
      c = r.next;
    };
    step({ type: 'assign', owner: owner('m1') });
    step({ type: 'start' });
    step(
      { type: 'escalate', owner: owner('g1', 'L3'), reason: 'sla' },
      new Date('2026-11-04T00:00:00Z'),
    );
    expect(c).toMatchObject({ state: 'assigned', owner: { id: 'g1', step: 'L3' }, escalations: 1 });
    expect(c.ownerSince.toISOString()).toBe('2026-11-04T00:00:00.000Z');
    step({ type: 'resolve' });
    step({ type: 'confirm', rating: 5 });
    step({ type: 'close' });
    expect(c).toMatchObject({ state: 'closed', rating: 5 });
  });

  it('refuses illegal transitions and bad ratings, and auto-confirms only after the objection period', () => {
    const fresh = newCase(owner('m1'), t0);
    expect(applyEvent(fresh, { type: 'resolve' }, t0)).toEqual({
      ok: false,
      reason: 'cannot resolve a case that is submitted',
    });
    const assigned = applyEvent(fresh, { type: 'assign', owner: owner('m1') }, t0);
    if (!assigned.ok) throw new Error('assign');
    const resolved = applyEvent(assigned.next, { type: 'resolve' }, t0);
    if (!resolved.ok) throw new Error('resolve');
    expect(applyEvent(resolved.next, { type: 'confirm', rating: 6 }, t0).ok).toBe(false);
    expect(
      applyEvent(
        resolved.next,
        { type: 'auto_confirm', autoConfirmDays: 7 },
        new Date('2026-11-07T23:59:59Z'),
      ).ok,
    ).toBe(false);
    const auto = applyEvent(
      resolved.next,
      { type: 'auto_confirm', autoConfirmDays: 7 },
      new Date('2026-11-08T00:00:00Z'),
    );
    expect(auto.ok && auto.next.state).toBe('auto_confirmed');
    const rejected = applyEvent(
      resolved.next,
      { type: 'reject', rating: 2 },
      new Date('2026-11-02T00:00:00Z'),
    );
    expect(rejected.ok && rejected.next).toMatchObject({
      state: 'reopened',
      reopenCount: 1,
      rating: 2,
      resolvedAt: null,
    });
    expect(
      applyEvent(assigned.next, { type: 'escalate', owner: owner('m1'), reason: 'sla' }, t0).ok,
    ).toBe(false);
  });
});

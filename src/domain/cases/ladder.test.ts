import { describe, expect, it } from 'vitest';
import {
  CATALOG_PRESETS,
  SERVICE_PRESETS,
  caseTypeProblem,
  effectiveCatalog,
  fieldProblems,
} from './catalog.ts';
import { announcedInTime, receptionSchedule, resolutionRate, wallName } from './kinds.ts';
import { DEFAULT_LADDER, firstOwner, nextOwner, type RouteFacts } from './ladder.ts';
import { dueAt, isOverdue } from './sla.ts';

const facts: RouteFacts = {
  villageCode: '410599100200',
  chain: [
    { level: 4, personId: 'm4', targetKind: 'household', targetId: 'h' },
    { level: 3, personId: 'g3', targetKind: 'partyMember', targetId: 'm4' },
    { level: 2, personId: 'c2', targetKind: 'team', targetId: 't' },
    { level: 1, personId: 'p1', targetKind: 'village', targetId: '410599100200' },
  ],
  mediators: [
    { personId: 'med', gold: false },
    { personId: 'gold', gold: true },
  ],
  townshipMediators: ['tgold'],
  departmentUnitId: null,
};

describe('escalation ladder', () => {
  it('climbs L4 → L3 → L2 → L1 → township → county and stops at the top', () => {
    let owner = firstOwner(DEFAULT_LADDER, facts);
    const seen = [owner.id];
    for (;;) {
      const next = nextOwner(DEFAULT_LADDER, owner, facts);
      if (!next) break;
      owner = next;
      seen.push(owner.id);
    }
    expect(seen).toEqual(['m4', 'g3', 'c2', 'p1', '410599100000', '410599000000']);
  });

  it('skips rungs nobody stands on, prefers a 金牌调解员, falls back to the village window', () => {
    const partial = { ...facts, chain: facts.chain.slice(0, 1) };
    const l4 = firstOwner(DEFAULT_LADDER, partial);
    expect(nextOwner(DEFAULT_LADDER, l4, partial)).toEqual({
      kind: 'region',
      id: '410599100000',
      step: 'township',
    });
    expect(firstOwner(['mediator', 'township'], facts)).toEqual({
      kind: 'person',
      id: 'gold',
      step: 'mediator',
    });
    expect(firstOwner(['L4'], { ...facts, chain: [] })).toEqual({
      kind: 'region',
      id: '410599100200',
      step: 'window',
    });
  });

  it('takes a dispute the village could not settle to the township 金牌调解员 before the township staff', () => {
    const dispute = CATALOG_PRESETS.find((t) => t.code === 'dispute');
    if (!dispute) throw new Error('no dispute preset');
    const l1 = { kind: 'person' as const, id: 'p1', step: 'L1' as const };
    expect(nextOwner(dispute.ladder, l1, facts)).toEqual({
      kind: 'person',
      id: 'tgold',
      step: 'township_mediator',
    });
    const noGold = { ...facts, townshipMediators: [] };
    expect(nextOwner(dispute.ladder, l1, noGold)).toEqual({
      kind: 'region',
      id: '410599100000',
      step: 'township',
    });
    // A village with nobody to mediate and no L1 on the chain: the township's gold mediator first.
    expect(firstOwner(dispute.ladder, { ...facts, mediators: [], chain: [] })).toEqual({
      kind: 'person',
      id: 'tgold',
      step: 'township_mediator',
    });
    expect(caseTypeProblem({ ...dispute, ladder: ['township_mediator', 'L1'] })).toMatch(/climb/);
  });

  it('computes due times and overdue from a passed-in clock', () => {
    const due = dueAt(new Date('2026-11-01T00:00:00Z'), 72);
    expect(due.toISOString()).toBe('2026-11-04T00:00:00.000Z');
    expect(isOverdue('assigned', due, new Date('2026-11-04T00:00:00Z'))).toBe(false);
    expect(isOverdue('assigned', due, new Date('2026-11-04T00:00:01Z'))).toBe(true);
    expect(isOverdue('resolved', due, new Date('2026-12-01T00:00:00Z'))).toBe(false);
  });
});

describe('catalog', () => {
  it('ships 36 代办事项 and the five other kinds, all well formed with unique codes', () => {
    expect(SERVICE_PRESETS).toHaveLength(36);
    expect(new Set(CATALOG_PRESETS.map((t) => t.code)).size).toBe(CATALOG_PRESETS.length);
    for (const t of CATALOG_PRESETS) expect(caseTypeProblem(t), t.code).toBeNull();
    expect(new Set(CATALOG_PRESETS.map((t) => t.kind))).toEqual(
      new Set(['service', 'request', 'wish', 'dispute', 'opinion', 'matter']),
    );
  });

  it('lets a county override a preset and refuses a ladder that climbs down', () => {
    const base = CATALOG_PRESETS.find((t) => t.code === 'request');
    if (!base) throw new Error('preset');
    const changed = effectiveCatalog([{ ...base, slaHours: 24 }]);
    expect(changed.find((t) => t.code === 'request')?.slaHours).toBe(24);
    expect(changed).toHaveLength(CATALOG_PRESETS.length);
    expect(caseTypeProblem({ ...base, ladder: ['county', 'L4'] })).toMatch(/climb/);
    expect(caseTypeProblem({ ...base, ladder: [] })).toMatch(/rung/);
  });

  it('checks field values by type, required and options', () => {
    const dispute = CATALOG_PRESETS.find((t) => t.code === 'dispute');
    if (!dispute) throw new Error('preset');
    expect(fieldProblems(dispute, { disputeType: '邻里' })).toEqual([]);
    expect(fieldProblems(dispute, {})).toEqual([
      { path: 'fields.disputeType', message: 'required' },
    ]);
    expect(fieldProblems(dispute, { disputeType: '打架', extra: 1 }).map((p) => p.path)).toEqual([
      'fields.extra',
      'fields.disputeType',
    ]);
  });
});

describe('kinds', () => {
  it('gives 安阳’s dispute resolution rate: 5574 of 5884 = 94.73 %', () => {
    expect(resolutionRate(5884, 5574)).toBe(94.73);
    expect(resolutionRate(0, 0)).toBeNull();
  });

  it('schedules reception days on the 11th, announced 7 days ahead', () => {
    expect(receptionSchedule('2026-11-22', 2)).toEqual([
      { date: '2026-12-11', announceOn: '2026-12-04' },
      { date: '2027-01-11', announceOn: '2027-01-04' },
    ]);
    expect(receptionSchedule('2026-11-11', 1)[0]?.date).toBe('2026-11-11');
    expect(announcedInTime('2026-12-11', '2026-12-04')).toBe(true);
    expect(announcedInTime('2026-12-11', '2026-12-05')).toBe(false);
  });

  it('masks names on the wish wall', () => {
    expect(wallName('张三丰')).toBe('张**');
    expect(wallName('李四')).toBe('李*');
  });
});

import { describe, expect, it } from 'vitest';
import { isHeldOn, positionProblems, type PositionShape } from './positions.ts';

const base: PositionShape = {
  code: 'twoCommitteesMember',
  orgId: null,
  gridId: null,
  unitId: null,
  dispatchingUnitId: null,
  termEndDate: null,
  goldMediator: null,
  startDate: '2024-01-01',
  endDate: null,
};
const fields = (p: Partial<PositionShape>) =>
  positionProblems({ ...base, ...p }).map((x) => x.field);

describe('position shape', () => {
  it('accepts a plain region position and a complete first secretary', () => {
    expect(fields({})).toEqual([]);
    expect(
      fields({ code: 'firstSecretary', dispatchingUnitId: 'u', termEndDate: '2026-01-01' }),
    ).toEqual([]);
  });
  it('asks an org, grid position for the org or grid it is held in', () => {
    expect(fields({ code: 'secretary' })).toEqual(['orgId']);
    expect(fields({ code: 'stationCadre' })).toEqual(['gridId']);
  });
  it('asks a dispatched position for its unit and term, and refuses them elsewhere', () => {
    expect(fields({ code: 'workTeamMember' })).toEqual(['dispatchingUnitId', 'termEndDate']);
    expect(fields({ termEndDate: '2026-01-01' })).toEqual(['termEndDate']);
    expect(
      fields({ code: 'firstSecretary', dispatchingUnitId: 'u', termEndDate: '2023-12-31' }),
    ).toEqual(['termEndDate']);
  });
  it('refuses an end before the start and a gold non-mediator', () => {
    expect(fields({ endDate: '2023-12-31' })).toEqual(['endDate']);
    expect(fields({ endDate: '2024-01-01' })).toEqual([]);
    expect(fields({ goldMediator: true })).toEqual(['goldMediator']);
    expect(fields({ code: 'mediator', goldMediator: true })).toEqual([]);
  });
  it('holds a position from its first to its last day', () => {
    expect(isHeldOn({ startDate: '2024-01-01', endDate: '2024-12-31' }, '2024-12-31')).toBe(true);
    expect(isHeldOn({ startDate: '2024-01-01', endDate: '2024-12-31' }, '2025-01-01')).toBe(false);
    expect(isHeldOn({ startDate: '2024-01-01', endDate: null }, '2023-12-31')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { joinDateProblem } from './membershipKinds.ts';

describe('join date', () => {
  it('accepts the 18th birthday and any later day up to today', () => {
    expect(joinDateProblem('2008-05-17', '1990-05-17', '2025-01-01')).toBeNull();
    expect(joinDateProblem('2025-01-01', '1990-05-17', '2025-01-01')).toBeNull();
  });
  it('refuses the day before the 18th birthday and any day after today', () => {
    expect(joinDateProblem('2008-05-16', '1990-05-17', '2025-01-01')).toContain('2008-05-17');
    expect(joinDateProblem('2025-01-02', '1990-05-17', '2025-01-01')).toContain('future');
  });
  it('takes 1 March as the 18th birthday of someone born on 29 February', () => {
    expect(joinDateProblem('2018-02-28', '2000-02-29', '2025-01-01')).not.toBeNull();
    expect(joinDateProblem('2018-03-01', '2000-02-29', '2025-01-01')).toBeNull();
  });
});

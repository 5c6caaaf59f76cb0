import { describe, expect, it } from 'vitest';
import { percent } from './percent.ts';

describe('percent', () => {
  it('gives the share with one decimal, rounded half up', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(79, 100)).toBe(79);
    expect(percent(1, 2000)).toBe(0.1);
  });
  it('is null when there is nothing to divide by', () => {
    expect(percent(0, 0)).toBeNull();
  });
});

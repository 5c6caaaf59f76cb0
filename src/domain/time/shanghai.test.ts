import { describe, expect, it } from 'vitest';
import { shanghaiDate } from './shanghai.ts';

describe('shanghaiDate', () => {
  it('turns the date at 16:00 UTC', () => {
    expect(shanghaiDate(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
    expect(shanghaiDate(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });
});

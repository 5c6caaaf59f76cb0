import { describe, expect, it } from 'vitest';
import { formatDay, formatInstantDay } from './format.ts';

describe('days in the app language', () => {
  it('writes a day as each language reads it, whatever the browser', () => {
    expect(formatDay('2026-12-05', 'zh-CN')).toBe('2026-12-05');
    expect(formatDay('2026-12-05', 'zh-TW')).toBe('2026/12/05');
    expect(formatDay('2026-12-05', 'en')).toBe('Dec 5, 2026');
  });
  it('leaves what is not a day as it is', () => {
    expect(formatDay('—', 'en')).toBe('—');
  });
  it('writes the day an instant falls on in China Standard Time', () => {
    // 17:30 UTC on the 4th is already the 5th in Shanghai
    expect(formatInstantDay('2026-12-04T17:30:00Z', 'zh-CN')).toBe('2026-12-05');
    expect(formatInstantDay('2026-12-04T17:30:00Z', 'en')).toBe('Dec 5, 2026');
    expect(formatInstantDay('2026-12-04T15:30:00Z', 'zh-TW')).toBe('2026/12/04');
  });
});

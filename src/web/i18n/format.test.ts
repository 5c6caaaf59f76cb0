import { describe, expect, it } from 'vitest';
import { formatDay } from './format.ts';

describe('days in the app language', () => {
  it('writes a day as each language reads it, whatever the browser', () => {
    expect(formatDay('2026-12-05', 'zh-CN')).toBe('2026-12-05');
    expect(formatDay('2026-12-05', 'zh-TW')).toBe('2026/12/05');
    expect(formatDay('2026-12-05', 'en')).toBe('Dec 5, 2026');
  });
  it('leaves what is not a day as it is', () => {
    expect(formatDay('—', 'en')).toBe('—');
  });
});

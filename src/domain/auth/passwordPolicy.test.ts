import { describe, expect, it } from 'vitest';
import { checkPassword } from './passwordPolicy.ts';

describe('checkPassword', () => {
  it('accepts the demo password and refuses short or common ones', () => {
    expect(checkPassword('Lingyan@2026')).toEqual([]);
    expect(checkPassword('abc')).toContain('too_short');
    expect(checkPassword('password1')).toContain('common');
    expect(checkPassword('12345678')).toContain('common');
  });
  it('refuses the username as password and enforces character classes when configured', () => {
    expect(checkPassword('zhangsan1', undefined, 'ZhangSan1')).toContain('common');
    expect(checkPassword('abcdefghij', { minLength: 8, requireClasses: 3 })).toEqual([
      'too_simple',
    ]);
  });
});

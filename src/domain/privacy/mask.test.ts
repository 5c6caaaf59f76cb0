import { describe, expect, it } from 'vitest';
import { mask } from './mask.ts';

describe('mask', () => {
  it('keeps the first three and last four digits of an ID number', () => {
    expect(mask('idNumber', '110101199001011234')).toBe('110***********1234');
  });
  it('keeps the first three and last four digits of a phone', () => {
    expect(mask('phone', '13812341234')).toBe('138****1234');
  });
  it('hides short values and free text entirely', () => {
    expect(mask('phone', '12345')).toBe('*****');
    expect(mask('text', '高血压')).toBe('******');
    expect(mask('bankAccount', '6222020200112233')).toBe('************2233');
  });
});

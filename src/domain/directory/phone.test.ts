import { describe, expect, it } from 'vitest';
import { isMobileNumber, normalizeMobile, normalizePhone } from './phone.ts';

describe('normalizePhone', () => {
  it.each([
    '+86 138-0013-8000',
    '008613800138000',
    '86 13800138000',
    '13800138000',
    '138 0013 8000',
    '＋８６ １３８００１３８０００',
    '+86 (138) 0013.8000',
  ])('normalizes %s to 13800138000', (input) => {
    expect(normalizePhone(input)).toEqual({
      ok: true,
      value: { kind: 'mobile', normalized: '13800138000', e164: '+8613800138000' },
    });
  });

  it('gives a reason for each rejection', () => {
    expect(normalizePhone('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(normalizePhone('138001380OO')).toMatchObject({ problem: 'badCharacters' });
    expect(normalizePhone('+1 415 555 0100')).toMatchObject({ problem: 'foreignNumber' });
    expect(normalizePhone('0085291234567')).toMatchObject({ problem: 'foreignNumber' });
    expect(normalizePhone('1380013800')).toMatchObject({ problem: 'badLength' });
    expect(normalizePhone('138001380001')).toMatchObject({ problem: 'badLength' });
    expect(normalizePhone('12800138000')).toMatchObject({ problem: 'notMobilePrefix' });
    const landline = normalizePhone('0371-62345678');
    expect(landline).toMatchObject({ ok: false, problem: 'notMobilePrefix' });
    if (!landline.ok) expect(landline.message['zh-CN']).toBe('手机号码应以 13–19 开头');
  });

  it('does not strip a leading 86 that belongs to a shorter number', () => {
    expect(normalizePhone('8613800138')).toMatchObject({ ok: false });
  });

  it('accepts landlines on request, with two- and three-digit area codes', () => {
    expect(normalizePhone('(0371) 6234 5678', { allowLandline: true })).toEqual({
      ok: true,
      value: { kind: 'landline', normalized: '0371-62345678', e164: '+8637162345678' },
    });
    expect(normalizePhone('010-87654321', { allowLandline: true })).toMatchObject({
      value: { normalized: '010-87654321', e164: '+861087654321' },
    });
    expect(normalizePhone('+86 10 8765 4321', { allowLandline: true })).toMatchObject({
      value: { normalized: '010-87654321' },
    });
    expect(normalizePhone('0355-2123456', { allowLandline: true })).toMatchObject({
      value: { normalized: '0355-2123456' },
    });
    expect(normalizePhone('0371-0234567', { allowLandline: true })).toMatchObject({
      problem: 'badLandline',
    });
    expect(normalizePhone('+86 13800138000', { allowLandline: true })).toMatchObject({
      value: { kind: 'mobile' },
    });
  });
});

describe('normalizeMobile and isMobileNumber', () => {
  it('returns the 11 digits or null', () => {
    expect(normalizeMobile('+86 199-0000-1111')).toBe('19900001111');
    expect(normalizeMobile('0371-62345678')).toBeNull();
    expect(isMobileNumber('13800138000')).toBe(true);
    expect(isMobileNumber('+8613800138000')).toBe(false);
  });
});

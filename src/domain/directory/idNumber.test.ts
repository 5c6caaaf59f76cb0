import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildIdNumber,
  convertLegacyIdNumber,
  idNumberCheckChar,
  isMinor,
  isValidIdNumber,
  parseIdNumber,
} from './idNumber.ts';
import { ageOn, formatPlainDate } from './plainDate.ts';

describe('parseIdNumber', () => {
  it('accepts the GB 11643 example with an X check character and reads its parts', () => {
    const result = parseIdNumber('11010519491231002X');
    expect(result).toEqual({
      ok: true,
      value: {
        normalized: '11010519491231002X',
        legacy15: false,
        regionPrefix: '110105',
        birthDate: '1949-12-31',
        gender: 'female',
      },
    });
  });

  it('rejects 110101199001011234 for its check character', () => {
    const result = parseIdNumber('110101199001011234');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe('badChecksum');
      expect(result.message['zh-CN']).toBe('身份证号码校验位错误');
    }
    expect(idNumberCheckChar('11010119900101123')).toBe('7');
    expect(isValidIdNumber('110101199001011237')).toBe(true);
  });

  it('normalizes a lower-case x, spaces and full-width digits', () => {
    const result = parseIdNumber(' 110105 19491231 002x ');
    expect(result.ok && result.value.normalized).toBe('11010519491231002X');
    const wide = parseIdNumber('１１０１０５１９４９１２３１００２Ｘ');
    expect(wide.ok && wide.value.normalized).toBe('11010519491231002X');
  });

  it('rejects a birth date that does not exist even with a correct check character', () => {
    const first17 = '11010519490230002';
    const id = first17 + idNumberCheckChar(first17);
    expect(parseIdNumber(id)).toMatchObject({ ok: false, problem: 'badBirthDate' });
    const leap = '11010520000229001';
    expect(parseIdNumber(leap + idNumberCheckChar(leap)).ok).toBe(true);
    const notLeap = '11010519000229001';
    expect(parseIdNumber(notLeap + idNumberCheckChar(notLeap))).toMatchObject({
      problem: 'badBirthDate',
    });
  });

  it('rejects a birth date after today only when the clock is passed', () => {
    const id = buildIdNumber('410599', '2030-01-01', 11);
    expect(parseIdNumber(id).ok).toBe(true);
    expect(parseIdNumber(id, { today: '2025-06-30' })).toMatchObject({
      ok: false,
      problem: 'birthDateInFuture',
    });
  });

  it('names the problem for wrong length, characters and province', () => {
    expect(parseIdNumber('')).toMatchObject({ problem: 'empty' });
    expect(parseIdNumber('1101051949123100')).toMatchObject({ problem: 'badLength' });
    expect(parseIdNumber('11010519491231X02X')).toMatchObject({ problem: 'badCharacters' });
    expect(parseIdNumber('11010519491231002A')).toMatchObject({ problem: 'badCharacters' });
    const first17 = '99010519491231002';
    expect(parseIdNumber(first17 + idNumberCheckChar(first17))).toMatchObject({
      problem: 'badRegion',
    });
  });

  it('accepts a 15-digit legacy number, flags it and converts it to 18 digits', () => {
    const result = parseIdNumber('110105491231002');
    expect(result).toEqual({
      ok: true,
      value: {
        normalized: '11010519491231002X',
        legacy15: true,
        regionPrefix: '110105',
        birthDate: '1949-12-31',
        gender: 'female',
      },
    });
    expect(convertLegacyIdNumber('130503670401001')).toBe('130503196704010016');
    expect(parseIdNumber('110105491331002')).toMatchObject({ problem: 'badBirthDate' });
  });

  it('reads gender from the parity of the 17th digit', () => {
    expect(parseIdNumber(buildIdNumber('410599', '1980-05-06', 123))).toMatchObject({
      value: { gender: 'male' },
    });
    expect(parseIdNumber(buildIdNumber('410599', '1980-05-06', 124))).toMatchObject({
      value: { gender: 'female' },
    });
  });

  it('round-trips every built number (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2024-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 999 }),
        (date, seq) => {
          const birthDate = formatPlainDate({
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
          });
          const id = buildIdNumber('410599', birthDate, seq);
          const parsed = parseIdNumber(id);
          expect(parsed).toMatchObject({ ok: true, value: { birthDate, regionPrefix: '410599' } });
          // Any single-digit change in the first 17 digits breaks the checksum or the date.
          const pos = seq % 17;
          const changed = id.slice(0, pos) + String((Number(id[pos]) + 1) % 10) + id.slice(pos + 1);
          expect(isValidIdNumber(changed)).toBe(false);
        },
      ),
    );
  });
});

describe('isMinor', () => {
  it('counts a person as under 14 until the day after the 14th birthday', () => {
    expect(isMinor('2011-06-30', '2025-06-29')).toBe(true);
    expect(isMinor('2011-06-30', '2025-06-30')).toBe(true);
    expect(isMinor('2011-06-30', '2025-07-01')).toBe(false);
    expect(isMinor('1949-12-31', '2025-06-30')).toBe(false);
  });

  it('moves a 29 February birthday to 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2022-03-01')).toBe(13);
    expect(ageOn('2008-02-29', '2022-03-02')).toBe(14);
    expect(ageOn('2008-02-29', '2024-03-01')).toBe(16);
  });

  it('refuses a date that is not real instead of guessing', () => {
    expect(() => isMinor('2011-02-30', '2025-01-01')).toThrow(RangeError);
  });
});

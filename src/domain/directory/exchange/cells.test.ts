import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIdNumber } from '../idNumber.ts';
import { fromEpochDay } from '../plainDate.ts';
import { PERSON_TAGS } from '../tags.ts';
import {
  cellText,
  idNumber,
  mobile,
  plainDate,
  regionCode,
  vocabulary,
  vocabularyList,
} from './cells.ts';

const context = { today: '2026-11-22' };

describe('exchange cells', () => {
  it('reads an ID number typed as text and refuses one whose digits Excel has rounded', () => {
    expect(idNumber('11010519491231002x', context)).toMatchObject({
      ok: true,
      value: { normalized: '11010519491231002X', gender: 'female' },
    });
    expect(idNumber('110101199001011234', context)).toMatchObject({ ok: false });
    const rounded = idNumber(110105194912310020, context);
    expect(rounded.ok).toBe(false);
    if (!rounded.ok) expect(rounded.problem.zh).toContain('文本');
  });

  it('normalizes phones from +86 and from number cells', () => {
    expect(mobile('+86 138-0013-8000', context)).toEqual({ ok: true, value: '13800138000' });
    expect(mobile(13800138000, context)).toEqual({ ok: true, value: '13800138000' });
    expect(mobile('12345', context).ok).toBe(false);
  });

  it('accepts a vocabulary code, its simplified or traditional label, and lists with 、', () => {
    const tags = vocabularyList(PERSON_TAGS);
    expect(tags('退役军人、致富能手', context)).toEqual({
      ok: true,
      value: ['veteran', 'prosperityLeader'],
    });
    expect(tags('退役軍人,veteran', context)).toEqual({ ok: true, value: ['veteran'] });
    const bad = vocabulary(PERSON_TAGS)('飞行员', context);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem.zh).toContain('退役军人');
  });

  it('checks region codes and their level', () => {
    expect(regionCode()('410599101201', context).ok).toBe(true);
    expect(regionCode()('4105991012', context).ok).toBe(false);
    expect(regionCode(['village'])('410599101000', context).ok).toBe(false);
  });

  it('reads dates as text, Excel dates and Excel serial numbers, and refuses impossible days', () => {
    expect(plainDate('2024/3/1', context)).toEqual({ ok: true, value: '2024-03-01' });
    expect(plainDate(new Date(Date.UTC(2024, 2, 1)), context)).toEqual({
      ok: true,
      value: '2024-03-01',
    });
    expect(plainDate(45352, context)).toEqual({ ok: true, value: '2024-03-01' });
    expect(plainDate('2023-02-29', context).ok).toBe(false);
    expect(plainDate('昨天', context).ok).toBe(false);
  });

  it('a date written as text, as a Date cell or as a serial number parses to the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 60_000 }), (epochDay) => {
        const iso = fromEpochDay(epochDay);
        const asDate = new Date(epochDay * 86_400_000);
        expect(plainDate(iso, context)).toEqual({ ok: true, value: iso });
        expect(plainDate(asDate, context)).toEqual({ ok: true, value: iso });
        expect(plainDate(epochDay + 25_569, context)).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('every generated valid ID number survives the cell, whatever its case or padding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: -20_000, max: 19_000 }),
        (seq, day) => {
          const id = buildIdNumber('410599', fromEpochDay(day), seq);
          const parsed = idNumber(`  ${id.toLowerCase()} `, context);
          expect(parsed).toMatchObject({ ok: true, value: { normalized: id } });
        },
      ),
    );
  });

  it('prints whole numbers without a decimal point', () => {
    expect(cellText(410599101201)).toBe('410599101201');
    expect(cellText(null)).toBe('');
  });
});

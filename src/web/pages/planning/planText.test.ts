import { beforeAll, describe, expect, it } from 'vitest';
import type { UnionViolation } from '../../api/planningTypes.ts';
import { loadLocale, translate } from '../../i18n/store.ts';
import type { Locale } from '../../i18n/types.ts';
import { violationText } from './planText.ts';

const names: Record<string, string> = { '410599100201': '振兴村', '410599100202': '红旗村' };
const nameOf = (code: string) => names[code] ?? code;
const text = (locale: Locale, v: UnionViolation) =>
  violationText((key, params) => translate(locale, key, params), v, nameOf, locale);

// the app fetches zh-TW and English when chosen; these tests read all three
beforeAll(async () => {
  await Promise.all([loadLocale('zh-TW'), loadLocale('en')]);
});

describe('violationText', () => {
  const distance: UnionViolation = {
    code: 'distance',
    unionIndex: 0,
    union: '410599100201',
    villages: ['410599100202'],
    actual: 11.12,
    max: 10,
  };
  const population: UnionViolation = {
    code: 'population',
    unionIndex: 2,
    union: '410599100201',
    actual: 2400,
    min: 1000,
    max: 2000,
  };

  it('renders the structured fields in each language, villages by name', () => {
    expect(text('zh-CN', distance)).toBe('红旗村 距头雁村 11.12 公里，规则要求不超过 10 公里');
    expect(text('zh-TW', distance)).toBe('红旗村 距頭雁村 11.12 公里，規則要求不超過 10 公里');
    expect(text('en', distance)).toBe(
      '红旗村 is 11.12 km from the lead village; the rules allow at most 10 km',
    );
    expect(text('zh-CN', population)).toBe('总人口 2,400，规则要求 1,000—2,000');
    expect(text('en', { code: 'size', actual: 6, min: 3, max: 5 })).toBe(
      '6 villages; the rules allow 3–5',
    );
    expect(text('zh-CN', { code: 'twoUnions', villages: ['410599100201'] })).toBe(
      '振兴村 同时在两个联建中',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { GRID_KINDS } from './gridKinds.ts';
import { INDUSTRIES } from './industries.ts';
import { MEMBERSHIP_KINDS } from './membershipKinds.ts';
import { ORG_KINDS, orgTypeForMemberCount, PARTY_ORG_TYPES } from './orgTypes.ts';
import { EDUCATION_LEVELS, HOUSEHOLD_RELATIONS } from './personAttributes.ts';
import { isHeldOn, POSITIONS } from './positions.ts';
import { HOUSEHOLD_TAGS, PERSON_TAGS } from './tags.ts';
import { CAPABILITY_TAGS, UNIT_KINDS } from './unitKinds.ts';
import { codeFromLabel, isCodeOf, labelOf, type VocabularyEntry } from './vocabulary.ts';

const ALL: Record<string, readonly VocabularyEntry[]> = {
  GRID_KINDS,
  INDUSTRIES,
  MEMBERSHIP_KINDS,
  ORG_KINDS,
  PARTY_ORG_TYPES,
  EDUCATION_LEVELS,
  HOUSEHOLD_RELATIONS,
  POSITIONS,
  HOUSEHOLD_TAGS,
  PERSON_TAGS,
  CAPABILITY_TAGS,
  UNIT_KINDS,
};

describe('vocabularies', () => {
  it.each(Object.entries(ALL))(
    '%s has unique camelCase codes and three labels',
    (_name, entries) => {
      const codes = entries.map((e) => e.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const e of entries) {
        expect(e.code).toMatch(/^[a-z][A-Za-z]*$/);
        expect(e.label['zh-CN'].length).toBeGreaterThan(0);
        expect(e.label['zh-TW'].length).toBeGreaterThan(0);
        expect(e.label.en).toMatch(/^[A-Z]/);
      }
      const zhCN = entries.map((e) => e.label['zh-CN']);
      expect(new Set(zhCN).size).toBe(zhCN.length);
    },
  );

  it('holds the terms of DESIGN.md §3', () => {
    expect(PARTY_ORG_TYPES.map((t) => t.label['zh-CN'])).toEqual([
      '党委',
      '党总支',
      '党支部',
      '联合党委',
      '联村党支部',
      '功能型党支部',
      '小区党支部',
      '机关党支部',
      '党小组',
    ]);
    expect(labelOf(POSITIONS, 'firstSecretary')).toBe('第一书记');
    expect(labelOf(POSITIONS, 'firstSecretary', 'zh-TW')).toBe('第一書記');
    expect(POSITIONS.find((p) => p.code === 'firstSecretary')?.dispatched).toBe(true);
    expect(labelOf(HOUSEHOLD_TAGS, 'monitored')).toBe('监测户');
    expect(labelOf(PERSON_TAGS, 'returnedEntrepreneur', 'en')).toBe('Returned entrepreneur');
    expect(GRID_KINDS.map((g) => g.code)).toEqual([
      'villagerGroup',
      'grid',
      'street',
      'residentialCompound',
    ]);
    expect(INDUSTRIES).toHaveLength(7);
    expect(CAPABILITY_TAGS.map((c) => c.code)).toEqual(
      expect.arrayContaining([
        'forestry',
        'marketRegulation',
        'agriculture',
        'finance',
        'health',
        'transport',
      ]),
    );
  });

  it('resolves imported text in either script, or the code, to the code', () => {
    expect(codeFromLabel(PERSON_TAGS, '退役軍人')).toBe('veteran');
    expect(codeFromLabel(PERSON_TAGS, ' 退役军人 ')).toBe('veteran');
    expect(codeFromLabel(PERSON_TAGS, 'veteran')).toBe('veteran');
    expect(codeFromLabel(PERSON_TAGS, '五保户')).toBeNull();
    expect(isCodeOf(HOUSEHOLD_TAGS, 'fiveGuarantees')).toBe(true);
    expect(isCodeOf(HOUSEHOLD_TAGS, 'veteran')).toBe(false);
    expect(labelOf(HOUSEHOLD_TAGS, 'retiredCode')).toBe('retiredCode');
  });

  it('picks the org type by member count (50 → 党总支, 100 → 党委)', () => {
    expect(orgTypeForMemberCount(49)).toBe('branch');
    expect(orgTypeForMemberCount(50)).toBe('generalBranch');
    expect(orgTypeForMemberCount(100)).toBe('committee');
  });

  it('treats a position as held through its end date', () => {
    const holding = { startDate: '2021-01-01', endDate: '2024-12-31' };
    expect(isHeldOn(holding, '2020-12-31')).toBe(false);
    expect(isHeldOn(holding, '2024-12-31')).toBe(true);
    expect(isHeldOn(holding, '2025-01-01')).toBe(false);
    expect(isHeldOn({ startDate: '2021-01-01', endDate: null }, '2099-01-01')).toBe(true);
  });
});

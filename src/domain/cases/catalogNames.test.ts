import { describe, expect, it } from 'vitest';
import { CATALOG_PRESETS } from './catalog.ts';
import {
  caseTypeName,
  catalogText,
  catalogWord,
  ENGLISH_CATALOG_WORDS,
  TRADITIONAL_CATALOG_WORDS,
} from './catalogNames.ts';

// every word the presets show: type names, 代办 groups, field labels and options
const WORDS = new Set(
  CATALOG_PRESETS.flatMap((t) => [
    t.name.zh,
    ...(t.group ? [t.group] : []),
    ...t.fields.flatMap((f) => [f.label.zh, ...(f.options ?? [])]),
  ]),
);
// simplified forms that occur in the presets; none may survive into 繁體
const SIMPLIFIED =
  /[众诉设环题隐愿预计费纠纷类邻劳务业见议联络经发会实认户证开属关系况儿残军优乡养险资参缴医报销额请员临两补贴龄护积亩农购奖励殡学习权审职训个体执托约树换讼办]/u;

describe('case types in three languages', () => {
  it('writes every preset word in traditional characters', () => {
    expect([...WORDS].filter((w) => !TRADITIONAL_CATALOG_WORDS.includes(w))).toEqual([]);
    expect(TRADITIONAL_CATALOG_WORDS.filter((w) => !WORDS.has(w))).toEqual([]);
    for (const word of WORDS) {
      const tw = catalogText({ zh: word }, 'zh-TW');
      expect(tw.translated).toBe(true);
      expect(tw.text, `${word} → ${tw.text}`).not.toMatch(SIMPLIFIED);
    }
  });

  it('gives every 代办 group and option an English word', () => {
    const unnamed = CATALOG_PRESETS.flatMap((t) => [
      ...(t.group ? [t.group] : []),
      ...t.fields.flatMap((f) => f.options ?? []),
    ]);
    expect(unnamed.filter((w) => !ENGLISH_CATALOG_WORDS.includes(w))).toEqual([]);
    expect(catalogWord('证明开具', 'en')).toBe('Certificates');
    expect(catalogWord('婚姻家庭', 'zh-TW')).toBe('婚姻家庭');
  });

  it('names a preset type in each language', () => {
    const repair = CATALOG_PRESETS.find((t) => t.name.zh === '道路设施报修');
    if (!repair) throw new Error('no 道路设施报修 preset');
    expect(caseTypeName(repair, 'zh-CN')).toBe('道路设施报修');
    expect(caseTypeName(repair, 'zh-TW')).toBe('道路設施報修');
    expect(caseTypeName(repair, 'en')).toBe('Road and facility repair');
  });

  it('shows a county’s own type as stored where it has no translation', () => {
    const own = { name: { zh: '秸秆禁烧巡查', en: '' } };
    expect(catalogText(own.name, 'zh-TW')).toEqual({ text: '秸秆禁烧巡查', translated: false });
    expect(catalogText(own.name, 'en')).toEqual({ text: '秸秆禁烧巡查', translated: false });
    expect(caseTypeName({ name: { zh: '秸秆禁烧巡查', en: 'Straw burning patrol' } }, 'en')).toBe(
      'Straw burning patrol',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { METRICS, metricName } from './metrics.ts';
import { PRESET_SCHEMES } from './presets/index.ts';
import { PRESET_NAMES } from './presets/names/table.ts';
import type { SchemeDefinition } from './scheme.ts';
import { roundText, schemeText } from './schemeText.ts';

/** Every name a preset shows: scheme, stars, criteria, vetoes, steps, targets. */
function namesOf(scheme: SchemeDefinition): string[] {
  return [
    scheme.name,
    ...scheme.stars.flatMap((s) => [s.name, ...s.criteria.map((c) => c.label)]),
    ...scheme.vetoes.map((v) => v.label),
    ...scheme.steps.map((s) => s.name),
    ...(scheme.defaultTargets ?? []).map((t) => t.label),
  ];
}
const ALL_NAMES = new Set(PRESET_SCHEMES.flatMap(namesOf));
const HAN = /\p{Script=Han}/u;
// simplified forms that occur in the presets' Chinese; none may survive into zh-TW
const SIMPLIFIED =
  /[过产兴态员联户盖经济万项导带农业区务动环达标洁纠纷无级访违规发报组织软涣乡镇审县复计划数爱党国纪诚实亲团劳卫风学热评选范杰两训监质处营阵账应预编设队机]/u;

describe('preset names in three languages', () => {
  it('gives every name of every preset a traditional Chinese and an English form', () => {
    const missing = [...ALL_NAMES].filter((name) => !PRESET_NAMES[name]);
    expect(missing).toEqual([]);
    for (const name of ALL_NAMES) {
      const tw = schemeText(name, 'zh-TW');
      const en = schemeText(name, 'en');
      expect(tw.translated && en.translated).toBe(true);
      expect(en.text, name).not.toMatch(HAN);
      // a name built from a template must not keep its placeholder (a quoted "${…}" did)
      expect(`${tw.text} ${en.text}`, name).not.toMatch(/\$\{|\}/);
      expect(tw.text, name).toMatch(HAN);
      expect(tw.text, `${name} → ${tw.text}`).not.toMatch(SIMPLIFIED);
    }
  });

  it('names every metric in traditional characters', () => {
    for (const metric of METRICS)
      expect(metricName(metric, 'zh-TW'), metric.name).not.toMatch(SIMPLIFIED);
    expect(METRICS.map((m) => metricName(m, 'zh-TW'))).toContain('村集體經濟收入');
  });

  it('keeps no translation of a name no preset uses', () => {
    expect(Object.keys(PRESET_NAMES).filter((name) => !ALL_NAMES.has(name))).toEqual([]);
  });

  it('translates the five-star names', () => {
    expect(schemeText('支部过硬星', 'zh-TW')).toEqual({ text: '支部過硬星', translated: true });
    expect(schemeText('产业兴旺星', 'en')).toEqual({
      text: 'Thriving Industry Star',
      translated: true,
    });
    expect(schemeText('党员联户覆盖率 ≥ 90%', 'zh-TW').text).toBe('黨員聯戶覆蓋率 ≥ 90%');
  });

  it('shows a renamed or added star as stored, marked untranslated', () => {
    expect(schemeText('支部过硬星（本县）', 'en')).toEqual({
      text: '支部过硬星（本县）',
      translated: false,
    });
    expect(schemeText('乡风文明星', 'zh-TW')).toEqual({ text: '乡风文明星', translated: false });
  });

  it("leaves simplified Chinese as stored, a county's own name included", () => {
    expect(schemeText('乡风文明星', 'zh-CN')).toEqual({ text: '乡风文明星', translated: true });
    expect(schemeText('十大孝星', 'zh-CN').text).toBe('十大孝星');
  });
});

describe('round names', () => {
  const scheme = '农村“五星”支部创建';
  it('reads a default round name as region, period and scheme in the language', () => {
    expect(roundText('安阳县2026年度农村“五星”支部创建', scheme, 'en')).toEqual({
      text: '安阳县 · 2026 · Rural "Five-Star" Branch Building',
      translated: true,
    });
    expect(roundText('安阳县2026年度农村“五星”支部创建', scheme, 'zh-TW').text).toBe(
      '安阳县2026年度農村「五星」支部創建',
    );
  });
  it('leaves a round name the county typed as its own', () => {
    expect(roundText('今年的评星', scheme, 'en')).toEqual({
      text: '今年的评星',
      translated: false,
    });
  });
});

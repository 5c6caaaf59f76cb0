import { PRESET_NAMES } from './presets/names/table.ts';

export type TextLanguage = 'zh-CN' | 'zh-TW' | 'en';

/** A scheme's word in the reader's language, or as stored when it has none. */
export interface SchemeText {
  text: string;
  /** False: the county's own wording, shown as stored (Chinese) because no translation exists. */
  translated: boolean;
}

/**
 * A scheme's, star's, criterion's, veto's, step's or target's name in `language`. Presets carry all
 * three languages, keyed by their Chinese: a stored name that is a preset's Chinese word for word
 * is translated wherever it stands (a county's copy keeps its presets' names); any other text — a
 * star the county renamed or added — is the county's own and shown as stored, `translated: false`.
 */
export function schemeText(stored: string, language: TextLanguage): SchemeText {
  if (language === 'zh-CN') return { text: stored, translated: true };
  const names = PRESET_NAMES[stored.trim()];
  if (!names) return { text: stored, translated: false };
  return { text: language === 'zh-TW' ? names[0] : names[1], translated: true };
}

/**
 * A round's name in `language`. A round named as it opens by default (`<region><period>年度<scheme>`,
 * rounds.ts) reads as the region, the period and the scheme in that language; the region's name
 * stays as entered. A name the county typed is its own.
 */
export function roundText(name: string, schemeName: string, language: TextLanguage): SchemeText {
  const head = name.endsWith(schemeName) ? name.slice(0, -schemeName.length) : null;
  const parts = head === null ? null : DEFAULT_ROUND_HEAD.exec(head);
  if (language === 'zh-CN' || !parts) return schemeText(name, language);
  const [, region = '', period = ''] = parts;
  const scheme = schemeText(schemeName, language);
  const text =
    language === 'en'
      ? `${region}${region ? ' · ' : ''}${period} · ${scheme.text}`
      : `${region}${period}年度${scheme.text}`;
  return { text, translated: scheme.translated };
}
// `<region><period>年度`, the period as rounds take it (2026, 2026-H1, 2026-Q3)
const DEFAULT_ROUND_HEAD = /^(.*?)(\d{4}(?:-(?:H[12]|Q[1-4]))?)年度$/u;

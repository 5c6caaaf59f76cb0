// Domain vocabularies are data: a stable English code for storage and APIs, labels for the three
// UI languages (zh-CN default, zh-TW for the 振兴村 report's readers, English).

export type Locale = 'zh-CN' | 'zh-TW' | 'en';

export type LocalizedLabel = Readonly<Record<Locale, string>>;

export interface VocabularyEntry<Code extends string = string> {
  readonly code: Code;
  readonly label: LocalizedLabel;
}

/** An entry written as one line: its code, then its label in zh-CN, zh-TW and English. */
export const term = <const Code extends string>(
  code: Code,
  zhCN: string,
  zhTW: string,
  en: string,
) => ({
  code,
  label: { 'zh-CN': zhCN, 'zh-TW': zhTW, en },
});

/** Code → entry lookup built once per vocabulary. */
export function indexVocabulary<E extends VocabularyEntry>(
  entries: readonly E[],
): ReadonlyMap<E['code'], E> {
  return new Map(entries.map((e) => [e.code, e]));
}

/** The label in `locale`; an unknown code is returned as is so a stale row still renders. */
export function labelOf(
  entries: readonly VocabularyEntry[],
  code: string,
  locale: Locale = 'zh-CN',
): string {
  return entries.find((e) => e.code === code)?.label[locale] ?? code;
}

/** Type guard for codes read from a file or request. */
export function isCodeOf<E extends VocabularyEntry>(
  entries: readonly E[],
  code: string,
): code is E['code'] {
  return entries.some((e) => e.code === code);
}

/** Resolves a Chinese label (simplified or traditional) or a code to the code: for Excel imports. */
export function codeFromLabel<E extends VocabularyEntry>(
  entries: readonly E[],
  text: string,
): E['code'] | null {
  const t = text.trim();
  const hit = entries.find(
    (e) =>
      e.code === t ||
      e.label['zh-CN'] === t ||
      e.label['zh-TW'] === t ||
      e.label.en.toLowerCase() === t.toLowerCase(),
  );
  return hit ? hit.code : null;
}

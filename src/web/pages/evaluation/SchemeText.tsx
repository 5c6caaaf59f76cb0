import { Fragment } from 'react';
import { roundText, schemeText } from '../../../domain/evaluation/schemeText.ts';
import { useI18n } from '../../i18n/useI18n.ts';

// A county's own wording has no translation: shown as stored, dotted-underlined, and the tooltip
// says why (docs/GLOSSARY.md "方案名称的语言").
const UNTRANSLATED = { textDecoration: 'underline dotted' } as const;

/** A scheme's, star's, criterion's, veto's or step's name in the app language. */
export function SchemeText({ text }: { text: string }) {
  const { t, locale } = useI18n();
  const shown = schemeText(text, locale);
  if (shown.translated) return <>{shown.text}</>;
  return (
    <span lang="zh-CN" style={UNTRANSLATED} title={t('evaluation.untranslated')}>
      {shown.text}
    </span>
  );
}

/** Several names in a row (`、` or ` → ` between them). */
export function SchemeTexts({ texts, separator }: { texts: readonly string[]; separator: string }) {
  return texts.map((text, i) => (
    <Fragment key={`${i}:${text}`}>
      {i > 0 && separator}
      <SchemeText text={text} />
    </Fragment>
  ));
}

/** The same as plain text, where only a string fits (titles, option lists, joined lines). */
export function useSchemeText(): (stored: string) => string {
  const { locale } = useI18n();
  return (stored) => schemeText(stored, locale).text;
}

/** A round's name: the default `<region><period>年度<scheme>` in the app language (roundText). */
export function useRoundText(): (name: string, schemeName: string) => string {
  const { locale } = useI18n();
  return (name, schemeName) => roundText(name, schemeName, locale).text;
}

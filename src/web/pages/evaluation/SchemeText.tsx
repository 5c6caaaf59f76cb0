import { Fragment } from 'react';
import { roundText, schemeText } from '../../../domain/evaluation/schemeText.ts';
import { ShownName } from '../../components/ShownName.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

/** A scheme's, star's, criterion's, veto's or step's name in the app language. */
export function SchemeText({ text }: { text: string }) {
  const { locale } = useI18n();
  return <ShownName shown={schemeText(text, locale)} />;
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

import { useI18n } from '../i18n/useI18n.ts';

// A county's own wording has no translation: shown as stored, dotted-underlined, and the tooltip
// says why (docs/GLOSSARY.md "方案名称的语言").
const UNTRANSLATED = { textDecoration: 'underline dotted' } as const;

/** A name looked up for the app language (schemeText, catalogText), marked when it has none. */
export function ShownName({ shown }: { shown: { text: string; translated: boolean } }) {
  const { t } = useI18n();
  if (shown.translated) return <>{shown.text}</>;
  return (
    <span lang="zh-CN" style={UNTRANSLATED} title={t('common.untranslated')}>
      {shown.text}
    </span>
  );
}

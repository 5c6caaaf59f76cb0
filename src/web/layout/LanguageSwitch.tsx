import { Button, Dropdown } from 'antd';
import { isLocale } from '../i18n/store.ts';
import { LOCALES } from '../i18n/types.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** `compact` shows only the globe (phones); the accessible name still says the language. */
export function LanguageSwitch({
  className,
  compact = false,
}: {
  className?: string;
  compact?: boolean;
}) {
  const { locale, t, setLocale } = useI18n();
  // Language names are autonyms so a reader finds their own language whatever is shown now.
  const items = LOCALES.map((code) => ({
    key: code,
    label: <span lang={code}>{t(`lang.${code}`)}</span>,
  }));
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items,
        selectable: true,
        selectedKeys: [locale],
        onClick: ({ key }) => {
          if (isLocale(key)) void setLocale(key);
        },
      }}
    >
      <Button
        type="text"
        className={className}
        aria-label={`${t('lang.label')}: ${t(`lang.${locale}`)}`}
      >
        <GlobeIcon />
        {!compact && ` ${t(`lang.${locale}`)}`}
      </Button>
    </Dropdown>
  );
}

function GlobeIcon() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <circle cx="12" cy="12" r="10" />
      <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
    </svg>
  );
}

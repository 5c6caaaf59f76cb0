import { Button, Popover } from 'antd';
import { useState } from 'react';
import { LOCALES } from '../i18n/types.ts';
import { useI18n } from '../i18n/useI18n.ts';

/**
 * The language choice in a popover of plain buttons: antd's Dropdown would bring its Menu into
 * every first page. `compact` shows only the globe (phones); the accessible name still says the
 * language.
 */
export function LanguageSwitch({
  className,
  compact = false,
}: {
  className?: string;
  compact?: boolean;
}) {
  const { locale, t, setLocale } = useI18n();
  const [open, setOpen] = useState(false);
  // Language names are autonyms so a reader finds their own language whatever is shown now.
  const choices = (
    <ul role="menu" aria-label={t('lang.label')} className="lingyan-lang-menu">
      {LOCALES.map((code) => (
        <li key={code} role="none">
          <button
            type="button"
            role="menuitemradio"
            aria-checked={code === locale}
            lang={code}
            onClick={() => {
              setOpen(false);
              void setLocale(code);
            }}
          >
            {t(`lang.${code}`)}
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={choices}
      styles={{ container: { padding: 4 } }}
    >
      <Button
        type="text"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`${t('lang.label')}: ${t(`lang.${locale}`)}`}
      >
        <GlobeIcon />
        {!compact && ` ${t(`lang.${locale}`)}`}
      </Button>
    </Popover>
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

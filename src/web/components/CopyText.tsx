import { useState } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { LineIcon } from '../layout/LineIcon.tsx';

/** A muted value with a button that copies it (antd's copyable Typography brings Input along). */
export function CopyText({ text }: { text: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard.writeText(text).then(() => {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    });
  return (
    <span className="lingyan-muted">
      {text}
      <button
        type="button"
        className="lingyan-copy"
        aria-label={copied ? t('common.copied') : t('common.copy')}
        title={copied ? t('common.copied') : t('common.copy')}
        onClick={copy}
      >
        <LineIcon size={14}>
          {copied ? (
            <path d="M5 12l5 5L20 7" />
          ) : (
            <>
              <rect x="9" y="9" width="11" height="11" rx="2" />
              <path d="M5 15V5a2 2 0 0 1 2-2h10" />
            </>
          )}
        </LineIcon>
      </button>
    </span>
  );
}

import type { Locale, MessageKey } from '../../i18n/types.ts';
import type { Translate } from '../../i18n/useI18n.ts';
import { formatDay } from '../../i18n/format.ts';

// Words for the pairing pages: parts, item statuses and sides by code.
export const ITEM_STATUS_COLORS: Record<string, string> = {
  planned: 'default',
  doing: 'blue',
  done: 'green',
  dropped: 'default',
};

/** The word for a code under one of the pairing pages' prefixes; the code itself if none. */
const wordOf =
  (prefix: 'part' | 'status' | 'side') =>
  (t: Translate, code: string): string =>
    t(`pairing.${prefix}.${code}` as MessageKey) || code;

export const partLabel = wordOf('part');
export const itemStatusLabel = wordOf('status');
export const sideLabel = wordOf('side');

export const periodText = (
  t: Translate,
  locale: Locale,
  start: string,
  end: string | null,
): string =>
  `${formatDay(start, locale)} – ${end ? formatDay(end, locale) : t('pairing.periodOpen')}`;

import type { MessageKey } from '../../i18n/types.ts';
import type { Translate } from '../../i18n/useI18n.ts';

// Words for the obligations pages: activity types and period statuses by code.
export const STATUS_COLORS: Record<string, string> = {
  met: 'green',
  short: 'red',
  open: 'orange',
};

export const typeLabel = (t: Translate, code: string): string =>
  t(`obl.type.${code}` as MessageKey) || code;

export const statusLabel = (t: Translate, status: string): string =>
  t(`obl.status.${status}` as MessageKey) || status;

export const percent = (rate: number | null): string =>
  rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;

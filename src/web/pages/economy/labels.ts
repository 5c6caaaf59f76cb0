import type { TableColumnType } from 'antd';
import type { MessageKey } from '../../i18n/types.ts';

// Message keys of the economy vocabularies (src/web/i18n/economy/).
export const findingKey = (code: string) => `econ.finding.${code}` as MessageKey;
export const outcomeKey = (code: string) => `econ.outcome.${code}` as MessageKey;
export const sourceKey = (code: string) => `econ.source.${code}` as MessageKey;
export const kindKey = (code: string) => `econ.kind.${code}` as MessageKey;
export const classKey = (code: string) => `econ.class.${code}` as MessageKey;
export const assetStatusKey = (code: string) => `econ.assetStatus.${code}` as MessageKey;
export const cropKey = (g: string) => `econ.trust.crop.${g}` as MessageKey;
export const modeKey = (m: string) => `econ.trust.mode.${m}` as MessageKey;
export const contractStatusKey = (code: string) => `econ.contract.status.${code}` as MessageKey;

/** 分 as 元 with two decimals (money is whole 分 on the wire). */
export const yuan = (fen: number) =>
  (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 元 as typed in a form (to the 分) as the whole 分 the server takes: the inverse of {@link yuan}. */
export const fenOf = (yuanTyped: number) => Math.round(yuanTyped * 100);

/** A right-aligned table column of an amount in 分, shown as 元 ({@link yuan}). */
export function yuanColumn<T>(
  title: string,
  key: string,
  fenOf: (row: T) => number,
): TableColumnType<T> {
  return { title, key, align: 'right', render: (_: unknown, row: T) => yuan(fenOf(row)) };
}

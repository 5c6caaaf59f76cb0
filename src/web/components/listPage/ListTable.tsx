import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { ExchangeEntity } from '../../api/directoryEndpoints.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { ExchangeToolbar } from '../exchange/ExchangeToolbar.tsx';
import { listPagination } from '../paging.ts';
import type { ApiQuery } from '../useApiQuery.ts';

export interface ListExchange {
  entity: ExchangeEntity;
  /** The list's current filters: the export holds what the list shows. */
  filters: Readonly<Record<string, string | undefined>>;
  canImport: boolean;
}

export interface ListTableProps<T> {
  list: ApiQuery<{ items: T[]; total: number }>;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  page: number;
  pageSize: number;
  go: (next: { page: number; pageSize: number }) => void;
  /** The Excel toolbar (template, import, export), on the lists that have one. */
  exchange?: ListExchange;
  /** An error of the page's own (a failed delete) shown in place of the list's. */
  error?: unknown;
}

/**
 * The body of every list page: the Excel toolbar, the load error and the table paged by the
 * server. The rows, their total and the page live in the caller's list query and URL.
 */
export function ListTable<T extends object>(props: ListTableProps<T>) {
  const { list, columns, rowKey, page, pageSize, go, exchange, error } = props;
  const { t } = useI18n();
  return (
    <>
      {exchange && <ExchangeToolbar {...exchange} onImported={list.reload} />}
      <ErrorAlert error={error ?? list.error} onRetry={list.reload} />
      <Table<T>
        rowKey={rowKey}
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        scroll={{ x: 'max-content' }}
        pagination={listPagination({
          page,
          pageSize,
          total: list.data?.total ?? 0,
          totalText: (total) => t('common.total', { total }),
          go,
        })}
      />
    </>
  );
}

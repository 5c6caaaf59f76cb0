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

/** Which page of a list is shown and how to move to another; a list page's route is one. */
export interface ListPaging {
  page: number;
  pageSize: number;
  go(next: { page: number; pageSize: number }): void;
}

export interface ListTableProps<T> {
  /** The rows; `total` counts them all where the server answers in pages. */
  list: ApiQuery<{ items: T[]; total?: number }>;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  /** The page shown, where the server answers in pages; without it every row is on one page. */
  paging?: ListPaging;
  /** `small` in a page that shows other tables and panels beside the list. */
  size?: 'small' | 'middle';
  /** The Excel toolbar (template, import, export), on the lists that have one. */
  exchange?: ListExchange;
  /** An error of the page's own (a failed delete) shown in place of the list's. */
  error?: unknown;
}

/**
 * The body of every list page: the Excel toolbar, the load error and the table, paged by the
 * server or answered whole. The rows, their total and the page live in the caller's list query
 * and URL.
 */
export function ListTable<T extends object>(props: ListTableProps<T>) {
  const { list, columns, rowKey, paging, size = 'middle', exchange, error } = props;
  const { t } = useI18n();
  return (
    <>
      {exchange && <ExchangeToolbar {...exchange} onImported={list.reload} />}
      <ErrorAlert error={error ?? list.error} onRetry={list.reload} />
      <Table<T>
        rowKey={rowKey}
        size={size}
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        scroll={{ x: 'max-content' }}
        pagination={
          paging
            ? listPagination({
                page: paging.page,
                pageSize: paging.pageSize,
                total: list.data?.total ?? 0,
                totalText: (total) => t('common.total', { total }),
                go: paging.go,
              })
            : false
        }
      />
    </>
  );
}

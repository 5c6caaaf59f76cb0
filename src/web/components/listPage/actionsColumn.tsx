import type { ReactNode } from 'react';
import type { TableColumnsType } from 'antd';

/** The last column of a list where the user may write; no column at all where they may not. */
export function actionsColumn<T>(
  title: string,
  allowed: boolean,
  render: (row: T) => ReactNode,
): TableColumnsType<T> {
  return allowed ? [{ title, key: 'actions', render: (_: unknown, row: T) => render(row) }] : [];
}

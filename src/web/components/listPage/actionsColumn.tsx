import { Button } from 'antd';
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

/** The actions column of a list whose rows open its edit form, one button a row. */
export function editColumn<T>(
  title: string,
  allowed: boolean,
  label: (row: T) => string,
  edit: (row: T) => void,
): TableColumnsType<T> {
  return actionsColumn<T>(title, allowed, (row) => (
    <Button size="small" onClick={() => edit(row)}>
      {label(row)}
    </Button>
  ));
}

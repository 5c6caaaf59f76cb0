import { useState } from 'react';

/** The create/edit form of a list page: closed, open on a new row, or open on one row. */
export interface RowEditor<T> {
  open: boolean;
  /** The row being edited; null while creating or closed. */
  row: T | null;
  create: () => void;
  edit: (row: T) => void;
  close: () => void;
}

/** Which row a list page's form is open on, if any. */
export function useRowEditor<T>(): RowEditor<T> {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  return {
    open: editing !== null,
    row: editing === 'new' || editing === null ? null : editing,
    create: () => setEditing('new'),
    edit: (row) => setEditing(row),
    close: () => setEditing(null),
  };
}

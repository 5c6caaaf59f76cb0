import type { TableColumnType } from 'antd';

interface Placed {
  /** Absent on a row of no region (an audit event of the whole system). */
  regionCode: string | null;
  regionName?: string | null;
}

/** The column naming each row's region: its name where the server sent one, else its code. */
export function regionColumn<T extends Placed>(title: string): TableColumnType<T> {
  return {
    title,
    key: 'region',
    render: (_: unknown, row: T) => row.regionName ?? row.regionCode ?? '—',
  };
}

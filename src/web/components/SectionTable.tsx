import { Table } from 'antd';
import type { TableProps } from 'antd';

/**
 * The table of one part of a detail view (a project's milestones, an organization's members, a
 * sign-up's service records): small, every row on one page, `emptyText` where there is none.
 */
export function SectionTable<T extends object>(
  props: Omit<TableProps<T>, 'size' | 'pagination' | 'locale'> & { emptyText: string },
) {
  const { emptyText, ...table } = props;
  return <Table<T> size="small" pagination={false} locale={{ emptyText }} {...table} />;
}

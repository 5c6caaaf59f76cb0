import { Table, Tag } from 'antd';
import type { PlanningVillage } from '../../api/planningTypes.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';

export interface UnassignedRow {
  code: string;
  name: string;
  population: number | null;
  reason: string;
}

interface UnassignedTableProps {
  rows: readonly UnassignedRow[];
  villages: ReadonlyMap<string, PlanningVillage>;
  selected: string | null;
  onSelect: (code: string) => void;
}

/** 未入联: the villages in no union, with the reason; a plannable one can be selected for a move. */
export function UnassignedTable({ rows, villages, selected, onSelect }: UnassignedTableProps) {
  const { t, locale } = useI18n();
  return (
    <Table<UnassignedRow>
      className="lingyan-unassigned-table"
      size="small"
      rowKey="code"
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
      dataSource={[...rows]}
      columns={[
        {
          key: 'name',
          title: t('planning.village'),
          render: (_, row) =>
            villages.has(row.code) ? (
              <Tag.CheckableTag
                checked={row.code === selected}
                onChange={() => onSelect(row.code)}
                data-village={row.code}
              >
                {row.name}
              </Tag.CheckableTag>
            ) : (
              row.name
            ),
        },
        {
          key: 'population',
          title: t('planning.population'),
          align: 'right',
          render: (_, row) => formatNumber(row.population, locale),
        },
        { key: 'reason', title: t('planning.reason'), dataIndex: 'reason' },
      ]}
    />
  );
}

import { Flex, Table, Tag, Typography } from 'antd';
import type { PlanningVillage, UnionDraft, UnionViolation } from '../../api/planningTypes.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { UNION_COLORS } from './mapOption.ts';
import { violationKey, violationText } from './planText.ts';

export interface UnionRow extends UnionDraft {
  index: number;
  population: number;
  cost: number | null;
}

interface UnionsTableProps {
  rows: readonly UnionRow[];
  villages: ReadonlyMap<string, PlanningVillage>;
  violations: readonly UnionViolation[];
  selected: string | null;
  onSelect: (code: string) => void;
}

/** 联建方案: one row a union, its members clickable to select them for a move. */
export function UnionsTable({ rows, villages, violations, selected, onSelect }: UnionsTableProps) {
  const { t, locale } = useI18n();
  const name = (code: string) => villages.get(code)?.name ?? code;
  return (
    <Table<UnionRow>
      className="lingyan-unions-table"
      size="small"
      rowKey="lead"
      pagination={false}
      dataSource={[...rows]}
      onRow={(row) =>
        ({
          'data-lead': row.lead,
          'data-size': row.members.length,
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          key: 'index',
          title: t('planning.union'),
          width: 70,
          render: (_, row) => (
            <Tag color={UNION_COLORS[row.index % UNION_COLORS.length]}>{row.index + 1}</Tag>
          ),
        },
        {
          key: 'lead',
          title: t('planning.lead'),
          render: (_, row) => <Typography.Text strong>{name(row.lead)}</Typography.Text>,
        },
        {
          key: 'members',
          title: t('planning.members'),
          render: (_, row) => {
            const broken = violations.filter((v) => v.union === row.lead);
            return (
              <Flex vertical gap={4}>
                <Flex gap={4} wrap>
                  {row.members.map((code) => (
                    <Tag.CheckableTag
                      key={code}
                      checked={code === selected}
                      onChange={() => onSelect(code)}
                      data-village={code}
                    >
                      {name(code)}
                    </Tag.CheckableTag>
                  ))}
                </Flex>
                {broken.map((v) => (
                  <Typography.Text
                    key={violationKey(v)}
                    type="danger"
                    className="lingyan-union-violation"
                    data-violation={v.code}
                  >
                    {violationText(t, v, name, locale)}
                  </Typography.Text>
                ))}
              </Flex>
            );
          },
        },
        {
          key: 'population',
          title: t('planning.population'),
          align: 'right',
          render: (_, row) => formatNumber(row.population, locale),
        },
        {
          key: 'cost',
          title: t('planning.cost'),
          align: 'right',
          render: (_, row) => (row.cost === null ? '…' : row.cost.toFixed(1)),
        },
      ]}
    />
  );
}

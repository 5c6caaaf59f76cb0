import { Button, Flex, Tag } from 'antd';
import { useState } from 'react';
import type { TableColumnsType } from 'antd';
import { pairsApi, type PairItem } from '../../api/directoryPagesEndpoints.ts';
import { ListTable, type ListPaging } from '../../components/listPage/ListTable.tsx';
import { regionColumn } from '../../components/listPage/regionColumn.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { PairCreateModal } from './PairCreateModal.tsx';

interface PairsTableProps {
  region: string | undefined;
  /** The 五级联包 page's paging, which the pairs view shares. */
  paging: ListPaging;
  canImport: boolean;
  /** The form to enter one pair (its pickers find the county's units and their staff). */
  canCreate: boolean;
}

/** 1+1+N: a unit's member and a village party member who together contact N households. */
export function PairsTable({ region, paging, canImport, canCreate }: PairsTableProps) {
  const { t } = useI18n();
  const { page, pageSize } = paging;
  const list = useApiQuery(
    (signal) => pairsApi.pairs({ region, page, pageSize }, signal),
    [region, page, pageSize],
  );
  const columns: TableColumnsType<PairItem> = [
    {
      title: t('pairs.unit'),
      key: 'unit',
      fixed: 'left',
      render: (_: unknown, p) => p.unitName ?? '—',
    },
    {
      title: t('pairs.unitMember'),
      key: 'unitMember',
      render: (_: unknown, p) => <Tag color="blue">{p.unitMemberName ?? '—'}</Tag>,
    },
    {
      title: t('pairs.ruralMember'),
      key: 'rural',
      render: (_: unknown, p) => <Tag color="red">{p.ruralMemberName ?? '—'}</Tag>,
    },
    regionColumn(t('dp.region')),
    {
      title: t('pairs.households'),
      key: 'households',
      render: (_: unknown, p) => (
        <Flex gap={4} wrap>
          {p.households.map((h) => (
            <Tag key={h.id} title={`${t('pairs.lastVisit')}: ${h.lastVisitOn ?? '—'}`}>
              {h.headName ?? '—'}
              {h.lastVisitOn && ` · ${h.lastVisitOn.slice(5)}`}
            </Tag>
          ))}
        </Flex>
      ),
    },
  ];
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap={16}>
      {canCreate && (
        <Flex justify="flex-end">
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('pairs.create')}
          </Button>
        </Flex>
      )}
      <PairCreateModal
        open={creating}
        region={region}
        onClose={() => setCreating(false)}
        onSaved={list.reload}
      />
      <ListTable<PairItem>
        exchange={{ entity: 'pairs', filters: { region }, canImport }}
        list={list}
        rowKey="id"
        columns={columns}
        paging={paging}
      />
    </Flex>
  );
}

import { Card, Flex, Input, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { CAPABILITY_TAGS, UNIT_KINDS } from '../../../domain/directory/unitKinds.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { UnitItem } from '../../api/directoryTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExchangeToolbar } from '../../components/exchange/ExchangeToolbar.tsx';
import { listPagination, readPaging } from '../../components/paging.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate, useLocation, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';

/** 单位: county units with their capability tags, filterable by one capability. */
export default function UnitsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const { search } = useLocation();
  const q = search.get('q') ?? '';
  const capability = search.get('capability') ?? undefined;
  const { page, pageSize } = readPaging(search);
  const list = useApiQuery(
    (signal) => directoryApi.units({ q, capability, page, pageSize }, signal),
    [q, capability, page, pageSize],
  );
  const go = (query: { q?: string; capability?: string; page?: number; pageSize?: number }) =>
    navigate(withQuery('/units', { q, capability, page, pageSize, ...query }));

  const columns: TableColumnsType<UnitItem> = [
    { title: t('units.name'), dataIndex: 'name', fixed: 'left' },
    {
      title: t('units.kind'),
      dataIndex: 'kind',
      render: (kind: string) => labelOf(UNIT_KINDS, kind, locale),
    },
    {
      title: t('units.capabilities'),
      key: 'capabilities',
      render: (_: unknown, unit) => (
        <Flex gap={4} wrap>
          {unit.capabilities.map((code) => (
            <Tag key={code} color={code === capability ? 'red' : 'blue'}>
              {labelOf(CAPABILITY_TAGS, code, locale)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: t('units.staffCount'), dataIndex: 'staffCount', align: 'right' },
  ];

  return (
    <Card title={t('units.title')}>
      <Flex vertical gap={16}>
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          aria-label={t('common.search')}
          placeholder={t('units.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ maxWidth: 420 }}
          onSearch={(value) => go({ q: value.trim(), page: 1 })}
        />
        <Flex gap={6} wrap align="center" role="group" aria-label={t('units.filterCapability')}>
          <Tag.CheckableTag
            checked={!capability}
            onChange={() => go({ capability: undefined, page: 1 })}
          >
            {t('common.all')}
          </Tag.CheckableTag>
          {CAPABILITY_TAGS.map((entry) => (
            <Tag.CheckableTag
              key={entry.code}
              checked={capability === entry.code}
              onChange={(checked) => go({ capability: checked ? entry.code : undefined, page: 1 })}
            >
              {entry.label[locale]}
            </Tag.CheckableTag>
          ))}
        </Flex>
        <ExchangeToolbar
          entity="units"
          filters={{ q }}
          canImport={session.can('directory.write')}
          onImported={list.reload}
        />
        <ErrorAlert error={list.error} onRetry={list.reload} />
        <Table<UnitItem>
          rowKey="id"
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
      </Flex>
    </Card>
  );
}

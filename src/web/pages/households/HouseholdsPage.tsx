import { Button, Card, Flex, Input, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { HOUSEHOLD_TAGS } from '../../../domain/directory/tags.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { HouseholdItem } from '../../api/directoryTypes.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExchangeToolbar } from '../../components/exchange/ExchangeToolbar.tsx';
import { listPagination, readPaging } from '../../components/paging.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate, useLocation, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { HouseholdDrawer, HouseholdTags } from './HouseholdDrawer.tsx';

export default function HouseholdsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const { search } = useLocation();
  const q = search.get('q') ?? '';
  const tag = search.get('tag') ?? undefined;
  const region = search.get('region') ?? undefined;
  const open = search.get('open') ?? undefined;
  const { page, pageSize } = readPaging(search);
  const list = useApiQuery(
    (signal) => directoryApi.households({ q, tag, region, page, pageSize }, signal),
    [q, tag, region, page, pageSize],
  );

  type Query = {
    q?: string;
    tag?: string;
    region?: string;
    page?: number;
    pageSize?: number;
    open?: string;
  };
  const go = (query: Query) =>
    navigate(withQuery('/households', { q, tag, region, pageSize, page, open, ...query }));
  const filter = (query: Query) => go({ ...query, page: 1, open: undefined });

  const columns: TableColumnsType<HouseholdItem> = [
    {
      title: t('households.head'),
      key: 'head',
      fixed: 'left',
      render: (_: unknown, household) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => go({ open: household.id })}
        >
          {household.head.name}
        </Button>
      ),
    },
    {
      title: t('households.region'),
      key: 'region',
      render: (_: unknown, h) => h.regionName ?? h.regionCode,
    },
    {
      title: t('households.grid'),
      dataIndex: 'gridName',
      render: (name: string | null) => name ?? '—',
    },
    { title: t('households.memberCount'), dataIndex: 'memberCount', align: 'right' },
    {
      title: t('households.tags'),
      key: 'tags',
      render: (_: unknown, h) => <HouseholdTags tags={h.tags} />,
    },
  ];

  return (
    <Card title={t('households.title')}>
      <Flex vertical gap={16}>
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          aria-label={t('common.search')}
          placeholder={t('households.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ maxWidth: 520 }}
          onSearch={(value) => filter({ q: value.trim() })}
        />
        <Flex gap={8} wrap>
          <Select
            allowClear
            aria-label={t('households.filterTag')}
            placeholder={t('households.filterTag')}
            value={tag}
            style={{ minWidth: 180 }}
            options={HOUSEHOLD_TAGS.map((entry) => ({
              value: entry.code,
              label: entry.label[locale],
            }))}
            onChange={(value: string | undefined) => filter({ tag: value })}
          />
          <RegionPicker
            allowClear
            value={region}
            placeholder={t('persons.filterRegion')}
            style={{ minWidth: 220 }}
            onChange={(value) => filter({ region: value })}
          />
        </Flex>
        <ExchangeToolbar
          entity="households"
          filters={{ q, tag, region }}
          canImport={session.can('directory.write')}
          onImported={list.reload}
        />
        <ErrorAlert error={list.error} onRetry={list.reload} />
        <Table<HouseholdItem>
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
      <HouseholdDrawer householdId={open} onClose={() => go({ open: undefined })} />
    </Card>
  );
}

import { Breadcrumb, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/endpoints.ts';
import type { Region } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExchangeToolbar } from '../../components/exchange/ExchangeToolbar.tsx';
import { listPagination, readPaging } from '../../components/paging.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { formatNumber } from '../../i18n/format.ts';
import { regionKindLabel, urbanRuralLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, navigate, useLocation, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { ancestorCodes, isRegionCode } from './regionCode.ts';

/** The regions from the top of the user's scope down to `code`; ancestors outside it answer 404. */
async function loadTrail(code: string | undefined, signal: AbortSignal): Promise<Region[]> {
  if (!code) return [];
  const results = await Promise.allSettled(
    [...ancestorCodes(code), code].map((c) => api.region(c, signal)),
  );
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

export default function RegionsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const { search } = useLocation();
  const rawParent = search.get('parent') ?? '';
  const parent = isRegionCode(rawParent) ? rawParent : undefined;
  const q = search.get('q') ?? '';
  const { page, pageSize } = readPaging(search);
  const list = useApiQuery(
    (signal) => api.regions({ parent, page, pageSize, q }, signal),
    [parent, page, pageSize, q],
  );
  const trail = useApiQuery((signal) => loadTrail(parent, signal), [parent]);

  const go = (query: { parent?: string; page?: number; pageSize?: number; q?: string }) =>
    navigate(withQuery('/regions', { parent, pageSize, q, ...query }));

  const columns: TableColumnsType<Region> = [
    {
      title: t('regions.name'),
      dataIndex: 'name',
      render: (name: string, region) =>
        region.childCount > 0 ? (
          <Link to={withQuery('/regions', { parent: region.code })} title={t('regions.drillDown')}>
            {name}
          </Link>
        ) : (
          name
        ),
    },
    {
      title: t('regions.code'),
      dataIndex: 'code',
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('regions.level'),
      dataIndex: 'level',
      render: (level: string, region) => <Tag>{regionKindLabel(t, region.code, level)}</Tag>,
    },
    {
      title: t('regions.urbanRuralClass'),
      dataIndex: 'urbanRuralClass',
      render: (value: string | null) => urbanRuralLabel(t, value),
    },
    {
      title: t('regions.population'),
      dataIndex: 'population',
      align: 'right',
      render: (v: number | null) => formatNumber(v, locale),
    },
    {
      title: t('regions.households'),
      dataIndex: 'households',
      align: 'right',
      render: (v: number | null) => formatNumber(v, locale),
    },
    { title: t('regions.childCount'), dataIndex: 'childCount', align: 'right' },
  ];

  const trailRegions = trail.data ?? [];
  const breadcrumb = [
    {
      key: 'root',
      title: parent ? <Link to="/regions">{t('regions.scopeRoot')}</Link> : t('regions.scopeRoot'),
    },
    ...trailRegions.map((region, index) => ({
      key: region.code,
      title:
        index === trailRegions.length - 1 ? (
          region.name
        ) : (
          <Link to={withQuery('/regions', { parent: region.code })}>{region.name}</Link>
        ),
    })),
  ];

  return (
    <Card title={t('regions.title')}>
      <Flex vertical gap={16}>
        <Breadcrumb items={breadcrumb} />
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          placeholder={t('regions.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ maxWidth: 420 }}
          onSearch={(value) => go({ q: value.trim(), page: 1 })}
        />
        <ExchangeToolbar
          entity="regions"
          filters={{ region: parent, q }}
          canImport={session.can('regions.write')}
          onImported={list.reload}
        />
        <ErrorAlert error={list.error} onRetry={list.reload} />
        <Table<Region>
          rowKey="code"
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

import { Breadcrumb, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { api } from '../../api/endpoints.ts';
import type { Region } from '../../api/types.ts';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { useListQuery } from '../../components/listPage/useListQuery.ts';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { formatNumber } from '../../i18n/format.ts';
import { regionKindLabel, urbanRuralLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, withQuery } from '../../router.tsx';
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
  const route = useListRoute('/regions', ['parent', 'q'], { valid: { parent: isRegionCode } });
  const { parent, q } = route.params;
  const list = useListQuery(route, api.regions);
  const trail = useApiQuery((signal) => loadTrail(parent, signal), [parent]);

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
    <ListPage
      title={t('regions.title')}
      route={route}
      header={<Breadcrumb items={breadcrumb} />}
      search={{ placeholder: t('regions.searchPlaceholder'), width: 420 }}
      exchange={{
        entity: 'regions',
        filters: { region: parent, q },
        canImport: session.can('regions.write'),
      }}
      list={list}
      rowKey="code"
      columns={columns}
    />
  );
}

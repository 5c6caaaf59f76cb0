import type { TableColumnsType } from 'antd';
import { HOUSEHOLD_TAGS } from '../../../domain/directory/tags.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { HouseholdItem } from '../../api/directoryTypes.ts';
import { CellLink } from '../../components/listPage/CellLink.tsx';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { regionColumn } from '../../components/listPage/regionColumn.ts';
import { useListQuery } from '../../components/listPage/useListQuery.ts';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { HouseholdDrawer, HouseholdTags } from './HouseholdDrawer.tsx';

export default function HouseholdsPage() {
  const { t } = useI18n();
  const session = useSession();
  const route = useListRoute('/households', ['q', 'tag', 'region', 'open'], {
    viewKeys: ['open'],
  });
  const { open } = route.params;
  const { go } = route;
  const list = useListQuery(route, directoryApi.households);
  const columns: TableColumnsType<HouseholdItem> = [
    {
      title: t('households.head'),
      key: 'head',
      fixed: 'left',
      render: (_: unknown, household) => (
        <CellLink onClick={() => go({ open: household.id })}>{household.head.name}</CellLink>
      ),
    },
    regionColumn(t('households.region')),
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
    <ListPage
      title={t('households.title')}
      route={route}
      search={{ placeholder: t('households.searchPlaceholder'), width: 520 }}
      filters={[
        { name: 'tag', label: t('households.filterTag'), width: 180, options: HOUSEHOLD_TAGS },
        { name: 'region', placeholder: t('persons.filterRegion') },
      ]}
      exchange={{
        entity: 'households',
        filters: route.filters,
        canImport: session.can('directory.write'),
      }}
      list={list}
      rowKey="id"
      columns={columns}
    >
      <HouseholdDrawer householdId={open} onClose={() => go({ open: undefined })} />
    </ListPage>
  );
}

import { Flex, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { CAPABILITY_TAGS, UNIT_KINDS } from '../../../domain/directory/unitKinds.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { directoryApi } from '../../api/directoryEndpoints.ts';
import type { UnitItem } from '../../api/directoryTypes.ts';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { useListQuery } from '../../components/listPage/useListQuery.ts';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { vocabularyColumn } from '../../components/listPage/vocabularyColumn.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';

/** 单位: county units with their capability tags, filterable by one capability. */
export default function UnitsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const route = useListRoute('/units', ['q', 'capability']);
  const { q, capability } = route.params;
  const { filter } = route;
  const list = useListQuery(route, directoryApi.units);

  const columns: TableColumnsType<UnitItem> = [
    { title: t('units.name'), dataIndex: 'name', fixed: 'left' },
    vocabularyColumn<UnitItem>(t('units.kind'), 'kind', UNIT_KINDS, locale),
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
    <ListPage
      title={t('units.title')}
      route={route}
      search={{ placeholder: t('units.searchPlaceholder'), width: 420 }}
      controls={
        <Flex gap={6} wrap align="center" role="group" aria-label={t('units.filterCapability')}>
          <Tag.CheckableTag
            checked={!capability}
            onChange={() => filter({ capability: undefined })}
          >
            {t('common.all')}
          </Tag.CheckableTag>
          {CAPABILITY_TAGS.map((entry) => (
            <Tag.CheckableTag
              key={entry.code}
              checked={capability === entry.code}
              onChange={(checked) => filter({ capability: checked ? entry.code : undefined })}
            >
              {entry.label[locale]}
            </Tag.CheckableTag>
          ))}
        </Flex>
      }
      exchange={{ entity: 'units', filters: { q }, canImport: session.can('directory.write') }}
      list={list}
      rowKey="id"
      columns={columns}
    />
  );
}

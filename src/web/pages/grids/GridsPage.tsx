import { Button, Form, Input, InputNumber, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { GRID_KINDS } from '../../../domain/directory/gridKinds.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import {
  directoryPagesApi,
  type GridItem,
  type NewGrid,
} from '../../api/directoryPagesEndpoints.ts';
import { actionsColumn } from '../../components/listPage/actionsColumn.tsx';
import { FilterSelect, RegionFilter } from '../../components/listPage/ListFilters.tsx';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';

type GridForm = Partial<NewGrid>;

/** 网格: villager groups, grids, street stations and compounds under the villages in scope. */
export default function GridsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const route = useListRoute('/grids', ['q', 'region', 'kind']);
  const { q, region, kind } = route.params;
  const { page, pageSize } = route;
  const list = useApiQuery(
    (signal) => directoryPagesApi.grids({ q, region, kind, page, pageSize }, signal),
    route.deps,
  );
  const [editing, setEditing] = useState<GridItem | 'new' | null>(null);
  const [form] = Form.useForm<GridForm>();
  const canWrite = session.can('directory.write');

  const columns: TableColumnsType<GridItem> = [
    { title: t('grids.name'), dataIndex: 'name', fixed: 'left' },
    {
      title: t('grids.kind'),
      dataIndex: 'kind',
      render: (code: string) => labelOf(GRID_KINDS, code, locale),
    },
    {
      title: t('grids.village'),
      key: 'region',
      render: (_: unknown, g) => g.regionName ?? g.regionCode,
    },
    { title: t('grids.seq'), dataIndex: 'seq', align: 'right' },
    { title: t('grids.households'), dataIndex: 'householdCount', align: 'right' },
    ...actionsColumn<GridItem>(t('common.actions'), canWrite, (g) => (
      <Button size="small" onClick={() => setEditing(g)}>
        {t('dp.edit')}
      </Button>
    )),
  ];

  const kindOptions = GRID_KINDS.map((entry) => ({
    value: entry.code,
    label: entry.label[locale],
  }));
  const current = editing === 'new' || editing === null ? null : editing;

  return (
    <ListPage
      title={t('grids.title')}
      create={canWrite ? { label: t('dp.create'), onClick: () => setEditing('new') } : undefined}
      route={route}
      search={{ placeholder: t('grids.searchPlaceholder'), width: 420 }}
      filters={
        <>
          <RegionFilter route={route} />
          <FilterSelect
            route={route}
            name="kind"
            label={t('grids.filterKind')}
            width={180}
            options={GRID_KINDS}
          />
        </>
      }
      exchange={{ entity: 'grids', filters: { q, region, kind }, canImport: canWrite }}
      list={list}
      rowKey="id"
      columns={columns}
    >
      <SaveModal<GridForm>
        open={editing !== null}
        title={current ? t('dp.edit') : t('dp.create')}
        form={form}
        initial={
          current
            ? { kind: current.kind, name: current.name, seq: current.seq }
            : { regionCode: region }
        }
        savedText={current ? t('dp.saved') : t('dp.created')}
        save={(v) =>
          current
            ? directoryPagesApi.updateGrid(current.id, {
                name: v.name?.trim(),
                kind: v.kind,
                seq: v.seq ?? undefined,
              })
            : directoryPagesApi.createGrid({
                regionCode: v.regionCode ?? '',
                kind: v.kind ?? '',
                name: (v.name ?? '').trim(),
                ...(v.seq ? { seq: v.seq } : {}),
              })
        }
        onClose={() => setEditing(null)}
        onSaved={list.reload}
      >
        {!current && (
          <Form.Item
            name="regionCode"
            label={t('grids.village')}
            rules={[{ required: true, message: t('dp.required') }]}
          >
            <RegionPicker />
          </Form.Item>
        )}
        <Form.Item
          name="kind"
          label={t('grids.kind')}
          rules={[{ required: true, message: t('dp.required') }]}
        >
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('grids.name')}
          rules={[{ required: true, whitespace: true, max: 40, message: t('dp.required') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="seq" label={t('grids.seq')}>
          <InputNumber min={1} max={9999} />
        </Form.Item>
      </SaveModal>
    </ListPage>
  );
}

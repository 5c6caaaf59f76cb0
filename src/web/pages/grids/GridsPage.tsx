import { Form, Input, InputNumber, Select } from 'antd';
import type { TableColumnsType } from 'antd';
import { GRID_KINDS } from '../../../domain/directory/gridKinds.ts';
import {
  directoryPagesApi,
  type GridItem,
  type NewGrid,
} from '../../api/directoryPagesEndpoints.ts';
import { editColumn } from '../../components/listPage/actionsColumn.tsx';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { regionColumn } from '../../components/listPage/regionColumn.ts';
import { RowEditModal } from '../../components/listPage/RowEditModal.tsx';
import { useEditableList } from '../../components/listPage/useEditableList.ts';
import { vocabularyColumn } from '../../components/listPage/vocabularyColumn.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { useI18n } from '../../i18n/useI18n.ts';

type GridForm = Partial<NewGrid>;

/** 网格: villager groups, grids, street stations and compounds under the villages in scope. */
export default function GridsPage() {
  const { t, locale } = useI18n();
  const { route, list, editor, canWrite, create } = useEditableList(
    '/grids',
    ['q', 'region', 'kind'],
    directoryPagesApi.grids,
  );
  const { region } = route.params;
  const [form] = Form.useForm<GridForm>();

  const columns: TableColumnsType<GridItem> = [
    { title: t('grids.name'), dataIndex: 'name', fixed: 'left' },
    vocabularyColumn<GridItem>(t('grids.kind'), 'kind', GRID_KINDS, locale),
    regionColumn(t('grids.village')),
    { title: t('grids.seq'), dataIndex: 'seq', align: 'right' },
    { title: t('grids.households'), dataIndex: 'householdCount', align: 'right' },
    ...editColumn<GridItem>(t('common.actions'), canWrite, () => t('dp.edit'), editor.edit),
  ];

  const kindOptions = GRID_KINDS.map((entry) => ({
    value: entry.code,
    label: entry.label[locale],
  }));
  const current = editor.row;

  return (
    <ListPage
      title={t('grids.title')}
      create={create}
      route={route}
      search={{ placeholder: t('grids.searchPlaceholder'), width: 420 }}
      filters={[
        { name: 'region' },
        { name: 'kind', label: t('grids.filterKind'), width: 180, options: GRID_KINDS },
      ]}
      exchange={{ entity: 'grids', filters: route.filters, canImport: canWrite }}
      list={list}
      rowKey="id"
      columns={columns}
    >
      <RowEditModal<GridForm, GridItem>
        editor={editor}
        form={form}
        initial={
          current
            ? { kind: current.kind, name: current.name, seq: current.seq }
            : { regionCode: region }
        }
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
      </RowEditModal>
    </ListPage>
  );
}

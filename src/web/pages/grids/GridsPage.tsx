import { Button, Card, Flex, Form, Input, InputNumber, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { GRID_KINDS } from '../../../domain/directory/gridKinds.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { directoryPagesApi, type GridItem } from '../../api/directoryPagesEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExchangeToolbar } from '../../components/exchange/ExchangeToolbar.tsx';
import { listPagination, readPaging } from '../../components/paging.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate, useLocation, withQuery } from '../../router.tsx';
import { useSession } from '../../session.tsx';

interface GridForm {
  regionCode?: string;
  kind?: string;
  name?: string;
  seq?: number;
}

/** 网格: villager groups, grids, street stations and compounds under the villages in scope. */
export default function GridsPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const { search } = useLocation();
  const q = search.get('q') ?? '';
  const region = search.get('region') ?? undefined;
  const kind = search.get('kind') ?? undefined;
  const { page, pageSize } = readPaging(search);
  const list = useApiQuery(
    (signal) => directoryPagesApi.grids({ q, region, kind, page, pageSize }, signal),
    [q, region, kind, page, pageSize],
  );
  const go = (query: {
    q?: string;
    region?: string;
    kind?: string;
    page?: number;
    pageSize?: number;
  }) => navigate(withQuery('/grids', { q, region, kind, page, pageSize, ...query }));
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
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, g: GridItem) => (
              <Button size="small" onClick={() => setEditing(g)}>
                {t('dp.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const kindOptions = GRID_KINDS.map((entry) => ({
    value: entry.code,
    label: entry.label[locale],
  }));
  const current = editing === 'new' || editing === null ? null : editing;

  return (
    <Card
      title={t('grids.title')}
      extra={
        canWrite && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('dp.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          aria-label={t('common.search')}
          placeholder={t('grids.searchPlaceholder')}
          enterButton={t('common.search')}
          style={{ maxWidth: 420 }}
          onSearch={(value) => go({ q: value.trim(), page: 1 })}
        />
        <Flex gap={8} wrap>
          <RegionPicker
            allowClear
            value={region}
            placeholder={t('dp.filterRegion')}
            style={{ minWidth: 220 }}
            onChange={(value) => go({ region: value, page: 1 })}
          />
          <Select
            allowClear
            aria-label={t('grids.filterKind')}
            placeholder={t('grids.filterKind')}
            value={kind}
            style={{ minWidth: 180 }}
            options={kindOptions}
            onChange={(value: string | undefined) => go({ kind: value, page: 1 })}
          />
        </Flex>
        <ExchangeToolbar
          entity="grids"
          filters={{ q, region, kind }}
          canImport={canWrite}
          onImported={list.reload}
        />
        <ErrorAlert error={list.error} onRetry={list.reload} />
        <Table<GridItem>
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
    </Card>
  );
}

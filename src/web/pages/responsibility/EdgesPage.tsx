import {
  Button,
  Card,
  Flex,
  Form,
  Popconfirm,
  Segmented,
  Select,
  Tag,
  Typography,
  message,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import {
  LEVEL_TARGETS,
  type ResponsibilityLevel,
} from '../../../domain/directory/responsibility.ts';
import {
  directoryPagesApi,
  type EdgeItem,
  type NewEdge,
} from '../../api/directoryPagesEndpoints.ts';
import { actionsColumn } from '../../components/listPage/actionsColumn.tsx';
import { FilterSelect, RegionFilter } from '../../components/listPage/ListFilters.tsx';
import { ListTable } from '../../components/listPage/ListTable.tsx';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { RemoteSelect } from '../../components/RemoteSelect.tsx';
import { SaveModal } from '../../components/SaveModal.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { chainLevelLabel, chainTargetLabel } from '../../i18n/directoryLabels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { PairsTable } from './PairsTable.tsx';
import {
  PersonField,
  searchGrids,
  searchHouseholds,
  searchOrgs,
  searchPersons,
  searchUnits,
} from '../directoryPickers.tsx';

type EdgeForm = Partial<NewEdge>;

const LEVELS = [1, 2, 3, 4, 5] as const;

/** 五级联包: who answers for which village, station, team, member, household or family member. */
export default function EdgesPage() {
  const { t } = useI18n();
  const session = useSession();
  const route = useListRoute('/responsibility/edges', ['region', 'level', 'view'], {
    valid: { level: (raw) => /^[1-5]$/.test(raw), view: (raw) => raw === 'pairs' },
  });
  const { region } = route.params;
  const level = route.params.level ? Number(route.params.level) : undefined;
  const view = route.params.view === 'pairs' ? 'pairs' : 'edges';
  const { page, pageSize, go } = route;
  const list = useApiQuery(
    (signal) => directoryPagesApi.edges({ region, level, page, pageSize }, signal),
    // the view is left out: switching to the pairs does not reload the hidden edges
    [region, level, page, pageSize],
  );
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<EdgeForm>();
  const chosenLevel = Form.useWatch('level', form) as ResponsibilityLevel | undefined;
  const chosenKind = Form.useWatch('targetKind', form);
  const chosenRegion = Form.useWatch('regionCode', form);
  const [error, setError] = useState<unknown>();
  const canWrite = session.can('directory.write');
  const required = [{ required: true, message: t('dp.required') }];

  const remove = async (edge: EdgeItem) => {
    setError(undefined);
    try {
      await directoryPagesApi.deleteEdge(edge.id);
      void message.success(t('edges.deleted'));
      list.reload();
    } catch (cause) {
      setError(cause);
    }
  };

  const columns: TableColumnsType<EdgeItem> = [
    {
      title: t('edges.level'),
      dataIndex: 'level',
      fixed: 'left',
      render: (l: number) => (
        <Tag color={['', 'red', 'volcano', 'orange', 'gold', 'green'][l]}>
          {chainLevelLabel(t, l)}
        </Tag>
      ),
    },
    {
      title: t('edges.responsible'),
      key: 'responsible',
      render: (_: unknown, e) => e.responsibleName ?? '—',
    },
    {
      title: t('edges.targetKind'),
      dataIndex: 'targetKind',
      render: (k: string) => chainTargetLabel(t, k),
    },
    {
      title: t('edges.target'),
      key: 'target',
      render: (_: unknown, e) => e.targetName ?? e.targetId,
    },
    {
      title: t('dp.region'),
      key: 'region',
      render: (_: unknown, e) => <span title={e.regionCode}>{e.regionName ?? e.regionCode}</span>,
    },
    ...actionsColumn<EdgeItem>(t('common.actions'), canWrite, (e) => (
      <Popconfirm
        title={t('edges.deleteConfirm')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onConfirm={() => void remove(e)}
      >
        <Button size="small" danger>
          {t('edges.delete')}
        </Button>
      </Popconfirm>
    )),
  ];

  const targetField = () => {
    switch (chosenKind) {
      case 'village':
        return <RegionPicker />;
      case 'street':
        return <RemoteSelect search={searchGrids(chosenRegion, 'street')} deps={[chosenRegion]} />;
      case 'enterprise':
        return <RemoteSelect search={searchUnits} />;
      case 'team':
        return <RemoteSelect search={searchOrgs(chosenRegion, 'groups')} deps={[chosenRegion]} />;
      case 'household':
        return <RemoteSelect search={searchHouseholds} placeholder={t('dp.personSearch')} />;
      case undefined:
        return <Select disabled />;
      default:
        return <RemoteSelect search={searchPersons} placeholder={t('dp.personSearch')} />;
    }
  };
  const withinField = () => {
    if (chosenLevel === 2) return <RegionPicker />;
    if (chosenLevel === 3)
      return <RemoteSelect search={searchOrgs(chosenRegion, 'groups')} deps={[chosenRegion]} />;
    return <RemoteSelect search={searchHouseholds} placeholder={t('dp.personSearch')} />;
  };

  return (
    <Card
      title={t('edges.title')}
      extra={
        canWrite &&
        view === 'edges' && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('dp.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Segmented
          value={view}
          options={[
            { value: 'edges', label: t('edges.viewEdges') },
            { value: 'pairs', label: t('edges.viewPairs') },
          ]}
          onChange={(next) =>
            go({ view: next === 'pairs' ? 'pairs' : undefined, level: undefined, page: 1 })
          }
        />
        <Flex gap={8} wrap align="center">
          <RegionFilter route={route} />
          {view === 'edges' && (
            <FilterSelect
              route={route}
              name="level"
              label={t('edges.filterLevel')}
              width={180}
              options={LEVELS.map((l) => ({ value: String(l), label: chainLevelLabel(t, l) }))}
            />
          )}
        </Flex>
        {view === 'pairs' ? (
          <>
            <Typography.Text type="secondary">{t('edges.pairsNote')}</Typography.Text>
            <PairsTable
              region={region}
              paging={route}
              canImport={canWrite}
              // The units and their staff are the county's: the form is the county office's.
              canCreate={canWrite && session.roles.some((g) => g.role === 'county_admin')}
            />
          </>
        ) : (
          <>
            <ListTable<EdgeItem>
              exchange={{
                entity: 'edges',
                filters: { region, level: level ? String(level) : undefined },
                canImport: canWrite,
              }}
              error={error}
              list={list}
              rowKey="id"
              columns={columns}
              paging={route}
            />
          </>
        )}
      </Flex>
      <SaveModal<EdgeForm>
        open={creating}
        title={t('dp.create')}
        form={form}
        initial={{ regionCode: region, level: 4, targetKind: 'household' }}
        savedText={t('dp.created')}
        save={(v) =>
          directoryPagesApi.createEdge({
            level: v.level ?? 4,
            responsibleId: v.responsibleId ?? '',
            targetKind: v.targetKind ?? '',
            targetId: v.targetId ?? '',
            regionCode: v.regionCode ?? '',
            ...(v.level === 2 || v.level === 3 || v.level === 5
              ? { withinId: v.withinId ?? null }
              : {}),
          })
        }
        onClose={() => setCreating(false)}
        onSaved={list.reload}
      >
        <Form.Item name="level" label={t('edges.level')} rules={required}>
          <Select<number>
            options={LEVELS.map((l) => ({ value: l, label: chainLevelLabel(t, l) }))}
            onChange={(l: number) =>
              form.setFieldsValue({
                targetKind: LEVEL_TARGETS[l as ResponsibilityLevel][0],
                targetId: undefined,
                withinId: undefined,
              })
            }
          />
        </Form.Item>
        <Form.Item name="regionCode" label={t('dp.region')} rules={required}>
          <RegionPicker />
        </Form.Item>
        <PersonField name="responsibleId" label={t('edges.responsible')} />
        <Form.Item name="targetKind" label={t('edges.targetKind')} rules={required}>
          <Select
            options={(chosenLevel ? LEVEL_TARGETS[chosenLevel] : []).map((k) => ({
              value: k,
              label: chainTargetLabel(t, k),
            }))}
            onChange={() => form.setFieldsValue({ targetId: undefined })}
          />
        </Form.Item>
        <Form.Item name="targetId" label={t('edges.target')} rules={required}>
          {targetField()}
        </Form.Item>
        {(chosenLevel === 2 || chosenLevel === 3 || chosenLevel === 5) && (
          <Form.Item
            name="withinId"
            label={t('edges.within')}
            extra={t('edges.withinHint')}
            rules={required}
          >
            {withinField()}
          </Form.Item>
        )}
      </SaveModal>
    </Card>
  );
}

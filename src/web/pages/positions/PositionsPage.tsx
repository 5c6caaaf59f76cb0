import { Checkbox, Form, Segmented, Select, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { POSITIONS } from '../../../domain/directory/positions.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import {
  directoryPagesApi,
  type NewPosition,
  type PositionItem,
} from '../../api/directoryPagesEndpoints.ts';
import { editColumn } from '../../components/listPage/actionsColumn.tsx';
import { CellLink } from '../../components/listPage/CellLink.tsx';
import { ListPage } from '../../components/listPage/ListPage.tsx';
import { regionColumn } from '../../components/listPage/regionColumn.ts';
import { RowEditModal } from '../../components/listPage/RowEditModal.tsx';
import { useEditableList } from '../../components/listPage/useEditableList.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { RemoteSelect } from '../../components/RemoteSelect.tsx';
import { useI18n } from '../../i18n/useI18n.ts';
import { PersonField, searchGrids, searchOrgs, searchUnits } from '../directoryPickers.tsx';
import { DateField } from '../../components/DateField.tsx';
import { formatDay } from '../../i18n/format.ts';

interface PositionForm {
  personId?: string;
  code?: string;
  regionCode?: string;
  orgId?: string;
  gridId?: string;
  dispatchingUnitId?: string;
  termEndDate?: string;
  startDate?: string;
  endDate?: string;
  goldMediator?: boolean;
}

const blank = (v: string | undefined) => (v && v.trim() !== '' ? v : null);

/** The `current` filter: current positions, past ones, or (absent) both. */
type Current = 'true' | 'false' | undefined;

/** 职务任职: who holds which position where, current and past (a position is ended, never deleted). */
export default function PositionsPage() {
  const { t, locale } = useI18n();
  const { route, list, editor, canWrite, create } = useEditableList(
    '/positions',
    ['region', 'code', 'current', 'person'],
    (query, signal) =>
      directoryPagesApi.positions({ ...query, current: query.current as Current }, signal),
  );
  const { region, code, person } = route.params;
  const current = route.params.current as Current;
  const { filter } = route;
  const [form] = Form.useForm<PositionForm>();
  const chosenCode = Form.useWatch('code', form);
  const chosenRegion = Form.useWatch('regionCode', form);
  const held = editor.row;
  const entry = POSITIONS.find((p) => p.code === (held?.code ?? chosenCode));
  const historyOf = person ? list.data?.items[0]?.personName : undefined;

  const columns: TableColumnsType<PositionItem> = [
    {
      title: t('positions.holder'),
      key: 'holder',
      fixed: 'left',
      render: (_: unknown, p) => (
        <CellLink
          title={t('positions.history')}
          onClick={() => filter({ person: p.personId, current: undefined, code: undefined })}
        >
          {p.personName ?? '—'}
        </CellLink>
      ),
    },
    {
      title: t('positions.code'),
      dataIndex: 'code',
      render: (c: string, p) => (
        <>
          {labelOf(POSITIONS, c, locale)}
          {p.goldMediator && (
            <Tag color="gold" style={{ marginLeft: 6 }}>
              {t('positions.goldMediator')}
            </Tag>
          )}
        </>
      ),
    },
    regionColumn(t('dp.region')),
    {
      title: t('positions.place'),
      key: 'place',
      render: (_: unknown, p) => p.orgName ?? p.gridName ?? '—',
    },
    {
      title: t('positions.dispatchingUnit'),
      key: 'unit',
      render: (_: unknown, p) =>
        p.dispatchingUnitName
          ? `${p.dispatchingUnitName}${p.termEndDate ? ` · ${t('positions.termEnd')} ${formatDay(p.termEndDate, locale)}` : ''}`
          : '—',
    },
    {
      title: t('positions.start'),
      dataIndex: 'startDate',
      render: (d: string) => formatDay(d, locale),
    },
    {
      title: t('positions.end'),
      key: 'end',
      render: (_: unknown, p) => (p.endDate ? formatDay(p.endDate, locale) : '—'),
    },
    {
      title: '',
      key: 'state',
      render: (_: unknown, p) =>
        p.current ? (
          <Tag color="green">{t('positions.current')}</Tag>
        ) : (
          <Tag>{t('positions.past')}</Tag>
        ),
    },
    ...editColumn<PositionItem>(
      t('common.actions'),
      canWrite,
      (p) => (p.current ? t('positions.endNow') : t('dp.edit')),
      editor.edit,
    ),
  ];

  const save = (v: PositionForm) => {
    if (held) {
      return directoryPagesApi.updatePosition(held.id, {
        startDate: v.startDate,
        endDate: blank(v.endDate),
        ...(entry?.dispatched ? { termEndDate: blank(v.termEndDate) } : {}),
        ...(entry?.code === 'mediator' ? { goldMediator: v.goldMediator ?? false } : {}),
      });
    }
    const body: NewPosition = {
      personId: v.personId ?? '',
      code: v.code ?? '',
      regionCode: v.regionCode ?? '',
      startDate: v.startDate ?? '',
      endDate: blank(v.endDate),
    };
    if (entry?.scope === 'org') body.orgId = v.orgId ?? null;
    if (entry?.scope === 'grid') body.gridId = v.gridId ?? null;
    if (entry?.dispatched)
      Object.assign(body, {
        dispatchingUnitId: v.dispatchingUnitId ?? null,
        termEndDate: blank(v.termEndDate),
      });
    if (entry?.code === 'mediator') body.goldMediator = v.goldMediator ?? false;
    return directoryPagesApi.createPosition(body);
  };
  const required = [{ required: true, message: t('dp.required') }];

  return (
    <ListPage
      title={t('positions.title')}
      create={create}
      route={route}
      filters={[
        { name: 'region' },
        { name: 'code', label: t('positions.filterCode'), width: 180, options: POSITIONS },
      ]}
      controls={
        <>
          <Segmented
            value={current ?? 'all'}
            options={[
              { value: 'true', label: t('positions.current') },
              { value: 'false', label: t('positions.past') },
              { value: 'all', label: t('positions.all') },
            ]}
            onChange={(value) => filter({ current: value === 'all' ? undefined : String(value) })}
          />
          {person && (
            <Tag closable color="blue" onClose={() => filter({ person: undefined })}>
              {t('positions.historyOf', { name: historyOf ?? '…' })}
            </Tag>
          )}
        </>
      }
      exchange={{ entity: 'positions', filters: { region, code, current }, canImport: canWrite }}
      list={list}
      rowKey="id"
      columns={columns}
    >
      <RowEditModal<PositionForm, PositionItem>
        editor={editor}
        naming={(p) => [p.personName ?? '', labelOf(POSITIONS, p.code, locale)]}
        form={form}
        initial={
          held
            ? {
                startDate: held.startDate,
                endDate: held.endDate ?? undefined,
                termEndDate: held.termEndDate ?? undefined,
                goldMediator: held.goldMediator,
              }
            : { regionCode: region }
        }
        save={save}
        onSaved={list.reload}
      >
        {!held && (
          <>
            <PersonField name="personId" label={t('positions.holder')} />
            <Form.Item name="code" label={t('positions.code')} rules={required}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={POSITIONS.map((p) => ({ value: p.code, label: p.label[locale] }))}
              />
            </Form.Item>
            <Form.Item name="regionCode" label={t('dp.region')} rules={required}>
              <RegionPicker />
            </Form.Item>
            {entry?.scope === 'org' && (
              <Form.Item name="orgId" label={t('positions.org')} rules={required}>
                <RemoteSelect search={searchOrgs(chosenRegion)} deps={[chosenRegion]} />
              </Form.Item>
            )}
            {entry?.scope === 'grid' && (
              <Form.Item name="gridId" label={t('positions.grid')} rules={required}>
                <RemoteSelect search={searchGrids(chosenRegion)} deps={[chosenRegion]} />
              </Form.Item>
            )}
            {entry?.dispatched && (
              <Form.Item
                name="dispatchingUnitId"
                label={t('positions.dispatchingUnit')}
                rules={required}
              >
                <RemoteSelect search={searchUnits} />
              </Form.Item>
            )}
          </>
        )}
        {entry?.dispatched && (
          <Form.Item name="termEndDate" label={t('positions.termEnd')} rules={required}>
            <DateField />
          </Form.Item>
        )}
        <Form.Item name="startDate" label={t('positions.start')} rules={required}>
          <DateField />
        </Form.Item>
        <Form.Item name="endDate" label={t('positions.end')}>
          <DateField />
        </Form.Item>
        {entry?.code === 'mediator' && (
          <Form.Item name="goldMediator" valuePropName="checked">
            <Checkbox>{t('positions.goldMediator')}</Checkbox>
          </Form.Item>
        )}
      </RowEditModal>
    </ListPage>
  );
}

import { Button, Card, Flex, Input, Select, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useLocation } from '../../router.tsx';
import {
  caseApi,
  type CaseItem,
  type CaseListQuery,
  type CaseView,
} from '../../api/caseEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { CaseDrawer } from './CaseDrawer.tsx';
import { OnBehalfModal } from './OnBehalfModal.tsx';
import { CASE_KINDS } from '../../../domain/cases/catalog.ts';
import { CASE_STATES } from '../../../domain/cases/lifecycle.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { STATE_COLORS, kindLabel, ownerText, stateLabel } from './labels.ts';

/** The list's filters (all optional): part of the title, a region, a state, a kind, overdue only. */
type CaseFilters = Pick<CaseListQuery, 'q' | 'region' | 'state' | 'kind' | 'overdue'>;

/** 事项办理 for cadres and reviewers: what waits for me, everything in my area, each case's full history. */
export default function CasesPage() {
  const { t, locale } = useI18n();
  const [view, setView] = useState<CaseView>('waiting');
  const [page, setPage] = useState(1);
  const [filters, setFilters] = useState<CaseFilters>({});
  const refine = (next: CaseFilters) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage(1);
  };
  // `?case=` opens one case (a warning or a figure links here), then the list goes on as usual
  const linked = useLocation().search.get('case');
  const [open, setOpen] = useState<string | null>(linked);
  const list = useApiQuery(
    (signal) => caseApi.list({ view, page, pageSize: 20, ...filters }, signal),
    [view, page, filters],
  );
  const [entering, setEntering] = useState(false);
  return (
    <Card
      title={t('nav.cases')}
      extra={
        <Button type="primary" onClick={() => setEntering(true)}>
          {t('cases.onBehalf')}
        </Button>
      }
    >
      <OnBehalfModal open={entering} onClose={() => setEntering(false)} onCreated={list.reload} />
      <Tabs
        activeKey={view}
        onChange={(v) => {
          setView(v as CaseView);
          setPage(1);
        }}
        items={[
          { key: 'waiting', label: t('cases.tab.waiting') },
          { key: 'scope', label: t('cases.tab.scope') },
        ]}
      />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t('cases.filter.q')}
          placeholder={t('cases.filter.q')}
          style={{ width: 220 }}
          onSearch={(value) => refine({ q: value.trim() || undefined })}
        />
        <RegionPicker
          allowClear
          placeholder={t('dp.filterRegion')}
          style={{ width: 220 }}
          value={filters.region}
          onChange={(region) => refine({ region })}
        />
        <Select<string>
          allowClear
          aria-label={t('cases.filter.state')}
          placeholder={t('cases.filter.state')}
          style={{ minWidth: 140 }}
          value={filters.state}
          options={CASE_STATES.map((s) => ({ value: s, label: stateLabel(t, s) }))}
          onChange={(state) => refine({ state: state as CaseFilters['state'] })}
        />
        <Select<string>
          allowClear
          aria-label={t('cases.filter.kind')}
          placeholder={t('cases.filter.kind')}
          style={{ minWidth: 140 }}
          value={filters.kind}
          options={CASE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
          onChange={(kind) => refine({ kind: kind as CaseFilters['kind'] })}
        />
        <Select<string>
          allowClear
          aria-label={t('cases.filter.overdue')}
          placeholder={t('cases.filter.overdue')}
          style={{ minWidth: 120 }}
          value={filters.overdue}
          options={[{ value: 'true', label: t('cases.overdue') }]}
          onChange={(overdue) => refine({ overdue: overdue as CaseFilters['overdue'] })}
        />
      </Flex>
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={list.reload} />
      ) : (
        <Table<CaseItem>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 800 }}
          onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            { title: t('cases.submit.titleField'), dataIndex: 'title' },
            {
              title: t('cases.state'),
              dataIndex: 'state',
              render: (s: string, r) => (
                <>
                  <Tag color={STATE_COLORS[s]}>{stateLabel(t, s)}</Tag>
                  {r.overdue && <Tag color="red">{t('cases.overdue')}</Tag>}
                </>
              ),
            },
            {
              title: t('cases.owner'),
              dataIndex: 'owner',
              render: (_: unknown, r) => ownerText(t, r.owner),
            },
            { title: t('cases.escalations'), dataIndex: 'escalations' },
            {
              title: t('cases.createdAt'),
              dataIndex: 'createdAt',
              render: (v: string) => formatDateTime(v, locale),
            },
          ]}
        />
      )}
      {open && <CaseDrawer id={open} onClose={() => setOpen(null)} onChanged={list.reload} />}
    </Card>
  );
}

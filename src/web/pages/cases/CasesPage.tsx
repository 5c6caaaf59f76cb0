import { Button, Card, Flex, Input, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
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
import { FilterSelect, RegionFilter } from '../../components/listPage/ListFilters.tsx';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { STATE_COLORS, kindLabel, ownerText, stateLabel } from './labels.ts';

const VIEWS = ['waiting', 'scope'] as const;
const isView = (raw: string) => (VIEWS as readonly string[]).includes(raw);

/** 事项办理 for cadres and reviewers: what waits for me, everything in my area, each case's full history. */
export default function CasesPage() {
  const { t, locale } = useI18n();
  // The tab, the filters and the open case live in the URL (a warning or a figure links to
  // `?case=`), as on every list page: part of the title, a region, a state, a kind, overdue only.
  const route = useListRoute(
    '/cases',
    ['view', 'q', 'region', 'state', 'kind', 'overdue', 'case'],
    {
      viewKeys: ['case'],
      valid: {
        view: isView,
        state: (raw) => (CASE_STATES as readonly string[]).includes(raw),
        kind: (raw) => (CASE_KINDS as readonly string[]).includes(raw),
        overdue: (raw) => raw === 'true',
      },
    },
  );
  const { q, region, state, kind, overdue } = route.params;
  const view = (route.params.view ?? 'waiting') as CaseView;
  const { page, pageSize } = route;
  const list = useApiQuery(
    (signal) =>
      caseApi.list(
        { view, page, pageSize, q, region, state, kind, overdue } as CaseListQuery,
        signal,
      ),
    route.deps,
  );
  const open = route.params.case;
  const setOpen = (id: string | undefined) => route.go({ case: id });
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
        onChange={(v) => route.filter({ view: v === 'waiting' ? undefined : v })}
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
          defaultValue={q}
          onSearch={(value) => route.filter({ q: value.trim() || undefined })}
        />
        <RegionFilter route={route} />
        <FilterSelect
          route={route}
          name="state"
          label={t('cases.filter.state')}
          width={140}
          options={CASE_STATES.map((s) => ({ value: s, label: stateLabel(t, s) }))}
        />
        <FilterSelect
          route={route}
          name="kind"
          label={t('cases.filter.kind')}
          width={140}
          options={CASE_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))}
        />
        <FilterSelect
          route={route}
          name="overdue"
          label={t('cases.filter.overdue')}
          width={120}
          options={[{ value: 'true', label: t('cases.overdue') }]}
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
            pageSize,
            total: list.data?.total ?? 0,
            onChange: (next) => route.go({ page: next }),
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
      {open && <CaseDrawer id={open} onClose={() => setOpen(undefined)} onChanged={list.reload} />}
    </Card>
  );
}

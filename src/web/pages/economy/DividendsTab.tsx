import { Button, Descriptions, Drawer, Popconfirm, Space, Table, Tag, message } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useSession } from '../../session.tsx';
import { dividendSplitItems } from './DividendHoldings.tsx';
import { DividendProposalModal } from './DividendProposalModal.tsx';
import { dividendApi, type DividendRun, type DividendRunList } from './dividendApi.ts';
import { yuan, yuanColumn } from './labels.ts';

type RunRow = DividendRunList['items'][number];
const STATUS_COLOR = { draft: 'orange', approved: 'blue', published: 'green' } as const;
const statusKey = (s: RunRow['status']) => `econ.div.status.${s}` as MessageKey;

/** 分红: the runs of the villages in view; a run opens with each household's amount and its next step. */
export function DividendsTab({
  region,
  initialRun,
}: {
  region: string | undefined;
  initialRun?: string | undefined;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | undefined>(initialRun);
  const [proposing, setProposing] = useState(false);
  const list = useApiQuery((s) => dividendApi.list(region, s), [region]);
  // the village's cadres propose a run; the township approves it
  const proposes = useSession().roles.some((r) => r.role === 'village_cadre');
  return (
    <>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {proposes && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setProposing(true)}>
          {t('econ.div.propose')}
        </Button>
      )}
      {proposing && (
        <DividendProposalModal
          region={region}
          onClose={() => setProposing(false)}
          onSaved={(run) => {
            list.reload();
            setOpen(run.id);
          }}
        />
      )}
      <Table<RunRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('econ.div.empty') }}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        scroll={{ x: 640 }}
        columns={[
          { title: t('econ.div.payer'), dataIndex: 'payer' },
          { title: t('econ.div.year'), dataIndex: 'year' },
          yuanColumn(t('econ.div.total'), 'total', (r: RunRow) => r.distributableFen),
          yuanColumn(t('econ.div.households'), 'households', (r: RunRow) => r.householdsFen),
          {
            title: t('econ.div.status'),
            key: 'status',
            render: (_: unknown, r: RunRow) => (
              <Tag color={STATUS_COLOR[r.status]}>{t(statusKey(r.status))}</Tag>
            ),
          },
        ]}
      />
      {open && (
        <RunDrawer id={open} onClose={() => setOpen(undefined)} onChanged={() => list.reload()} />
      )}
    </>
  );
}

function RunDrawer(props: { id: string; onClose: () => void; onChanged: () => void }) {
  const { id, onClose, onChanged } = props;
  const { t } = useI18n();
  const q = useApiQuery((s) => dividendApi.get(id, s), [id]);
  const submit = useSubmit();
  const run = q.data;
  const step = (work: (id: string) => Promise<DividendRun>, done: MessageKey) =>
    void submit.run(async () => {
      await work(id);
      void message.success(t(done));
      q.reload();
      onChanged();
    });
  return (
    <Drawer open width="min(640px, 100vw)" onClose={onClose} title={run?.payer ?? ''}>
      <ErrorAlert error={q.error ?? submit.error} />
      {run && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('econ.div.status')}>
              <Tag color={STATUS_COLOR[run.status]}>{t(statusKey(run.status))}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('econ.div.total')}>
              {yuan(run.distributableFen)}
            </Descriptions.Item>
            {dividendSplitItems(t, run)}
          </Descriptions>
          <Space>
            {run.can.approve && (
              <Popconfirm
                title={t('econ.div.approveConfirm')}
                onConfirm={() => step(dividendApi.approve, 'econ.div.approved')}
              >
                <Button type="primary" loading={submit.busy}>
                  {t('econ.div.approve')}
                </Button>
              </Popconfirm>
            )}
            {run.can.publish && (
              <Popconfirm
                title={t('econ.div.publishConfirm')}
                onConfirm={() => step(dividendApi.publish, 'econ.div.published')}
              >
                <Button type="primary" loading={submit.busy}>
                  {t('econ.div.publish')}
                </Button>
              </Popconfirm>
            )}
          </Space>
          <Table
            rowKey="householdId"
            size="small"
            pagination={{ pageSize: 20 }}
            dataSource={run.shares}
            columns={[
              { title: t('econ.div.head'), dataIndex: 'headName' },
              {
                title: t('econ.div.units'),
                key: 'units',
                render: (_: unknown, s: DividendRun['shares'][number]) =>
                  t('econ.div.unitsText', {
                    land: (s.units.land / 100).toFixed(2),
                    cash: s.units.cash,
                    member: s.units.member,
                  }),
              },
              yuanColumn(
                t('econ.div.amount'),
                'amount',
                (s: DividendRun['shares'][number]) => s.amountFen,
              ),
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}

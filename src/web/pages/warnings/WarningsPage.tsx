import {
  Button,
  Card,
  Flex,
  Form,
  Grid,
  Input,
  List,
  Pagination,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  message,
} from 'antd';
import { useState } from 'react';
import { WARNING_KINDS, type WarningDecision } from '../../../domain/insights/warnings.ts';
import { warningApi, type Warning } from '../../api/warningEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { regionColumn } from '../../components/listPage/regionColumn.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useSubmit } from '../../components/useSubmit.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, navigate, useLocation, withQuery } from '../../router.tsx';
import { warningReason } from './reason.ts';
import { formatInstantDay } from '../../i18n/format.ts';

const STATUSES = ['open', 'acknowledged', 'resolved', 'all'] as const;
const PAGE_SIZE = 20;
const kindKey = (kind: string) => `warnings.kind.${kind}` as MessageKey;

/**
 * 预警中心: what needs attention in a region, each with its reason and the records behind it;
 * 知悉 / 已处理 with a note. Region, kind, status and page live in the address.
 */
export default function WarningsPage() {
  const { t, locale } = useI18n();
  const { pathname, search } = useLocation();
  const region = search.get('region') ?? undefined;
  const kind = search.get('kind') ?? undefined;
  const status = search.get('status') ?? 'open';
  const page = Number(search.get('page') ?? '1') || 1;
  const go = (change: Record<string, string | undefined>) =>
    navigate(withQuery(pathname, { region, kind, status, page: undefined, ...change }));
  const query = useApiQuery(
    (signal) => warningApi.list({ region, kind, status, page, pageSize: PAGE_SIZE }, signal),
    [region, kind, status, page],
  );
  const data = query.data;
  // a phone gets cards (kind, place, reason, actions) instead of a table wider than the screen
  const wide = Grid.useBreakpoint().md ?? true;
  const [deciding, setDeciding] = useState<{ warning: Warning; status: WarningDecision }>();
  const [form] = Form.useForm<{ note: string }>();
  const submit = useSubmit();
  const save = ({ note }: { note: string }) =>
    void submit.run(async () => {
      if (!deciding) return;
      await warningApi.decide(deciding.warning.key, { status: deciding.status, note });
      void message.success(t('warnings.saved'));
      setDeciding(undefined);
      query.reload();
    });
  const open = (warning: Warning, decision: WarningDecision) => {
    form.resetFields();
    submit.setError(undefined);
    setDeciding({ warning, status: decision });
  };

  const actions = (w: Warning) => (
    <Space size="small" wrap>
      <Link to={w.link}>{t('warnings.records')}</Link>
      {w.canDecide && !w.decision && (
        <Button size="small" onClick={() => open(w, 'acknowledged')}>
          {t('warnings.acknowledge')}
        </Button>
      )}
      {w.canDecide && w.decision?.status !== 'resolved' && (
        <Button size="small" type="primary" onClick={() => open(w, 'resolved')}>
          {t('warnings.resolve')}
        </Button>
      )}
    </Space>
  );
  const decisionOf = (w: Warning) =>
    w.decision ? (
      <span>
        <Tag color={w.decision.status === 'resolved' ? 'green' : 'blue'}>
          {t(`warnings.${w.decision.status}`)}
        </Tag>
        {w.decision.note}
      </span>
    ) : (
      '—'
    );
  const paging = {
    current: page,
    pageSize: PAGE_SIZE,
    total: data?.total ?? 0,
    showSizeChanger: false,
    onChange: (next: number) => go({ page: String(next) }),
  };

  const columns = [
    {
      title: t('warnings.col.kind'),
      key: 'kind',
      render: (_: unknown, w: Warning) => <Tag color="orange">{t(kindKey(w.kind))}</Tag>,
    },
    regionColumn<Warning>(t('warnings.col.region')),
    { title: t('warnings.col.subject'), dataIndex: 'subject', key: 'subject' },
    {
      title: t('warnings.col.reason'),
      key: 'reason',
      render: (_: unknown, w: Warning) => warningReason(t, w),
    },
    {
      title: t('warnings.col.since'),
      key: 'since',
      render: (_: unknown, w: Warning) => (w.since ? formatInstantDay(w.since, locale) : '—'),
    },
    {
      title: t('warnings.col.decision'),
      key: 'decision',
      render: (_: unknown, w: Warning) => decisionOf(w),
    },
    {
      title: '',
      key: 'actions',
      render: (_: unknown, w: Warning) => actions(w),
    },
  ];

  return (
    <Card title={t('warnings.title', { region: data?.region.name ?? '' })}>
      <Flex vertical gap={12}>
        <Flex gap={12} wrap>
          <RegionPicker
            value={region}
            placeholder={data?.region.name}
            allowClear
            onChange={(next) => go({ region: next })}
            style={{ minWidth: 240 }}
          />
          <Select
            aria-label={t('warnings.kindFilter')}
            value={kind ?? ''}
            style={{ minWidth: 200 }}
            onChange={(next: string) => go({ kind: next || undefined })}
            options={[
              { value: '', label: t('warnings.allKinds') },
              ...WARNING_KINDS.map((k) => ({
                value: k,
                label: `${t(kindKey(k))}（${data?.open[k] ?? 0}）`,
              })),
            ]}
          />
          <Segmented
            value={status}
            onChange={(next) => go({ status: String(next) })}
            options={STATUSES.map((s) => ({ value: s, label: t(`warnings.${s}`) }))}
          />
        </Flex>
        <ErrorAlert error={query.error} onRetry={query.reload} />
        {wide ? (
          <Table<Warning>
            rowKey="key"
            size="small"
            loading={query.loading}
            columns={columns}
            dataSource={data?.items ?? []}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('warnings.empty') }}
            pagination={paging}
          />
        ) : (
          <>
            <List<Warning>
              loading={query.loading}
              dataSource={data?.items ?? []}
              locale={{ emptyText: t('warnings.empty') }}
              renderItem={(w) => (
                <List.Item key={w.key} className="lingyan-warning-card">
                  <Flex vertical gap={4} style={{ width: '100%' }}>
                    <span>
                      <Tag color="orange">{t(kindKey(w.kind))}</Tag>
                      {w.regionName ?? w.regionCode} · {w.subject}
                    </span>
                    <span>{warningReason(t, w)}</span>
                    {w.decision && decisionOf(w)}
                    {actions(w)}
                  </Flex>
                </List.Item>
              )}
            />
            <Pagination {...paging} size="small" />
          </>
        )}
      </Flex>
      <FormModal<{ note: string }>
        open={deciding !== undefined}
        title={t('warnings.decideTitle', {
          action: deciding ? t(`warnings.${deciding.status}`) : '',
          subject: deciding?.warning.subject ?? '',
        })}
        form={form}
        busy={submit.busy}
        error={submit.error}
        onFinish={save}
        onCancel={() => setDeciding(undefined)}
      >
        <Form.Item
          name="note"
          label={t('warnings.note')}
          rules={[{ required: true, whitespace: true, message: t('warnings.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

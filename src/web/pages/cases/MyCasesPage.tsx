import {
  Alert,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Rate,
  Select,
  Space,
  Tabs,
  Tag,
  Typography,
  message,
} from 'antd';
import { Suspense, lazy, useEffect, useState, useSyncExternalStore } from 'react';
import { useLocation } from '../../router.tsx';
import { caseApi, type CaseItem, type CaseView } from '../../api/caseEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { STATE_COLORS, ownerText, stateLabel } from './labels.ts';
import {
  dismiss,
  enqueue,
  flushOutbox,
  outboxEntries,
  outboxVersion,
  setOutboxOwner,
  subscribeOutbox,
  type OutboxEntry,
} from '../../offline/outbox.ts';
import { useSession } from '../../session.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { CaseTextFields } from './CaseTextFields.tsx';

// 随手办: the phone page for villagers and party members. Every write goes through the outbox, so
// it works the same with or without signal; lists refresh when the outbox has sent something.

// The case sheet (history, photos, the handler's steps) loads on the first tap, not with the page:
// a villager's first phone page stays light (issue 15 part 7).
const CaseDrawer = lazy(() => import('./CaseDrawer.tsx').then((m) => ({ default: m.CaseDrawer })));

// The 类别 list, grouped as a villager thinks of it: a problem to report, a wish, an errand; a
// 人大代表 also sends the opinions (代表建议) gathered from residents.
const SELF_KINDS = ['request', 'wish', 'service'] as const;
const DEPUTY_KINDS = ['opinion', ...SELF_KINDS] as const;
const QUEUED_TOAST = 'lingyan-outbox-queued';

function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
  );
}

let snapshot: { version: number; entries: OutboxEntry[] } = { version: -1, entries: [] };
const subscribe = (listener: () => void) => subscribeOutbox(listener);
const outboxSnapshot = (): OutboxEntry[] => {
  if (snapshot.version !== outboxVersion())
    snapshot = { version: outboxVersion(), entries: outboxEntries() };
  return snapshot.entries;
};

function CaseRow({
  item,
  view,
  onAct,
  onOpen,
}: {
  item: CaseItem;
  view: string;
  onAct: (item: CaseItem, body: Record<string, unknown>) => void;
  onOpen: (item: CaseItem) => void;
}) {
  const { t, locale } = useI18n();
  // a rating starts empty: a default would be a rating nobody gave
  const [rating, setRating] = useState(0);
  const rated = rating ? { rating } : {};
  const mineOpen = view === 'mine' && item.state === 'resolved';
  const workable =
    view === 'waiting' && ['assigned', 'in_progress', 'reopened'].includes(item.state);
  return (
    <List.Item className="lingyan-case-row">
      <Flex vertical gap={6} style={{ width: '100%' }}>
        <Flex justify="space-between" gap={8} wrap>
          <Typography.Link strong onClick={() => onOpen(item)} className="lingyan-case-open">
            {item.title}
          </Typography.Link>
          <Tag color={STATE_COLORS[item.state]}>{stateLabel(t, item.state)}</Tag>
        </Flex>
        <Typography.Text type="secondary">
          {t('cases.owner')}：{ownerText(t, item.owner)}
          {item.overdue && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('cases.overdue')}
            </Tag>
          )}
        </Typography.Text>
        {workable && item.dueAt && (
          <Typography.Text type="secondary">
            {t('cases.due')}：{formatDateTime(item.dueAt, locale)}
          </Typography.Text>
        )}
        {item.rating !== null && (
          <Typography.Text>{t('cases.rated', { rating: item.rating })}</Typography.Text>
        )}
        {workable && (
          <Space wrap>
            {item.state !== 'in_progress' && (
              <Button onClick={() => onAct(item, { type: 'start' })}>
                {t('cases.action.start')}
              </Button>
            )}
            {/* 办结 and 上报 take a note, a photo and a confirmation: in the case itself */}
            <Button type="primary" onClick={() => onOpen(item)}>
              {t('cases.action.resolve')}
            </Button>
          </Space>
        )}
        {mineOpen && (
          <Flex vertical gap={8}>
            <Space align="center">
              <span>{t('cases.action.rate')}</span>
              <Rate value={rating} onChange={setRating} aria-label={t('cases.action.rate')} />
            </Space>
            <Space wrap>
              <Button type="primary" onClick={() => onAct(item, { type: 'confirm', ...rated })}>
                {t('cases.action.confirm')}
              </Button>
              <Button
                danger
                onClick={() =>
                  onAct(item, { type: 'reject', ...rated, note: t('cases.action.reject') })
                }
              >
                {t('cases.action.reject')}
              </Button>
            </Space>
          </Flex>
        )}
      </Flex>
    </List.Item>
  );
}

export default function MyCasesPage() {
  const { t, locale } = useI18n();
  const { username, can, roles } = useSession();
  setOutboxOwner(username);
  const online = useOnline();
  const outbox = useSyncExternalStore(subscribe, outboxSnapshot);
  // A party member's work comes first: what waits for him, then his own requests.
  const handles = can('cases.handle');
  // `?view=waiting` or `?view=inbox` (the to-do links here) opens that tab
  const asked = useLocation().search.get('view');
  const [view, setView] = useState<CaseView | 'inbox'>(
    asked === 'waiting' || asked === 'inbox' || asked === 'mine'
      ? asked
      : handles
        ? 'waiting'
        : 'mine',
  );
  const [opened, setOpened] = useState<string | null>(null);
  const [where, setWhere] = useState<{ lat: number; lng: number } | null>(null);
  const locate = () =>
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setWhere({ lat: p.coords.latitude, lng: p.coords.longitude });
        void message.success(t('cases.submit.locationAdded'));
      },
      () => void message.warning(t('cases.submit.locationFailed')),
      { timeout: 10_000 },
    );
  const [form] = Form.useForm<{
    typeCode: string;
    title: string;
    description: string;
    place?: string;
  }>();
  const types = useApiQuery((signal) => caseApi.types(signal), []);
  const list = useApiQuery(
    (signal) => caseApi.list({ view: view === 'inbox' ? 'mine' : view, pageSize: 50 }, signal),
    [view],
  );
  const inbox = useApiQuery((signal) => caseApi.inbox(signal), [view]);
  const waiting = outbox.filter((e) => !e.error).length;

  // When the outbox has sent something, the lists show it; try sending on every visit too.
  useEffect(() => {
    const reload = list.reload;
    const off = subscribeOutbox(() => {
      // offline, keep what was last loaded instead of an error in place of the list
      if (navigator.onLine) reload();
      // "saved on this phone" is no longer true once everything is sent
      if (!outboxEntries().some((e) => !e.error)) message.destroy(QUEUED_TOAST);
    });
    void flushOutbox();
    return off;
  }, [list.reload]);
  // Phones do not always say when the signal is back: retry every few seconds while something waits.
  useEffect(() => {
    if (online) void flushOutbox();
    if (waiting === 0) return;
    const timer = window.setInterval(() => void flushOutbox(), 4000);
    return () => window.clearInterval(timer);
  }, [online, waiting]);

  const active = (types.data?.items ?? []).filter((ct) => ct.active);
  const kinds = roles.some((g) => g.role === 'deputy') ? DEPUTY_KINDS : SELF_KINDS;
  const options = kinds
    .map((kind) => ({
      label: t(`cases.submit.group.${kind}`),
      options: active
        .filter((ct) => ct.kind === kind)
        .map((ct) => ({ value: ct.code, label: locale === 'en' ? ct.name.en : ct.name.zh })),
    }))
    .filter((group) => group.options.length > 0);

  const submit = (values: {
    typeCode: string;
    title: string;
    description: string;
    place?: string;
  }) => {
    enqueue({
      path: '/api/v1/cases',
      body: {
        typeCode: values.typeCode,
        title: values.title,
        description: values.description,
        ...(values.place ? { place: values.place } : {}),
        ...(where ?? {}),
        channel: 'app',
        fields: {},
      },
      label: values.title,
    });
    form.resetFields(['title', 'description', 'place']);
    setWhere(null);
    void message.info(
      navigator.onLine
        ? t('cases.submit.sent')
        : { key: QUEUED_TOAST, content: t('cases.submit.queued') },
    );
  };
  const act = (item: CaseItem, body: Record<string, unknown>) => {
    enqueue({
      path: `/api/v1/cases/${item.id}/actions`,
      body,
      label: `${item.title} · ${String(body.type)}`,
    });
    if (!navigator.onLine)
      void message.info({ key: QUEUED_TOAST, content: t('cases.action.queued') });
  };

  const submitForm = (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ typeCode: 'request' }}>
      <Form.Item name="typeCode" label={t('cases.submit.type')} rules={[{ required: true }]}>
        <Select options={options} showSearch optionFilterProp="label" />
      </Form.Item>
      <CaseTextFields />
      <Form.Item name="place" label={t('cases.submit.place')}>
        <Input />
      </Form.Item>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Button onClick={locate} disabled={!('geolocation' in navigator)}>
          {where ? t('cases.submit.locationAdded') : t('cases.submit.location')}
        </Button>
        <Typography.Text type="secondary">{t('cases.submit.photoLater')}</Typography.Text>
      </Flex>
      <Button type="primary" htmlType="submit" block>
        {t('cases.submit.send')}
      </Button>
    </Form>
  );
  const submitCard = (
    <Card title={t('cases.submit.title')} size="small">
      {submitForm}
    </Card>
  );

  return (
    <Flex vertical gap={16} className="lingyan-cases-mobile">
      {!online && <Alert type="warning" showIcon message={t('cases.outbox.offline')} />}
      {!handles && submitCard}
      {outbox.length > 0 && (
        <Card
          size="small"
          title={t('cases.outbox.title', { count: waiting })}
          className="lingyan-outbox"
        >
          <List
            size="small"
            dataSource={outbox}
            renderItem={(e) => (
              <List.Item
                key={e.key}
                actions={
                  e.error
                    ? [
                        <Button key="d" size="small" onClick={() => dismiss(e.key)}>
                          {t('cases.outbox.dismiss')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Typography.Text>{e.label}</Typography.Text>
                {e.error && (
                  <Typography.Text type="danger">
                    {' '}
                    {t('cases.outbox.refused', { message: e.error })}
                  </Typography.Text>
                )}
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card size="small">
        <Tabs
          activeKey={view}
          onChange={(key) => setView(key as CaseView | 'inbox')}
          items={[
            { key: 'mine', label: t('cases.tab.mine') },
            { key: 'waiting', label: t('cases.tab.waiting') },
            { key: 'inbox', label: t('cases.tab.inbox', { count: inbox.data?.unread ?? 0 }) },
          ]}
        />
        {view === 'inbox' ? (
          <List
            dataSource={inbox.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('cases.empty')} /> }}
            renderItem={(n) => (
              <List.Item
                key={n.id}
                onClick={() => {
                  if (!n.readAt) void caseApi.read(n.id).then(inbox.reload);
                }}
                style={{ cursor: n.readAt ? 'default' : 'pointer' }}
              >
                <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
              </List.Item>
            )}
          />
        ) : list.error ? (
          <ErrorAlert error={list.error} onRetry={list.reload} />
        ) : (list.data?.items.length ?? 0) === 0 ? (
          <Empty description={t('cases.empty')} />
        ) : (
          <List
            dataSource={list.data?.items ?? []}
            renderItem={(item) => (
              <CaseRow
                key={item.id}
                item={item}
                view={view}
                onAct={act}
                onOpen={(i) => setOpened(i.id)}
              />
            )}
          />
        )}
      </Card>
      {handles && (
        <Collapse
          items={[{ key: 'submit', label: t('cases.submit.title'), children: submitForm }]}
        />
      )}
      {opened && (
        <Suspense fallback={null}>
          <CaseDrawer id={opened} onClose={() => setOpened(null)} onChanged={list.reload} />
        </Suspense>
      )}
    </Flex>
  );
}

import {
  Button,
  Card,
  Descriptions,
  Drawer,
  Flex,
  Input,
  Popconfirm,
  Rate,
  Space,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { caseApi, type CaseAction, type CaseDetail } from '../../api/caseEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { KindSteps } from './KindSteps.tsx';
import { STATE_COLORS, eventLabel, ownerText, stateLabel, stepLabel } from './labels.ts';

const OPEN = ['assigned', 'in_progress', 'reopened'];

/** 一键拨号: the number comes through the audited reveal only when the handler asks for it. */
function CallButton({ id }: { id: string }) {
  const { t } = useI18n();
  const [phone, setPhone] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  if (phone)
    return (
      <Button type="link" href={`tel:${phone}`} className="lingyan-call-link">
        {t('cases.call.dial', { phone })}
      </Button>
    );
  return (
    <Flex vertical gap={4}>
      <Button
        onClick={() =>
          void caseApi.call(id).then(
            (answer) => {
              setPhone(answer.phone);
              if (answer.phone) window.location.href = `tel:${answer.phone}`;
            },
            (e: unknown) => setError(e),
          )
        }
      >
        {t('cases.call')}
      </Button>
      {phone === null && <Typography.Text type="secondary">{t('cases.call.none')}</Typography.Text>}
      {error !== null && <ErrorAlert error={error} />}
    </Flex>
  );
}

/** Photos and files of the case: listed for everyone who sees it, added by its handler or requester. */
function Attachments({ c, onAdded }: { c: CaseDetail; onAdded: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  return (
    <Flex vertical gap={8}>
      {c.attachments.map((a) => (
        <a key={a.id} href={caseApi.attachmentUrl(c.id, a.id)} target="_blank" rel="noreferrer">
          {a.name}
        </a>
      ))}
      {c.can.attach && (
        <Upload
          accept="image/jpeg,image/png,application/pdf"
          showUploadList={false}
          customRequest={({ file, onSuccess, onError }) => {
            setError(null);
            caseApi.attach(c.id, file as File).then(
              (stored) => {
                onSuccess?.(stored);
                onAdded();
              },
              (e: unknown) => {
                setError(e);
                onError?.(e as Error);
              },
            );
          }}
        >
          <Button>{t('cases.photo.add')}</Button>
        </Upload>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </Flex>
  );
}

/** One case: its facts, the steps the caller may take now, its whole history — on a desk or a phone. */
export function CaseDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const detail = useApiQuery((signal) => caseApi.get(id, signal), [id]);
  const [note, setNote] = useState('');
  const [rating, setRating] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const c: CaseDetail | undefined = detail.data;
  const changed = () => {
    detail.reload();
    onChanged();
  };
  // The note box joins any action; the server refuses an escalation or a rejection without one.
  const act = async (body: Partial<CaseAction> & Pick<CaseAction, 'type'>) => {
    setBusy(true);
    setError(null);
    try {
      await caseApi.act(id, { ...body, ...(note ? { note } : {}) } as CaseAction);
      setNote('');
      changed();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const open = c && OPEN.includes(c.state);
  const noteBox = (
    <Input.TextArea
      rows={2}
      placeholder={t('cases.note')}
      value={note}
      onChange={(e) => setNote(e.target.value)}
      aria-label={t('cases.note')}
    />
  );
  return (
    <Drawer open width="min(560px, 100vw)" onClose={onClose} title={c?.title ?? ''}>
      <ErrorAlert error={detail.error} onRetry={detail.reload} />
      {c && (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('cases.state')}>
              <Tag color={STATE_COLORS[c.state]}>{stateLabel(t, c.state)}</Tag>
              {c.overdue && <Tag color="red">{t('cases.overdue')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.owner')}>{ownerText(t, c.owner)}</Descriptions.Item>
            <Descriptions.Item label={t('cases.requester')}>
              <Space wrap>
                {c.requester.name ?? '—'}
                {c.can.call && open && <CallButton id={c.id} />}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.place')}>{c.place ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('cases.due')}>
              {c.dueAt ? formatDateTime(c.dueAt, locale) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.submit.description')}>
              {c.description}
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.photos')}>
              <Attachments c={c} onAdded={changed} />
            </Descriptions.Item>
          </Descriptions>
          {error !== null && <ErrorAlert error={error} />}
          <KindSteps c={c} onActed={changed} />
          {c.can.handle && open && (
            <Flex vertical gap={8}>
              {noteBox}
              <Space wrap>
                {c.state !== 'in_progress' && (
                  <Button loading={busy} onClick={() => void act({ type: 'start' })}>
                    {t('cases.action.start')}
                  </Button>
                )}
                <Popconfirm
                  title={t('cases.resolve.confirm')}
                  description={t('cases.resolve.confirmHint')}
                  okText={t('cases.action.resolve')}
                  onConfirm={() => act({ type: 'resolve' })}
                >
                  <Button type="primary" loading={busy}>
                    {t('cases.action.resolve')}
                  </Button>
                </Popconfirm>
                <Button
                  danger
                  loading={busy}
                  disabled={!note}
                  title={note ? undefined : t('cases.escalate.needsReason')}
                  onClick={() => void act({ type: 'escalate' })}
                >
                  {t('cases.action.escalate')}
                </Button>
              </Space>
            </Flex>
          )}
          {c.can.confirm && (
            <Flex vertical gap={8}>
              <Space align="center">
                <span>{t('cases.action.rate')}</span>
                {/* a rating starts empty: a default would be a rating nobody gave */}
                <Rate value={rating} onChange={setRating} aria-label={t('cases.action.rate')} />
              </Space>
              {noteBox}
              <Space wrap>
                <Button
                  type="primary"
                  loading={busy}
                  onClick={() => void act({ type: 'confirm', ...(rating ? { rating } : {}) })}
                >
                  {t('cases.action.confirm')}
                </Button>
                <Button
                  danger
                  loading={busy}
                  disabled={!note}
                  onClick={() => void act({ type: 'reject', ...(rating ? { rating } : {}) })}
                >
                  {t('cases.action.reject')}
                </Button>
              </Space>
            </Flex>
          )}
          {c.can.handle && (c.state === 'confirmed' || c.state === 'auto_confirmed') && (
            <Button onClick={() => void act({ type: 'close' })}>{t('cases.action.close')}</Button>
          )}
          <Card size="small" title={t('cases.history')}>
            <Timeline
              items={c.events.map((e) => ({
                key: e.id,
                color:
                  e.type === 'escalate' || e.type === 'overdue'
                    ? 'red'
                    : e.type === 'resolve'
                      ? 'green'
                      : 'blue',
                children: (
                  <Flex vertical>
                    <Typography.Text strong>
                      {eventLabel(t, e.type)} · {e.ownerName ?? ''}（{stepLabel(t, e.ownerStep)}）
                    </Typography.Text>
                    {e.type === 'escalate' && (
                      <Typography.Text type="secondary">
                        {e.data?.reason === 'sla'
                          ? t('caseEvent.slaReason')
                          : t('caseEvent.authorityReason')}
                      </Typography.Text>
                    )}
                    {e.note && <Typography.Text>{e.note}</Typography.Text>}
                    <Typography.Text type="secondary">
                      {formatDateTime(e.at, locale)}
                    </Typography.Text>
                  </Flex>
                ),
              }))}
            />
          </Card>
        </Flex>
      )}
    </Drawer>
  );
}

import {
  Button,
  Checkbox,
  Descriptions,
  Divider,
  Drawer,
  Flex,
  Input,
  Select,
  Table,
  Tag,
  Timeline,
  Typography,
  message,
} from 'antd';
import { useState } from 'react';
import { metricByKey, metricName } from '../../../domain/evaluation/metrics.ts';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import type { EvaluationDetail } from '../../api/evaluationTypes.ts';
import { describeError } from '../../api/errorMessage.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { ClaimForm } from './ClaimForm.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { eventKey, stageKey, starNames, stepName } from './labels.ts';
import { SchemeText, useSchemeText } from './SchemeText.tsx';
import { MetricSources } from './MetricSources.tsx';

/** Runs an action with a toast and a reload; the server's message explains a refusal. */
function useAction(onDone: () => void) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      message.success(done);
      onDone();
    } catch (error) {
      message.error(describeError(error, t, locale));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

function NoticeActions({ detail, onDone }: { detail: EvaluationDetail; onDone: () => void }) {
  const { t } = useI18n();
  const { busy, run } = useAction(onDone);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [upheld, setUpheld] = useState<Record<string, boolean>>({});
  return (
    <Flex vertical gap={8}>
      {detail.objections.map((o) => (
        <div key={o.id} style={{ border: '1px solid #f0f0f0', padding: 8, borderRadius: 6 }}>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {o.text}{' '}
            {o.filerName && (
              <Typography.Text type="secondary">
                — {t('evaluation.filer')}：{o.filerName}
              </Typography.Text>
            )}
          </Typography.Paragraph>
          {o.status === 'answered' ? (
            <Typography.Text type="secondary">
              {t('evaluation.answer')}（{o.answeredBy}）：{o.answer}
            </Typography.Text>
          ) : (
            detail.waiting === 'answerObjection' && (
              <Flex vertical gap={4}>
                <Input.TextArea
                  rows={2}
                  aria-label={t('evaluation.answer')}
                  placeholder={t('evaluation.answer')}
                  value={answers[o.id] ?? ''}
                  onChange={(e) => setAnswers({ ...answers, [o.id]: e.target.value })}
                />
                <Checkbox
                  checked={upheld[o.id] ?? false}
                  onChange={(e) => setUpheld({ ...upheld, [o.id]: e.target.checked })}
                >
                  {t('evaluation.upheld')}
                </Checkbox>
                <Button
                  size="small"
                  loading={busy}
                  onClick={() =>
                    run(
                      () => evaluationApi.answer(o.id, answers[o.id] ?? '', upheld[o.id] ?? false),
                      t('evaluation.decided'),
                    )
                  }
                >
                  {t('evaluation.submitAnswer')}
                </Button>
              </Flex>
            )
          )}
        </div>
      ))}
      {detail.waiting === 'award' && (
        <Button
          type="primary"
          loading={busy}
          onClick={() => run(() => evaluationApi.award(detail.id), t('evaluation.awardDone'))}
        >
          {t('evaluation.award')}
        </Button>
      )}
    </Flex>
  );
}

function VetoActions({
  detail,
  onDone,
  canRecord,
}: {
  detail: EvaluationDetail;
  onDone: () => void;
  canRecord: boolean;
}) {
  const { t, locale } = useI18n();
  const text = useSchemeText();
  const { busy, run } = useAction(onDone);
  const [veto, setVeto] = useState<string>();
  const [description, setDescription] = useState('');
  const star = starNames(detail.scheme, locale);
  const vetoLabel = (key: string) => detail.scheme.vetoes.find((x) => x.key === key)?.label;
  return (
    <Flex vertical gap={8}>
      {detail.vetoes.map((v) => (
        <Flex key={v.id} gap={8} wrap align="center">
          <Tag
            color={v.status === 'removed' ? 'red' : v.status === 'proposed' ? 'orange' : 'default'}
          >
            {t(`evaluation.veto.${v.status}`)}
          </Tag>
          <span>
            <SchemeText text={vetoLabel(v.vetoKey) ?? v.vetoKey} />：{v.description}（
            {v.stars.map(star).join('、')}）
          </span>
          {v.status === 'proposed' && detail.waiting === 'decideVeto' && (
            <>
              <Button
                size="small"
                danger
                loading={busy}
                onClick={() =>
                  run(() => evaluationApi.decideVeto(v.id, true, ''), t('evaluation.veto.removed'))
                }
              >
                {t('evaluation.removeStars')}
              </Button>
              <Button
                size="small"
                loading={busy}
                onClick={() =>
                  run(
                    () => evaluationApi.decideVeto(v.id, false, ''),
                    t('evaluation.veto.rejected'),
                  )
                }
              >
                {t('evaluation.rejectVeto')}
              </Button>
            </>
          )}
        </Flex>
      ))}
      {canRecord && detail.scheme.vetoes.length > 0 && (
        <Flex gap={8} wrap>
          <Select
            style={{ width: 220 }}
            aria-label={t('evaluation.vetoKind')}
            placeholder={t('evaluation.vetoKind')}
            value={veto}
            onChange={setVeto}
            options={detail.scheme.vetoes.map((v) => ({ value: v.key, label: text(v.label) }))}
          />
          <Input
            style={{ width: 260 }}
            aria-label={t('evaluation.description')}
            placeholder={t('evaluation.description')}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
          <Button
            disabled={!veto}
            loading={busy}
            onClick={() =>
              run(
                () => evaluationApi.recordVeto(detail.id, veto ?? '', description),
                t('evaluation.veto.proposed'),
              )
            }
          >
            {t('evaluation.recordVeto')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

/** The subject page: claim, evidence, figures with sources, decisions, notice, objections, vetoes, history. */
export function SubjectDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string | undefined;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const detail = useApiQuery(
    (signal) => (id ? evaluationApi.detail(id, signal) : Promise.resolve(undefined)),
    [id],
  );
  const d = detail.data;
  const done = () => {
    detail.reload();
    onChanged();
  };
  const star = d ? starNames(d.scheme, locale) : (k: string) => k;
  const withName = (key: string) => {
    const metric = metricByKey(key);
    return metric ? metricName(metric, locale) : key;
  };
  const text = useSchemeText();
  return (
    <Drawer
      open={Boolean(id)}
      onClose={onClose}
      size="large"
      title={d ? `${d.subject.name} · ${text(d.schemeName)}` : ''}
      destroyOnHidden
    >
      <ErrorAlert error={detail.error} onRetry={detail.reload} />
      {d && d.id === id && (
        <Flex vertical gap={12}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('evaluation.region')}>
              {d.subject.regionName ?? d.subject.regionCode}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.stage')}>
              {t(stageKey(d.stage))}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.claimStars')}>
              {(d.claim?.stars ?? []).map(star).join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.stars')}>
              <span data-testid="held-stars">
                {(d.stage === 'awarded' ? d.heldStars : d.grantedStars).map(star).join('、') || '—'}
              </span>{' '}
              · {t('evaluation.levelN', { n: d.level })}
            </Descriptions.Item>
            {d.noticeStartsAt && d.noticeEndsAt && (
              <Descriptions.Item label={t('evaluation.noticePage')}>
                {t('evaluation.noticeWindow', {
                  from: formatDateTime(d.noticeStartsAt, locale),
                  to: formatDateTime(d.noticeEndsAt, locale),
                })}
              </Descriptions.Item>
            )}
          </Descriptions>
          {d.waiting === 'claim' && <ClaimForm detail={d} onDone={done} />}
          {d.waiting?.startsWith('decide:') && (
            <DecisionForm detail={d} step={d.waiting.slice('decide:'.length)} onDone={done} />
          )}
          {(d.stage === 'notice' || d.objections.length > 0) && (
            <>
              <Divider titlePlacement="start">{t('evaluation.objections')}</Divider>
              <NoticeActions detail={d} onDone={done} />
            </>
          )}
          {d.stage === 'awarded' && (
            <>
              <Divider titlePlacement="start">{t('evaluation.vetoes')}</Divider>
              <VetoActions detail={d} onDone={done} canRecord={d.heldStars.length > 0} />
            </>
          )}
          <Divider titlePlacement="start">{t('evaluation.metrics')}</Divider>
          <Typography.Text type="secondary">
            {t('evaluation.advice')}：{d.advice.starsMet.map(star).join('、') || '—'}
          </Typography.Text>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={d.metrics}
            columns={[
              {
                title: t('evaluation.metric'),
                key: 'name',
                render: (_: unknown, m) => withName(m.key),
              },
              {
                title: t('evaluation.value'),
                key: 'value',
                render: (_: unknown, m) =>
                  m.value === null ? '—' : `${m.value} ${metricByKey(m.key)?.unit ?? ''}`,
              },
              {
                title: t('evaluation.source'),
                key: 'source',
                render: (_: unknown, m) => (
                  <MetricSources
                    source={m.source}
                    sources={m.sources}
                    year={Number(/^\d{4}/.exec(d.round.period)?.[0] ?? new Date().getFullYear())}
                  />
                ),
              },
            ]}
          />
          {d.evidence.length > 0 && (
            <>
              <Divider titlePlacement="start">{t('evaluation.evidence')}</Divider>
              {d.evidence.map((e) => (
                <a
                  key={e.id}
                  href={`/api/v1/evaluation/evidence/${e.id}`}
                  target="_blank"
                  rel="noreferrer"
                >
                  {e.name}（{Math.ceil(e.size / 1024)} KB）
                </a>
              ))}
            </>
          )}
          {d.decisions.length > 0 && (
            <>
              <Divider titlePlacement="start">{t('evaluation.decisions')}</Divider>
              {d.decisions.map((x) => (
                <div key={x.id}>
                  <Typography.Text strong>
                    {stepName(d.scheme, x.stepKey, locale)} · {x.actorName} ·{' '}
                    {formatDateTime(x.createdAt, locale)}
                  </Typography.Text>
                  <div>
                    {x.outcome === 'sendBack'
                      ? `${t('evaluation.sendBack')}：${x.comment}`
                      : x.stars
                          .map(
                            (s) =>
                              `${s.granted ? '✔' : '✘'} ${star(s.key)}${s.comment ? `（${s.comment}）` : ''}`,
                          )
                          .join('　')}
                  </div>
                  <Typography.Text type="secondary">
                    {t('evaluation.frozen')}：
                    {x.metrics.map((m) => `${withName(m.key)} ${m.value ?? '—'}`).join('；') || '—'}
                  </Typography.Text>
                </div>
              ))}
            </>
          )}
          <Divider titlePlacement="start">{t('evaluation.history')}</Divider>
          <Timeline
            items={d.history.map((h) => ({
              content: `${formatDateTime(h.at, locale)} ${t(eventKey(h.kind))} · ${h.actorName}`,
            }))}
          />
        </Flex>
      )}
    </Drawer>
  );
}

import { Button, Checkbox, Flex, InputNumber, Typography, Upload, message } from 'antd';
import { useState } from 'react';
import { metricByKey, metricName } from '../../../domain/evaluation/metrics.ts';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import type { EvaluationDetail } from '../../api/evaluationTypes.ts';
import { describeError } from '../../api/errorMessage.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { useAction } from './useAction.ts';
import { SchemeText } from './SchemeText.tsx';

/** 认星: stars, checklist answers, the figures the platform does not hold, evidence. Phone-friendly. */
export function ClaimForm({ detail, onDone }: { detail: EvaluationDetail; onDone: () => void }) {
  const { t, locale } = useI18n();
  const nameOf = (key: string) => {
    const metric = metricByKey(key);
    return metric ? metricName(metric, locale) : key;
  };
  const { scheme } = detail;
  const [stars, setStars] = useState<string[]>(scheme.stars.map((s) => s.key));
  const [done, setDone] = useState<Record<string, boolean>>({});
  const [metrics, setMetrics] = useState<Record<string, number | null>>({});
  const [evidence, setEvidence] = useState<{ id: string; name: string }[]>([]);
  const { busy, run } = useAction();
  // Figures a module computes are shown, not asked for (enter once).
  const entered = detail.metrics.filter((m) => m.source === 'entered').map((m) => m.key);
  const submit = () => {
    const evidenceIds = evidence.map((e) => e.id);
    const claim = () =>
      evaluationApi.claim(detail.id, {
        stars,
        answers: Object.fromEntries(
          scheme.stars.flatMap((s) =>
            s.criteria.flatMap((c) =>
              c.kind === 'checklist'
                ? [
                    [
                      c.id,
                      {
                        done: done[c.id] ?? false,
                        evidenceIds: c.evidence === 'none' ? [] : evidenceIds,
                      },
                    ],
                  ]
                : [],
            ),
          ),
        ),
        metrics: Object.fromEntries(
          entered.flatMap((k) =>
            typeof metrics[k] === 'number' ? [[k, { value: metrics[k], evidenceIds }]] : [],
          ),
        ),
        note: '',
      });
    return run(claim, () => t('evaluation.claimed'), onDone);
  };
  return (
    <Flex vertical gap={12} data-testid="claim-form">
      <Typography.Title level={5}>{t('evaluation.claimTitle')}</Typography.Title>
      {scheme.stars.map((star) => (
        <div key={star.key}>
          <Checkbox
            checked={stars.includes(star.key)}
            onChange={(e) =>
              setStars(
                e.target.checked ? [...stars, star.key] : stars.filter((k) => k !== star.key),
              )
            }
          >
            <strong>
              ★ <SchemeText text={star.name} />
            </strong>
          </Checkbox>
          <div style={{ paddingInlineStart: 24 }}>
            {star.criteria.map((c) =>
              c.kind === 'checklist' ? (
                <div key={c.id}>
                  <Checkbox
                    checked={done[c.id] ?? false}
                    onChange={(e) => setDone({ ...done, [c.id]: e.target.checked })}
                  >
                    <SchemeText text={c.label} />
                  </Checkbox>
                </div>
              ) : (
                <div key={c.id}>
                  <Typography.Text type="secondary">
                    <SchemeText text={c.label} />
                  </Typography.Text>
                  {entered.includes(c.metric) && (
                    <InputNumber
                      size="small"
                      style={{ marginInlineStart: 8, width: 120 }}
                      aria-label={nameOf(c.metric)}
                      value={metrics[c.metric] ?? null}
                      onChange={(v) => setMetrics({ ...metrics, [c.metric]: v })}
                      addonAfter={metricByKey(c.metric)?.unit}
                    />
                  )}
                </div>
              ),
            )}
          </div>
        </div>
      ))}
      <Upload
        accept="image/jpeg,image/png,application/pdf"
        showUploadList={false}
        customRequest={({ file, onSuccess, onError }) => {
          evaluationApi.uploadEvidence(detail.id, file as File).then(
            (row) => {
              setEvidence((list) => [...list, row]);
              message.success(t('evaluation.uploaded', { name: row.name }));
              onSuccess?.(row);
            },
            (error: unknown) => {
              message.error(describeError(error, t, locale));
              onError?.(error as Error);
            },
          );
        }}
      >
        <Button>{t('evaluation.upload')}</Button>
      </Upload>
      {evidence.map((e) => (
        <Typography.Text key={e.id}>
          {t('evaluation.evidence')}：{e.name}
        </Typography.Text>
      ))}
      <Button type="primary" loading={busy} disabled={stars.length === 0} onClick={submit}>
        {t('evaluation.submitClaim')}
      </Button>
    </Flex>
  );
}

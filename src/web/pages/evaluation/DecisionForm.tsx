import { Button, Flex, Input, Switch, Typography } from 'antd';
import { useState } from 'react';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import type { EvaluationDetail } from '../../api/evaluationTypes.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { starNames, stepName } from './labels.ts';
import { useAction } from './useAction.ts';

/** One step decides star by star, with a comment; or sends the claim back. */
export function DecisionForm({
  detail,
  step,
  onDone,
}: {
  detail: EvaluationDetail;
  step: string;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const star = starNames(detail.scheme, locale);
  // The evaluator's advice preselects: a reviewer confirms or overrides it, star by star.
  const [granted, setGranted] = useState<Record<string, boolean>>(
    Object.fromEntries(detail.grantedStars.map((k) => [k, detail.advice.starsMet.includes(k)])),
  );
  const [comments, setComments] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const { busy, run } = useAction();
  const send = (outcome: 'approve' | 'sendBack') =>
    run(
      () =>
        evaluationApi.decide(detail.id, {
          step,
          outcome,
          comment,
          stars:
            outcome === 'approve'
              ? detail.grantedStars.map((key) => ({
                  key,
                  granted: granted[key] ?? false,
                  comment: comments[key] ?? '',
                }))
              : [],
        }),
      () => t('evaluation.decided'),
      onDone,
    );
  return (
    <Flex vertical gap={8} data-testid="decision-form">
      <Typography.Title level={5}>
        {t('evaluation.decisionTitle', { step: stepName(detail.scheme, step, locale) })}
      </Typography.Title>
      {detail.grantedStars.map((key) => (
        <Flex key={key} gap={8} align="center" wrap>
          <Switch
            checked={granted[key] ?? false}
            onChange={(v) => setGranted({ ...granted, [key]: v })}
            aria-label={star(key)}
          />
          <span style={{ minWidth: 110 }}>★ {star(key)}</span>
          <Input
            size="small"
            style={{ maxWidth: 260 }}
            placeholder={t('evaluation.comment')}
            value={comments[key] ?? ''}
            onChange={(e) => setComments({ ...comments, [key]: e.target.value })}
          />
        </Flex>
      ))}
      <Input.TextArea
        rows={2}
        placeholder={t('evaluation.comment')}
        aria-label={t('evaluation.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <Flex gap={8}>
        <Button type="primary" loading={busy} onClick={() => send('approve')}>
          {t('evaluation.approve')}
        </Button>
        <Button danger loading={busy} onClick={() => send('sendBack')}>
          {t('evaluation.sendBack')}
        </Button>
      </Flex>
    </Flex>
  );
}

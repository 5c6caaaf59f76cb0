import { Button, Card, Empty, Flex, Input, List, Modal, Tag, Typography, message } from 'antd';
import { useState } from 'react';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import type { NoticeRound } from '../../api/evaluationTypes.ts';
import { describeError } from '../../api/errorMessage.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { ClaimForm } from './ClaimForm.tsx';
import { stageKey, starNames } from './labels.ts';
import { SchemeTexts, useRoundText, useSchemeText } from './SchemeText.tsx';

/** For villagers, on a phone: my household's stars and claim (认星); the public notices and objections. */
export default function MyEvaluationsPage() {
  const { t, locale } = useI18n();
  const roundName = useRoundText();
  const nameOf = useSchemeText();
  const mine = useApiQuery((signal) => evaluationApi.mine(signal), []);
  const notices = useApiQuery((signal) => evaluationApi.notices(signal), []);
  // Only notices still open take objections; closed ones stay readable on the public page.
  const openRounds = (notices.data?.items ?? []).filter((r) => r.entries.some((e) => e.open));
  const [objecting, setObjecting] = useState<{ id: string; name: string } | null>(null);
  const [text, setText] = useState('');
  const submitObjection = async () => {
    if (!objecting) return;
    try {
      await evaluationApi.object(objecting.id, text);
      message.success(t('evaluation.objected'));
      setObjecting(null);
      setText('');
      notices.reload();
    } catch (error) {
      message.error(describeError(error, t, locale));
    }
  };
  return (
    <Flex vertical gap={16}>
      <Card title={t('evaluation.myHome')}>
        <ErrorAlert error={mine.error} onRetry={mine.reload} />
        {(mine.data?.items ?? []).length === 0 && !mine.loading && (
          <Empty description={t('evaluation.noMine')} />
        )}
        {(mine.data?.items ?? []).map((d) => {
          // the stored names; SchemeTexts shows them in the app language
          const storedName = starNames(d.scheme, 'zh-CN');
          const stars = d.stage === 'awarded' ? d.heldStars : d.grantedStars;
          return (
            <Card
              key={d.id}
              size="small"
              type="inner"
              title={roundName(d.round.name, d.schemeName)}
              extra={<Tag>{t(stageKey(d.stage))}</Tag>}
              style={{ marginBottom: 12 }}
            >
              <Typography.Paragraph>
                <span style={{ color: '#d32f2f', fontSize: 18 }}>{'★'.repeat(d.level)}</span>{' '}
                {t('evaluation.levelN', { n: d.level })}
              </Typography.Paragraph>
              <Typography.Paragraph type="secondary">
                <SchemeTexts texts={stars.map(storedName)} separator="、" />
              </Typography.Paragraph>
              {d.stage === 'claiming' && <ClaimForm detail={d} onDone={mine.reload} />}
            </Card>
          );
        })}
      </Card>
      <Card
        title={t('evaluation.notices')}
        extra={
          <a
            href={locale === 'zh-CN' ? '/notice' : `/notice?lang=${locale}`}
            target="_blank"
            rel="noreferrer"
          >
            {t('evaluation.noticePage')}
          </a>
        }
      >
        <ErrorAlert error={notices.error} onRetry={notices.reload} />
        {openRounds.length === 0 && !notices.loading && (
          <Empty description={t('evaluation.noNotices')} />
        )}
        {openRounds.map((round: NoticeRound) => (
          <List
            key={round.roundId}
            header={<strong>{roundName(round.roundName, round.schemeName)}</strong>}
            dataSource={round.entries.filter((e) => e.open)}
            renderItem={(e) => (
              <List.Item
                actions={[
                  <Button
                    key="object"
                    size="small"
                    onClick={() => setObjecting({ id: e.evaluationId, name: e.subjectName })}
                  >
                    {t('evaluation.object')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={`${e.subjectName} · ${t('evaluation.levelN', { n: e.level })}`}
                  description={`${e.villageName ?? ''} ${e.stars.map(nameOf).join('、')}`}
                />
              </List.Item>
            )}
          />
        ))}
      </Card>
      <Modal
        open={Boolean(objecting)}
        title={`${t('evaluation.object')} · ${objecting?.name ?? ''}`}
        onOk={submitObjection}
        onCancel={() => setObjecting(null)}
      >
        <Input.TextArea
          rows={4}
          aria-label={t('evaluation.objectionText')}
          placeholder={t('evaluation.objectionText')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Modal>
    </Flex>
  );
}

import { Alert, Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { obligationApi, type MySubject } from '../../api/obligationEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { STATUS_COLORS, statusLabel } from './labels.ts';
import { ActivityLine } from './ActivityLine.tsx';
import { RecordActivityForm } from './RecordActivityForm.tsx';
import { useOutboxVersion } from './useOutboxVersion.ts';

// 我的履职: the phone page of unit staff, village and union cadres — each pairing, union, village
// or 小区 they answer for, its rules this period, what the year missed, a form to record what was
// done (where the server says they may) and the latest activities.

function RecentActivities({
  subject,
  version,
  uploads,
}: {
  subject: MySubject;
  version: number;
  /** Bumped when photos of a new activity have been uploaded. */
  uploads: number;
}) {
  const { t } = useI18n();
  const recent = useApiQuery(
    (signal) =>
      obligationApi.activities(
        { subjectKind: subject.kind, subjectId: subject.id, pageSize: 5 },
        signal,
      ),
    [subject.id, version, uploads],
  );
  return (
    <List
      size="small"
      header={t('obl.mine.recent')}
      loading={recent.loading}
      dataSource={recent.data?.items ?? []}
      locale={{ emptyText: t('common.empty') }}
      renderItem={(a) => (
        <List.Item>
          <ActivityLine activity={a} withType />
        </List.Item>
      )}
    />
  );
}

function SubjectCard({
  subject,
  personId,
  version,
  onSaved,
}: {
  subject: MySubject;
  personId: string | null;
  version: number;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [recording, setRecording] = useState(false);
  const [uploads, setUploads] = useState(0);
  return (
    <Card size="small" title={subject.name} className="lingyan-obligation-card">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t(`obl.kind.${subject.kind}`)} · {t('obl.mine.thisPeriod')}
        </Typography.Text>
        <Flex vertical gap={4}>
          {subject.current.map((p) => (
            <Flex key={p.ruleCode} justify="space-between" gap={8}>
              <span>
                {p.ruleName} <Typography.Text type="secondary">{p.periodLabel}</Typography.Text>
              </span>
              <Tag color={STATUS_COLORS[p.status]}>
                {statusLabel(t, p.status)} {p.done}/{p.required}
              </Tag>
            </Flex>
          ))}
        </Flex>
        {subject.missedThisYear > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('obl.mine.missed', { n: subject.missedThisYear })}
          />
        ) : (
          <Alert type="success" showIcon title={t('obl.mine.allMet')} />
        )}
        {!subject.mayRecord ? null : recording ? (
          <Card size="small" title={t('obl.record.title')}>
            <RecordActivityForm
              subject={subject}
              personId={personId}
              onSaved={() => {
                setRecording(false);
                onSaved();
              }}
              onEvidence={() => setUploads((n) => n + 1)}
            />
          </Card>
        ) : (
          <Button type="primary" block onClick={() => setRecording(true)}>
            {t('obl.mine.record')}
          </Button>
        )}
        <RecentActivities subject={subject} version={version} uploads={uploads} />
      </Flex>
    </Card>
  );
}

export default function MyObligationsPage() {
  const { t } = useI18n();
  // Reload once the outbox has sent something (a visit recorded offline counts when it arrives).
  const version = useOutboxVersion();
  const mine = useApiQuery((signal) => obligationApi.mine(signal), [version]);
  const subjects = mine.data?.subjects ?? [];
  return (
    <Flex vertical gap={16} className="lingyan-cases-mobile">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('obl.mine.title')}
      </Typography.Title>
      <ErrorAlert error={mine.error} onRetry={mine.reload} />
      {!mine.loading && subjects.length === 0 && <Empty description={t('obl.mine.empty')} />}
      {subjects.map((s) => (
        <SubjectCard
          key={s.id}
          subject={s}
          personId={mine.data?.personId ?? null}
          version={version}
          onSaved={mine.reload}
        />
      ))}
    </Flex>
  );
}

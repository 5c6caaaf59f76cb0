import { Button, Drawer, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  obligationApi,
  type JudgedPeriod,
  type SubjectKind,
} from '../../api/obligationEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { navigate } from '../../router.tsx';
import { ActivityLine } from './ActivityLine.tsx';
import { STATUS_COLORS, statusLabel, typeLabel } from './labels.ts';

/** The activities that made (or did not make) one period of one rule: trace any figure to its records. */
function PeriodActivities({
  kind,
  id,
  period,
  activityType,
}: {
  kind: SubjectKind;
  id: string;
  period: JudgedPeriod;
  activityType: string;
}) {
  const { t } = useI18n();
  const list = useApiQuery(
    (signal) =>
      obligationApi.activities(
        {
          subjectKind: kind,
          subjectId: id,
          type: activityType,
          from: period.start,
          to: period.end,
          pageSize: 50,
        },
        signal,
      ),
    [kind, id, activityType, period.start, period.end],
  );
  return (
    <List
      size="small"
      header={`${period.ruleName} · ${period.periodLabel} · ${t('obl.subject.activities')}`}
      loading={list.loading}
      dataSource={list.data?.items ?? []}
      locale={{ emptyText: t('obl.subject.noActivities') }}
      renderItem={(a) => (
        <List.Item>
          <ActivityLine activity={a} withParticipants />
        </List.Item>
      )}
    />
  );
}

/** 逐期履职: every period of every rule for one pairing, union or village, with its count. */
export function SubjectDrawer({
  kind,
  id,
  year,
  types,
  onClose,
}: {
  kind: SubjectKind;
  id: string;
  year: number | undefined;
  /** Rule code → activity type, to list the activities behind a period. */
  types: Map<string, string>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const detail = useApiQuery(
    (signal) => obligationApi.subject(kind, id, year, signal),
    [kind, id, year],
  );
  const [open, setOpen] = useState<JudgedPeriod | null>(null);
  const byRule = new Map<string, JudgedPeriod[]>();
  for (const p of detail.data?.periods ?? [])
    byRule.set(p.ruleCode, [...(byRule.get(p.ruleCode) ?? []), p]);
  return (
    <Drawer
      open
      size="large"
      title={`${detail.data?.subject.name ?? ''} · ${t('obl.subject.title')}`}
      onClose={onClose}
      extra={
        kind === 'pairing' && (
          <Button type="link" onClick={() => navigate(`/pairings?id=${id}`)}>
            {t('pairing.open')}
          </Button>
        )
      }
    >
      <ErrorAlert error={detail.error} onRetry={detail.reload} />
      {byRule.size === 0 && !detail.loading && <Empty />}
      <Flex vertical gap={12}>
        {[...byRule.entries()].map(([rule, periods]) => (
          <Flex key={rule} vertical gap={4}>
            <Typography.Text strong>
              {periods[0]?.ruleName}{' '}
              <Typography.Text type="secondary">
                {typeLabel(t, types.get(rule) ?? '')}
              </Typography.Text>
            </Typography.Text>
            <Flex wrap gap={4}>
              {periods.map((p) => (
                <Tag
                  key={p.periodKey}
                  color={STATUS_COLORS[p.status]}
                  style={{ cursor: 'pointer' }}
                  title={`${statusLabel(t, p.status)} ${p.done}/${p.required}`}
                  onClick={() => setOpen(p)}
                >
                  {p.periodLabel} {p.done}/{p.required}
                </Tag>
              ))}
            </Flex>
          </Flex>
        ))}
        {open && (
          <PeriodActivities
            kind={kind}
            id={id}
            period={open}
            activityType={types.get(open.ruleCode) ?? ''}
          />
        )}
      </Flex>
    </Drawer>
  );
}

import { List, Typography } from 'antd';
import { obligationApi } from '../../api/obligationEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { typeLabel } from './labels.ts';
import { formatDay } from '../../i18n/format.ts';

/** 联系记录: the activities that listed a household — the visits recorded once, read here. */
export function ContactHistory({ householdId }: { householdId: string }) {
  const { t, locale } = useI18n();
  const history = useApiQuery(
    (signal) => obligationApi.activities({ household: householdId, pageSize: 10 }, signal),
    [householdId],
  );
  return (
    <>
      <ErrorAlert error={history.error} onRetry={history.reload} />
      <List
        size="small"
        className="lingyan-contact-history"
        loading={history.loading}
        dataSource={history.data?.items ?? []}
        locale={{ emptyText: t('obl.history.empty') }}
        footer={
          (history.data?.total ?? 0) > 10
            ? t('common.total', { total: history.data?.total ?? 0 })
            : null
        }
        renderItem={(a) => (
          <List.Item>
            <Typography.Text>
              {formatDay(a.occurredOn, locale)} · {typeLabel(t, a.activityType)} · {a.title}
              {a.participants.length > 0 && (
                <Typography.Text type="secondary">
                  {' '}
                  （{a.participants.map((p) => p.name).join('、')}）
                </Typography.Text>
              )}
            </Typography.Text>
          </List.Item>
        )}
      />
    </>
  );
}

import { Card, List, Tag } from 'antd';
import { warningApi } from '../../api/warningEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, withQuery } from '../../router.tsx';
import { warningReason } from './reason.ts';

const SHOWN = 5;

/** The dashboard's warnings list: the first open ones of the region, and the way to all of them. */
export function WarningsCard({ region }: { region: string }) {
  const { t } = useI18n();
  const query = useApiQuery(
    (signal) => warningApi.list({ region, status: 'open', pageSize: SHOWN }, signal),
    [region],
  );
  const data = query.data;
  const all = withQuery('/warnings', { region });
  return (
    <Card
      size="small"
      title={t('nav.warnings')}
      extra={<Link to={all}>{t('warnings.openCount', { n: data?.total ?? 0 })}</Link>}
      data-testid="insights-warnings"
    >
      <ErrorAlert error={query.error} onRetry={query.reload} />
      <List
        size="small"
        loading={query.loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('warnings.empty') }}
        renderItem={(w) => (
          <List.Item key={w.key} extra={<Link to={w.link}>{t('warnings.records')}</Link>}>
            <Tag color="orange">{t(`warnings.kind.${w.kind}` as MessageKey)}</Tag>
            {w.regionName ?? w.regionCode} · {w.subject} · {warningReason(t, w)}
          </List.Item>
        )}
      />
    </Card>
  );
}

import { Button, Flex, List, Popover, Tag, Typography } from 'antd';
import { zeroApi } from '../../api/zeroEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link } from '../../router.tsx';
import { sourceKey } from './labels.ts';
import { formatDay } from '../../i18n/format.ts';

interface Source {
  kind: string;
  id: string;
  label: string;
}

// Where each kind of record a metric came from can be looked at.
const PAGE_OF: Record<string, string> = {
  disputeSweeps: '/cases/stats',
  disputeCases: '/cases/stats',
  taskList: '/tasks',
  projects: '/projects',
  partyOrg: '/memberships',
  responsibilityCoverage: '/coverage',
};

const ZERO_KIND_KEYS = {
  petition: 'evaluation.zero.petition',
  accident: 'evaluation.zero.accident',
  criminal: 'evaluation.zero.criminal',
} as const;

/** The year's 三零 events of the region, listed where the figure is read. */
function ZeroEvents({ region, year }: { region: string; year: number }) {
  const { t, locale } = useI18n();
  const events = useApiQuery((signal) => zeroApi.events(region, year, signal), [region, year]);
  if (events.error) return <ErrorAlert error={events.error} onRetry={events.reload} />;
  return (
    <List
      size="small"
      style={{ maxWidth: 360 }}
      loading={events.loading}
      locale={{ emptyText: t('evaluation.zero.none') }}
      dataSource={events.data?.items ?? []}
      renderItem={(e) => (
        <List.Item>
          {formatDay(e.occurredOn, locale)} {t(ZERO_KIND_KEYS[e.kind])}：{e.description}
        </List.Item>
      )}
    />
  );
}

/** The economy page showing a record set of the collective's books (the source's id names it). */
const ECONOMY_PAGE_OF: Record<string, (id: string, year: number) => string> = {
  incomeLedger: (village, year) => `/economy?village=${village}&tab=ledger&year=${year}`,
  dividendRun: (run) => `/economy?tab=dividends&run=${run}`,
  trusteeshipSignUps: (village) => `/economy?village=${village}&tab=trusteeship`,
};

function SourceLink({ source, year }: { source: Source; year: number }) {
  const economy = ECONOMY_PAGE_OF[source.kind];
  if (economy) return <Link to={economy(source.id, year)}>{source.label}</Link>;
  const page = PAGE_OF[source.kind];
  if (page) return <Link to={page}>{source.label}</Link>;
  if (source.kind === 'zeroEvents')
    return (
      // The popup (and its request) is mounted on the first click only.
      <Popover trigger="click" content={<ZeroEvents region={source.id} year={year} />}>
        <Button type="link" size="small" style={{ padding: 0, justifyContent: 'flex-start' }}>
          {source.label}
        </Button>
      </Popover>
    );
  return <span>{source.label}</span>;
}

/**
 * A metric's origin: from records (which module, each record set linked) or entered by the subject
 * with its evidence — so a reviewer sees which figures nobody typed in.
 */
export function MetricSources({
  source,
  sources,
  year,
}: {
  source: string;
  sources: Source[];
  year: number;
}) {
  const { t } = useI18n();
  const fromRecords = source !== 'entered';
  return (
    <Flex vertical gap={2}>
      <span>
        <Tag color={fromRecords ? 'green' : 'default'}>
          {t(fromRecords ? 'evaluation.fromRecords' : 'evaluation.entered')}
        </Tag>
        <Typography.Text type="secondary">{t(sourceKey(source))}</Typography.Text>
      </span>
      {sources.map((s) => (
        <SourceLink key={`${s.kind}:${s.id}`} source={s} year={year} />
      ))}
    </Flex>
  );
}

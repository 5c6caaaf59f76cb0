import { Card, Col, Flex, Row, Skeleton, Statistic, Table } from 'antd';
import type { TableColumnsType, TableColumnType, TablePaginationConfig } from 'antd';
import { useMemo } from 'react';
import { caseApi, type CaseOwner } from '../../api/caseEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { DaysFilter, isDay, RegionFilter } from '../../components/listPage/ListFilters.tsx';
import { useListRoute } from '../../components/listPage/useListRoute.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { StatsChart } from './StatsChart.tsx';
import { ownerText, stepLabel } from './labels.ts';
import { caseTypeName } from '../../../domain/cases/catalogNames.ts';

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)} %`);

/**
 * One breakdown of the rates: a card whose table names the group (village, category, step, owner)
 * in its first column, under the card's title, and the rates after it.
 */
function RateTable<Row extends { key: string }>({
  title,
  rows,
  group,
  rateColumns,
  pagination = false,
}: {
  title: string;
  rows: Row[];
  group: TableColumnType<Row>;
  rateColumns: TableColumnsType<Row>;
  pagination?: TablePaginationConfig | false;
}) {
  return (
    <Card size="small" title={title}>
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={pagination}
        dataSource={rows}
        columns={[{ title, ...group }, ...rateColumns]}
      />
    </Card>
  );
}

/**
 * 办理统计: rates for the dashboards, by village, category and level; dispute resolution as 安阳
 * reports it. The region and the range of days (cases received, China Standard Time) are in the
 * address, so the home page's figures link here narrowed to their region.
 */
export default function CaseStatsPage() {
  const { t, locale } = useI18n();
  const route = useListRoute('/cases/stats', ['region', 'from', 'to'], {
    valid: { from: isDay, to: isDay },
  });
  const { region, from, to } = route.params;
  const stats = useApiQuery(
    (signal) => caseApi.stats({ region, from, to }, signal),
    [region, from, to],
  );
  const types = useApiQuery((signal) => caseApi.types(signal), []);
  const typeName = (code: string) => {
    const found = types.data?.items.find((ct) => ct.code === code);
    return found ? caseTypeName(found, locale) : code;
  };
  const s = stats.data;
  const charts = useMemo(() => {
    if (!s) return undefined;
    const rate = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
    return {
      regions: s.byRegion.map((r) => r.name ?? r.key),
      rates: [
        { name: t('stats.resolutionRate'), values: s.byRegion.map((r) => rate(r.resolutionRate)) },
        { name: t('stats.onTimeRate'), values: s.byRegion.map((r) => rate(r.onTimeRate)) },
        { name: t('stats.satisfaction'), values: s.byRegion.map((r) => rate(r.satisfactionRate)) },
      ],
      categories: s.byCategory.map((c) => typeName(c.key)),
      counts: [{ name: t('stats.total'), values: s.byCategory.map((c) => c.total) }],
    };
    // typeName reads the catalog, which may arrive after the figures
  }, [s, t, types.data]);
  const controls = (
    <Flex gap={8} wrap>
      <RegionFilter route={route} />
      {/* the days the cases were received */}
      <DaysFilter route={route} label={t('stats.days')} />
    </Flex>
  );
  if (stats.error)
    return (
      <Flex vertical gap={16}>
        {controls}
        <ErrorAlert error={stats.error} onRetry={stats.reload} />
      </Flex>
    );
  if (!s || !charts) return <Skeleton active />;
  const rateColumns = [
    { title: t('stats.total'), dataIndex: 'total' },
    { title: t('stats.resolutionRate'), dataIndex: 'resolutionRate', render: pct },
    { title: t('stats.onTimeRate'), dataIndex: 'onTimeRate', render: pct },
    { title: t('stats.satisfaction'), dataIndex: 'satisfactionRate', render: pct },
  ];
  return (
    <Flex vertical gap={16}>
      {controls}
      <Row gutter={[12, 12]}>
        {(
          [
            ['stats.total', String(s.overall.total)],
            ['stats.resolutionRate', pct(s.overall.resolutionRate)],
            ['stats.onTimeRate', pct(s.overall.onTimeRate)],
            ['stats.satisfaction', pct(s.overall.satisfactionRate)],
            ['stats.avgRating', s.overall.avgRating === null ? '—' : String(s.overall.avgRating)],
            ['stats.autoConfirmed', String(s.overall.autoConfirmed)],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} md={8} lg={4}>
            <Card size="small">
              <Statistic title={t(key)} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('stats.disputes')}>
        <Row gutter={12}>
          <Col xs={12} md={5}>
            <Statistic title={t('stats.disputeFound')} value={s.disputes.found} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={t('stats.disputeResolved')} value={s.disputes.resolved} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={t('stats.disputeRate')} value={pct(s.disputes.rate)} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={t('stats.sweepRounds')} value={s.disputes.sweeps.rounds} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t('stats.personTimes')} value={s.disputes.sweeps.personTimes} />
          </Col>
        </Row>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('stats.chartRates')}>
            <StatsChart rows={charts.regions} series={charts.rates} percent testId="stats-rates" />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('stats.chartCategories')}>
            <StatsChart rows={charts.categories} series={charts.counts} testId="stats-categories" />
          </Card>
        </Col>
      </Row>
      <RateTable
        title={t('stats.byRegion')}
        rows={s.byRegion}
        group={{ dataIndex: 'name' }}
        rateColumns={rateColumns}
      />
      <RateTable
        title={t('stats.byCategory')}
        rows={s.byCategory}
        group={{ dataIndex: 'key', render: (code: string) => typeName(code) }}
        rateColumns={rateColumns}
      />
      <RateTable
        title={t('stats.byStep')}
        rows={s.byOwnerStep}
        group={{ dataIndex: 'key', render: (v: string) => stepLabel(t, v) }}
        rateColumns={rateColumns}
      />
      <RateTable
        title={t('stats.byOwner')}
        rows={s.byOwner}
        group={{ dataIndex: 'owner', render: (o: CaseOwner) => ownerText(t, o) }}
        rateColumns={rateColumns}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
      />
      <Card size="small" title={t('stats.escalations')}>
        <Table
          rowKey={(r) => `${r.toStep}-${r.reason}`}
          size="small"
          pagination={false}
          dataSource={s.escalationsByLevel}
          columns={[
            {
              title: t('stats.toStep'),
              dataIndex: 'toStep',
              render: (v: string) => stepLabel(t, v),
            },
            {
              title: t('stats.reason'),
              dataIndex: 'reason',
              render: (v: string) =>
                v === 'sla' ? t('caseEvent.slaReason') : t('caseEvent.authorityReason'),
            },
            { title: t('stats.count'), dataIndex: 'count' },
          ]}
        />
      </Card>
    </Flex>
  );
}

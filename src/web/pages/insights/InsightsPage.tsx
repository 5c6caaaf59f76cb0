import { Breadcrumb, Button, Card, Col, Flex, Row, Select, Skeleton, Statistic, Table } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { growthPercent } from '../../../domain/economy/ledger.ts';
import {
  ECONOMY_INDICATORS,
  INDICATORS,
  indicatorValue,
  isRate,
  type Indicator,
} from '../../../domain/insights/indicators.ts';
import { insightApi, type InsightPlace } from '../../api/insightEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, navigate, useLocation, withQuery } from '../../router.tsx';
import { WarningsCard } from '../warnings/WarningsCard.tsx';
import { BulletinMenu } from './BulletinMenu.tsx';
import { chartsOf } from './chartsOf.ts';
import { EChart } from './EChart.tsx';
import { InsightMap } from './InsightMap.tsx';
import { TargetGauges } from './TargetGauges.tsx';

const indicatorKey = (i: Indicator) => `insights.ind.${i}` as MessageKey;
const CARDS: Indicator[] = ['casesReceived', 'resolutionRate', 'disputesReceived', 'starsAwarded'];
/** The collective economy's figures beside its income trend (issue 13 part 8). */
const ECONOMY_CARDS: Indicator[] = ['collectiveIncome', 'contractsCleaned', 'dividendsPaid'];
/** The economy page's tab holding the records behind each economy indicator. */
const ECONOMY_TAB: Partial<Record<Indicator, string>> = {
  collectiveIncome: 'ledger',
  contractsCleaned: 'cleanup',
  cleanupIncomeAdded: 'cleanup',
  dividendsPaid: 'dividends',
  trusteeshipArea: 'trusteeship',
};

/** One figure of the screen, as a card that opens the records behind it. */
function FigureLink({ to, title, value }: { to: string; title: string; value: string }) {
  return (
    <Link to={to} aria-label={title}>
      <Card size="small" hoverable>
        <Statistic title={title} value={value} />
      </Card>
    </Link>
  );
}

// 数据大屏: one region's figures from the roll-ups; `?region=` drills down, every figure links on.
export default function InsightsPage() {
  const { t } = useI18n();
  const { search } = useLocation();
  const region = search.get('region') ?? undefined;
  const year = search.get('year') ?? undefined;
  const [indicator, setIndicator] = useState<Indicator>('casesReceived');
  const [full, setFull] = useState(false);
  const query = useApiQuery(
    (signal) => insightApi.overview({ region, year }, signal),
    [region, year],
  );
  const data = query.data;

  const open = useCallback(
    (code: string) => navigate(withQuery('/insights', { region: code, year })),
    [year],
  );
  const placed = useMemo(() => {
    const places = new Map<string, InsightPlace>();
    for (const p of [...(data?.children ?? []), ...(data?.villages ?? [])]) places.set(p.code, p);
    return places;
  }, [data]);
  const valueOf = useCallback(
    (code: string) => {
      const p = placed.get(code);
      return p ? indicatorValue(indicator, p.metrics) : null;
    },
    [placed, indicator],
  );
  const nameOf = useCallback((code: string) => placed.get(code)?.name ?? code, [placed]);
  const level = data?.region.level;
  const areaOf = useCallback(
    (v: InsightPlace) => (level === 'county' ? `${v.code.slice(0, 9)}000` : v.code),
    [level],
  );
  const mapped = useMemo(
    () =>
      (data?.villages ?? []).flatMap((v) =>
        v.lat !== null && v.lng !== null ? [{ ...v, lat: v.lat, lng: v.lng }] : [],
      ),
    [data],
  );

  if (query.error) return <ErrorAlert error={query.error} />;
  if (!data) return <Skeleton active />;
  const code = data.region.code;
  const casesLink = withQuery('/cases', { region: code });
  // the economy's figures open its books for this region and year (the ledger, 清化收, …)
  const economyLink = (tab: string) =>
    withQuery('/economy', { village: code, tab, year: data.year });
  const ledgerLink = economyLink('ledger');
  const linkOf = (i: Indicator) =>
    ECONOMY_INDICATORS.includes(i)
      ? economyLink(ECONOMY_TAB[i] ?? 'ledger')
      : i === 'threeStarShare' || i === 'starsAwarded'
        ? '/evaluation'
        : withQuery('/cases/stats', { region: code });
  const growth = growthPercent(data.totals.income_fen ?? 0, data.lastYearTotals.income_fen ?? 0);
  const format = (i: Indicator, v: number | null) =>
    v === null ? '—' : isRate(i) ? `${v}%` : String(v);
  const charts = chartsOf(data, t);

  return (
    <div
      className={full ? 'lingyan-insights lingyan-insights-full' : 'lingyan-insights'}
      style={
        full
          ? {
              position: 'fixed',
              inset: 0,
              zIndex: 1000,
              background: '#f5f7fb',
              padding: 16,
              overflow: 'auto',
            }
          : undefined
      }
    >
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <div>
          <h2 style={{ margin: 0 }}>{t('insights.title', { region: data.region.name })}</h2>
          <Breadcrumb
            items={data.path.map((p) => ({
              title:
                p.code === code ? (
                  p.name
                ) : (
                  <Link to={withQuery('/insights', { region: p.code, year })}>{p.name}</Link>
                ),
            }))}
          />
        </div>
        <Flex gap={8} align="center" wrap>
          <span>{t('insights.indicator')}</span>
          <Select
            aria-label={t('insights.indicator')}
            value={indicator}
            style={{ width: 160 }}
            onChange={setIndicator}
            options={INDICATORS.map((i) => ({ value: i, label: t(indicatorKey(i)) }))}
          />
          <BulletinMenu region={code} />
          <Button onClick={() => setFull(!full)}>
            {full ? t('insights.exitFullscreen') : t('insights.fullscreen')}
          </Button>
        </Flex>
      </Flex>

      <Row gutter={[12, 12]}>
        {CARDS.map((i) => (
          <Col key={i} xs={12} md={6}>
            <FigureLink
              to={linkOf(i)}
              title={t(indicatorKey(i))}
              value={format(i, indicatorValue(i, data.totals))}
            />
          </Col>
        ))}
        {mapped.length > 0 && (
          <Col xs={24} lg={14}>
            <Card size="small" title={t('insights.map', { indicator: t(indicatorKey(indicator)) })}>
              <InsightMap
                villages={mapped}
                areaOf={areaOf}
                valueOf={valueOf}
                nameOf={nameOf}
                onSelect={open}
                height={full ? 620 : 460}
              />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={mapped.length > 0 ? 10 : 24}>
          <TargetGauges region={code} year={data.year} />
          <Card size="small" title={t('insights.trend')}>
            <EChart
              option={charts.trend}
              height={full ? 330 : 230}
              testId="insights-trend"
              onClick={() => navigate(casesLink)}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('insights.economy')}>
            <Row gutter={[12, 12]}>
              <Col xs={24} lg={10}>
                <Row gutter={[12, 12]}>
                  {ECONOMY_CARDS.map((i) => (
                    <Col key={i} span={12}>
                      <FigureLink
                        to={linkOf(i)}
                        title={t(indicatorKey(i))}
                        value={format(i, indicatorValue(i, data.totals))}
                      />
                    </Col>
                  ))}
                  <Col span={12}>
                    <FigureLink
                      to={ledgerLink}
                      title={t('insights.income.growth')}
                      value={
                        growth === null
                          ? t('insights.income.noGrowth')
                          : `${growth > 0 ? '+' : ''}${growth}%`
                      }
                    />
                  </Col>
                </Row>
              </Col>
              <Col xs={24} lg={14}>
                <EChart
                  option={charts.income}
                  height={full ? 260 : 200}
                  testId="insights-income-trend"
                  onClick={() => navigate(ledgerLink)}
                />
              </Col>
            </Row>
          </Card>
        </Col>
        <Col span={24}>
          <WarningsCard region={code} />
        </Col>
        {data.children.length > 0 && (
          <Col span={24}>
            <Card size="small" title={t('insights.children')}>
              <Table
                size="small"
                rowKey="code"
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={data.children}
                columns={[
                  {
                    title: t('insights.col.name'),
                    key: 'name',
                    render: (_: unknown, p: InsightPlace) => (
                      <Link to={withQuery('/insights', { region: p.code, year })}>{p.name}</Link>
                    ),
                  },
                  ...INDICATORS.map((i) => ({
                    title: t(indicatorKey(i)),
                    key: i,
                    render: (_: unknown, p: InsightPlace) =>
                      format(i, indicatorValue(i, p.metrics)),
                  })),
                ]}
              />
            </Card>
          </Col>
        )}
      </Row>
    </div>
  );
}

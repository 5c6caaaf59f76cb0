import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { insightApi, type TargetGauge } from '../../api/insightEndpoints.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import type { MessageKey } from '../../i18n/types.ts';
import type { Translate } from '../../i18n/useI18n.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, withQuery } from '../../router.tsx';
import { targetGaugeOption } from './chartOptions.ts';
import { EChart } from './EChart.tsx';

/** The records behind a gauge: the 五星 round's board, the region's cases, the compliance board. */
export function gaugeLink(g: TargetGauge, region: string, year: string): string {
  switch (g.key) {
    case 'threeStarShare':
      return g.roundId ? withQuery('/evaluation', { round: g.roundId }) : '/evaluation';
    case 'disputeResolutionRate':
      return withQuery('/cases', { view: 'scope', region, kind: 'dispute' });
    case 'resolutionRate':
      return withQuery('/cases', { view: 'scope', region });
    case 'satisfactionRate':
      return withQuery('/cases', { view: 'scope', region, state: 'confirmed' });
    case 'obligationCompliance':
      return withQuery('/obligations/board', { region, year });
  }
}

function gaugeName(g: TargetGauge, t: Translate): string {
  if (g.key === 'threeStarShare')
    return t(
      g.scheme === 'five-star-branch-community'
        ? 'insights.target.starShareCommunity'
        : 'insights.target.starShareRural',
    );
  return t(`insights.ind.${g.key}` as MessageKey);
}

function targetLine(g: TargetGauge, t: Translate): string {
  if (g.target === null) return t('insights.target.none');
  const source = t(`insights.target.source.${g.targetSource ?? 'preset'}` as MessageKey);
  return `${t('insights.target.value', { value: g.target })}（${source}）`;
}

/**
 * 目标进度: one gauge per target the platform holds for the region, each a link to the records it
 * counts. The figure under it says how many of how many, so a percentage is never bare.
 */
export function TargetGauges({ region, year }: { region: string; year: string }) {
  const { t } = useI18n();
  const query = useApiQuery(
    (signal) => insightApi.targets({ region, year }, signal),
    [region, year],
  );
  const gauges = query.data?.gauges;
  const options = useMemo(
    () =>
      (gauges ?? []).map((g) =>
        targetGaugeOption({ name: gaugeName(g, t), value: g.actual, target: g.target }),
      ),
    [gauges, t],
  );
  return (
    <Card size="small" title={t('insights.gauges')} style={{ marginBottom: 12 }}>
      {query.error ? (
        <ErrorAlert error={query.error} />
      ) : !gauges ? (
        <Skeleton active />
      ) : gauges.length === 0 ? (
        <Empty description={t('insights.noData')} />
      ) : (
        <Row gutter={[8, 8]} data-testid="insights-gauges">
          {gauges.map((g, i) => (
            <Col key={`${g.key}:${g.scheme ?? ''}`} xs={12} sm={8}>
              <Link
                to={gaugeLink(g, region, year)}
                aria-label={gaugeName(g, t)}
                data-gauge={g.key}
                className="lingyan-target-gauge"
              >
                <Typography.Text strong style={{ display: 'block', textAlign: 'center' }}>
                  {gaugeName(g, t)}
                </Typography.Text>
                <EChart option={options[i] ?? {}} height={120} />
                <Typography.Text
                  type="secondary"
                  style={{ display: 'block', textAlign: 'center', fontSize: 12 }}
                >
                  {targetLine(g, t)}
                </Typography.Text>
                <Typography.Text
                  type="secondary"
                  style={{ display: 'block', textAlign: 'center', fontSize: 12 }}
                >
                  {t(`insights.target.count.${g.key}` as MessageKey, {
                    part: g.part,
                    whole: g.whole,
                  })}
                </Typography.Text>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}

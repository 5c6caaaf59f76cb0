import { Skeleton } from 'antd';
import { indicatorValue, isRate, type Indicator } from '../../../domain/insights/indicators.ts';
import { insightApi } from '../../api/insightEndpoints.ts';
import { Panel } from '../../components/panel/Panel.tsx';
import { useApiQuery } from '../../components/useApiQuery.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { Link, withQuery } from '../../router.tsx';

const FIGURES: Indicator[] = [
  'casesReceived',
  'resolutionRate',
  'onTimeRate',
  'satisfactionRate',
  'threeStarShare',
  'starsAwarded',
];

/**
 * 本辖区概览 on a cadre's home: the year's figures of their region from the roll-ups (the
 * dashboard's summary), each a link to the records behind it, and the way into the full 数据大屏.
 */
export function RegionGlance() {
  const { t } = useI18n();
  const glance = useApiQuery((signal) => insightApi.overview({ detail: 'summary' }, signal), []);
  // Not every cadre reads a region's figures (a union's cadre reads villages, not a region): no
  // panel rather than an error on the home page.
  if (glance.error) return null;
  const data = glance.data;
  const code = data?.region.code ?? '';
  const linkOf = (i: Indicator) =>
    i === 'threeStarShare' || i === 'starsAwarded'
      ? '/evaluation'
      : withQuery('/cases/stats', { region: code });
  const shown = (i: Indicator) => {
    const v = data ? indicatorValue(i, data.totals) : null;
    return v === null ? '—' : isRate(i) ? `${v}%` : String(v);
  };
  return (
    <Panel
      title={
        data ? t('home.glance.title', { region: data.region.name, year: data.year }) : undefined
      }
    >
      {!data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <div className="lingyan-glance">
          <div className="lingyan-glance-figures">
            {FIGURES.map((i) => (
              <Link key={i} to={linkOf(i)} className="lingyan-glance-figure">
                <span className="lingyan-muted">{t(`insights.ind.${i}` as MessageKey)}</span>
                <strong>{shown(i)}</strong>
              </Link>
            ))}
          </div>
          <Link to={withQuery('/insights', { region: code })}>{t('home.glance.open')}</Link>
        </div>
      )}
    </Panel>
  );
}

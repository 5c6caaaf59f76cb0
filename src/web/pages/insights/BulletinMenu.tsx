import { Button, Dropdown } from 'antd';
import { periodName, previousPeriod } from '../../../domain/insights/periods.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { withQuery } from '../../router.tsx';

/** This month and quarter in Shanghai, and the ones before: the 通报 one usually writes. */
function recentPeriods(now = new Date()): string[] {
  const shanghai = new Date(now.getTime() + 8 * 3_600_000).toISOString();
  const month = shanghai.slice(0, 7);
  const quarter = `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) + 2) / 3)}`;
  return [month, previousPeriod(month), quarter, previousPeriod(quarter)];
}

/** 下载通报: the region's monthly or quarterly bulletin as .docx, written by the server. */
export function BulletinMenu({ region }: { region: string }) {
  const { t } = useI18n();
  return (
    <Dropdown
      menu={{
        items: recentPeriods().map((period) => ({
          key: period,
          label: (
            <a href={withQuery('/api/v1/insights/bulletin', { region, period })} download>
              {periodName(period)}
            </a>
          ),
        })),
      }}
    >
      <Button>{t('insights.bulletin')}</Button>
    </Dropdown>
  );
}

import { Card, List } from 'antd';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { dividendApi } from '../economy/dividendApi.ts';
import { yuan } from '../economy/labels.ts';

/** 我家分红 (数字化分红): the published runs that paid my household, with its shares and amount. */
export function MyDividends() {
  const { t } = useI18n();
  const q = useApiQuery((s) => dividendApi.mine(s), []);
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('econ.div.mine')} data-testid="my-dividends">
      <List
        size="small"
        dataSource={items}
        renderItem={(d) => (
          <List.Item key={d.id} extra={<strong>{yuan(d.amountFen)} 元</strong>}>
            {t('econ.div.mineLine', { payer: d.payer, year: d.year })}
          </List.Item>
        )}
      />
    </Card>
  );
}

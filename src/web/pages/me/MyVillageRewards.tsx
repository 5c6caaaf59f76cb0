import { Card, List } from 'antd';
import { POSITIONS } from '../../../domain/directory/positions.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import { useApiQuery } from '../../components/useApiQuery.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { cadreRewardApi } from '../economy/cadreRewardApi.ts';
import { yuan } from '../economy/labels.ts';

/** 村务公开：干部奖励 — the approved cadre rewards of my village, each cadre with their amount. */
export function MyVillageRewards() {
  const { t, locale } = useI18n();
  const q = useApiQuery((s) => cadreRewardApi.notice(s), []);
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('econ.reward.notice')} data-testid="village-rewards">
      {items.map((r) => (
        <List
          key={r.id}
          size="small"
          header={t('econ.reward.noticeLine', { year: r.year, total: yuan(r.totalFen) })}
          dataSource={r.cadres}
          renderItem={(c) => (
            <List.Item extra={<strong>{yuan(c.amountFen)} 元</strong>}>
              {c.name}（{c.positions.map((p) => labelOf(POSITIONS, p, locale)).join('、')}）
            </List.Item>
          )}
        />
      ))}
    </Card>
  );
}

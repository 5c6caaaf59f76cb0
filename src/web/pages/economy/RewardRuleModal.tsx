import { Form, InputNumber, Select } from 'antd';
import { POSITIONS } from '../../../domain/directory/positions.ts';
import { labelOf } from '../../../domain/directory/vocabulary.ts';
import {
  EQUAL_WEIGHTS,
  REWARD_DIVISIONS,
  type TwoCommitteesPosition,
} from '../../../domain/economy/cadreRewards.ts';
import { TWO_COMMITTEES_POSITIONS } from '../../../domain/economy/kinds.ts';
import { SaveModal } from '../../components/SaveModal.tsx';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { cadreRewardApi, type RewardRule } from './cadreRewardApi.ts';
import { fenOf } from './labels.ts';
import { YuanInput } from './YuanInput.tsx';

// The county's 干部奖励 rule for a year: the share in %, the caps in 元 (sent as 万分比 and whole
// 分), the division and a weight per 两委 position. The server checks the rest and names the field.

interface Values {
  sharePercent: number;
  villageCapYuan: number;
  cadreCapYuan: number;
  division: RewardRule['division'];
  weights: Record<TwoCommitteesPosition, number>;
}

export const divisionKey = (d: string) => `econ.reward.division.${d}` as MessageKey;

export function RewardRuleModal(props: {
  county: string;
  year: number;
  rule: RewardRule | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { county, year, rule, onClose, onSaved } = props;
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Values>();
  const initial: Values = rule
    ? {
        sharePercent: rule.shareBp / 100,
        villageCapYuan: rule.villageCapFen / 100,
        cadreCapYuan: rule.cadreCapFen / 100,
        division: rule.division,
        weights: rule.weights,
      }
    : {
        sharePercent: 10,
        villageCapYuan: 50_000,
        cadreCapYuan: 20_000,
        division: 'byPosition',
        weights: { ...EQUAL_WEIGHTS, secretary: 3, villageDirector: 2 },
      };
  return (
    <SaveModal<Values, RewardRule>
      open
      title={`${year} ${t('econ.reward.rule')}`}
      form={form}
      initial={initial}
      save={(v) =>
        cadreRewardApi.setRule(county, year, {
          shareBp: Math.round(v.sharePercent * 100),
          villageCapFen: fenOf(v.villageCapYuan),
          cadreCapFen: fenOf(v.cadreCapYuan),
          division: v.division,
          weights: v.weights,
        })
      }
      savedText={t('econ.reward.ruleSaved')}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="sharePercent" label={t('econ.reward.share')} rules={[{ required: true }]}>
        <InputNumber min={0} step={0.5} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="villageCapYuan"
        label={t('econ.reward.villageCap')}
        rules={[{ required: true }]}
      >
        <YuanInput />
      </Form.Item>
      <Form.Item name="cadreCapYuan" label={t('econ.reward.cadreCap')} rules={[{ required: true }]}>
        <YuanInput />
      </Form.Item>
      <Form.Item name="division" label={t('econ.reward.division')} rules={[{ required: true }]}>
        <Select options={REWARD_DIVISIONS.map((d) => ({ value: d, label: t(divisionKey(d)) }))} />
      </Form.Item>
      {TWO_COMMITTEES_POSITIONS.map((p) => (
        <Form.Item
          key={p}
          name={['weights', p]}
          label={`${t('econ.reward.weight')} · ${labelOf(POSITIONS, p, locale)}`}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      ))}
    </SaveModal>
  );
}

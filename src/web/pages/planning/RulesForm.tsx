import { Button, Checkbox, Flex, InputNumber, Typography } from 'antd';
import type { UnionRules } from '../../api/planningTypes.ts';
import { RegionPicker } from '../../components/RegionPicker.tsx';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';

export interface PlanningForm {
  region: string;
  rules: UnionRules;
  timeLimitSeconds: number;
}

type NumberRule = Exclude<keyof UnionRules, 'sameTownship'>;
const FIELDS: { key: NumberRule; label: MessageKey; min: number; max?: number; step?: number }[] = [
  { key: 'minSize', label: 'planning.minSize', min: 2, max: 50 },
  { key: 'maxSize', label: 'planning.maxSize', min: 2, max: 50 },
  { key: 'minPopulation', label: 'planning.minPopulation', min: 0, step: 100 },
  { key: 'maxPopulation', label: 'planning.maxPopulation', min: 0, step: 100 },
  { key: 'maxDistanceKm', label: 'planning.maxDistanceKm', min: 0, step: 1 },
  { key: 'strongThreshold', label: 'planning.strongThreshold', min: 0, max: 1, step: 0.05 },
  { key: 'industryPenalty', label: 'planning.industryPenalty', min: 0, step: 0.5 },
  { key: 'weakOnlyPenalty', label: 'planning.weakOnlyPenalty', min: 0, step: 0.5 },
];

interface RulesFormProps {
  value: PlanningForm;
  onChange: (value: PlanningForm) => void;
  onRun: () => void;
  running: boolean;
}

/** 规划范围, the union rules (安丘's defaults, all editable) and the solver's time limit. */
export function RulesForm({ value, onChange, onRun, running }: RulesFormProps) {
  const { t } = useI18n();
  const setRule = (key: NumberRule, n: number | null) =>
    n !== null && onChange({ ...value, rules: { ...value.rules, [key]: n } });
  return (
    <Flex vertical gap={12}>
      <label style={{ maxWidth: 420 }}>
        <Typography.Text type="secondary">{t('planning.region')}</Typography.Text>
        <RegionPicker
          value={value.region}
          onChange={(region) => region && onChange({ ...value, region })}
        />
      </label>
      <Typography.Text strong>{t('planning.rules')}</Typography.Text>
      <Flex gap={12} wrap align="end">
        {FIELDS.map((field) => (
          <label key={field.key} data-rule={field.key}>
            <Typography.Text type="secondary">{t(field.label)}</Typography.Text>
            <div>
              <InputNumber
                min={field.min}
                max={field.max}
                step={field.step}
                value={value.rules[field.key]}
                onChange={(n) => setRule(field.key, n)}
                style={{ width: 140 }}
              />
            </div>
          </label>
        ))}
        <label data-rule="timeLimitSeconds">
          <Typography.Text type="secondary">{t('planning.timeLimit')}</Typography.Text>
          <div>
            <InputNumber
              min={1}
              max={600}
              value={value.timeLimitSeconds}
              onChange={(n) => n !== null && onChange({ ...value, timeLimitSeconds: n })}
              style={{ width: 140 }}
            />
          </div>
        </label>
        <Checkbox
          checked={value.rules.sameTownship}
          onChange={(e) =>
            onChange({ ...value, rules: { ...value.rules, sameTownship: e.target.checked } })
          }
        >
          {t('planning.sameTownship')}
        </Checkbox>
        <Button type="primary" onClick={onRun} loading={running} disabled={!value.region}>
          {t('planning.run')}
        </Button>
      </Flex>
    </Flex>
  );
}

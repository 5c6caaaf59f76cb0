import { Button, Flex, Input, Select, Typography } from 'antd';
import { ROLES } from '../../../domain/access/roles.ts';
import { freshKey } from '../../../domain/evaluation/scheme.ts';
import { REGION_LEVELS } from '../../../domain/region/regionCode.ts';
import type { SchemeDefinition } from '../../api/evaluationTypes.ts';
import { levelLabel, roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { removeAt, replaceAt, type UpdateScheme } from './schemeUpdate.ts';

type Step = SchemeDefinition['steps'][number];

/**
 * The review steps: name, the role that acts, the region level of its grant, and which claims it
 * decides (every level, or only from N stars: the city decides five stars). The server refuses a
 * role that does not review and a scheme whose every step is conditional.
 */
export function StepsEditor({ def, update }: { def: SchemeDefinition; update: UpdateScheme }) {
  const { t } = useI18n();
  const changeStep = (i: number, change: (step: Step) => Step) =>
    update((d) => ({ ...d, steps: replaceAt(d.steps, i, change) }));
  const add = () =>
    update((d) => {
      const last = d.steps.at(-1);
      const key = freshKey(
        'step',
        d.steps.map((s) => s.key),
      );
      const step: Step = {
        key,
        name: t('evaluation.newStep'),
        role: last?.role ?? 'county_admin',
        level: last?.level ?? 'county',
      };
      return { ...d, steps: [...d.steps, step] };
    });
  const levels = Array.from({ length: def.stars.length }, (_, i) => i + 1);
  return (
    <>
      <Typography.Title level={5}>{t('evaluation.steps')}</Typography.Title>
      {def.steps.map((step, i) => (
        <Flex key={step.key} gap={6} wrap align="center">
          <Typography.Text type="secondary">{i + 1}.</Typography.Text>
          <Input
            style={{ width: 160 }}
            aria-label={`${t('evaluation.stepName')} ${i + 1}`}
            value={step.name}
            onChange={(e) => {
              const name = e.target.value;
              changeStep(i, (s) => ({ ...s, name }));
            }}
          />
          <Select
            style={{ width: 150 }}
            aria-label={`${t('evaluation.stepRole')} ${i + 1}`}
            value={step.role}
            onChange={(role) => changeStep(i, (s) => ({ ...s, role }))}
            options={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))}
          />
          <Select
            style={{ width: 110 }}
            aria-label={`${t('evaluation.stepLevel')} ${i + 1}`}
            value={step.level}
            onChange={(level) => changeStep(i, (s) => ({ ...s, level }))}
            options={REGION_LEVELS.map((r) => ({ value: r, label: levelLabel(t, r) }))}
          />
          <Select
            style={{ width: 130 }}
            aria-label={`${t('evaluation.fromLevel')} ${i + 1}`}
            value={step.fromLevel ?? 0}
            onChange={(v: number) =>
              changeStep(i, (s) => {
                const { fromLevel: _dropped, ...rest } = s;
                return v === 0 ? rest : { ...rest, fromLevel: v };
              })
            }
            options={[
              { value: 0, label: t('evaluation.allLevels') },
              ...levels.map((n) => ({ value: n, label: t('evaluation.levelFrom', { n }) })),
            ]}
          />
          <Button
            size="small"
            type="text"
            danger
            disabled={def.steps.length === 1}
            onClick={() => update((d) => ({ ...d, steps: removeAt(d.steps, i) }))}
          >
            {t('evaluation.removeStep')}
          </Button>
        </Flex>
      ))}
      <Button type="dashed" disabled={def.steps.length >= 6} onClick={add}>
        {t('evaluation.addStep')}
      </Button>
    </>
  );
}

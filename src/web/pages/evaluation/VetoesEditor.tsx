import { Button, Flex, Input, Select, Typography } from 'antd';
import { freshKey } from '../../../domain/evaluation/scheme.ts';
import type { SchemeDefinition } from '../../api/evaluationTypes.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { removeAt, replaceAt, type UpdateScheme } from './schemeUpdate.ts';
import { useSchemeText } from './SchemeText.tsx';

type Veto = SchemeDefinition['vetoes'][number];
const ALL = '*all';

/** 负面清单 / 一票否决: each veto event's label and the stars it removes (some, or all). */
export function VetoesEditor({ def, update }: { def: SchemeDefinition; update: UpdateScheme }) {
  const { t } = useI18n();
  const nameOf = useSchemeText();
  const changeVeto = (i: number, change: (veto: Veto) => Veto) =>
    update((d) => ({ ...d, vetoes: replaceAt(d.vetoes, i, change) }));
  const add = () =>
    update((d) => {
      const veto: Veto = {
        key: freshKey(
          'veto',
          d.vetoes.map((v) => v.key),
        ),
        label: t('evaluation.newVeto'),
        removes: 'all',
      };
      return { ...d, vetoes: [...d.vetoes, veto] };
    });
  const starOptions = [
    { value: ALL, label: t('evaluation.vetoAll') },
    ...def.stars.map((s) => ({ value: s.key, label: nameOf(s.name) })),
  ];
  return (
    <>
      <Typography.Title level={5}>{t('evaluation.vetoList')}</Typography.Title>
      {def.vetoes.map((veto, i) => (
        <Flex key={veto.key} gap={6} wrap align="center">
          <Input
            style={{ width: 220 }}
            aria-label={`${t('evaluation.vetoList')} ${i + 1}`}
            value={veto.label}
            onChange={(e) => {
              const label = e.target.value;
              changeVeto(i, (v) => ({ ...v, label }));
            }}
          />
          <Select
            mode="multiple"
            style={{ minWidth: 240 }}
            aria-label={`${t('evaluation.vetoRemoves')} ${i + 1}`}
            placeholder={t('evaluation.vetoRemoves')}
            value={veto.removes === 'all' ? [ALL] : veto.removes}
            onChange={(v: string[]) => {
              // Picking 全部星 replaces single stars; picking a star after it narrows the veto again.
              const picked =
                v.at(-1) === ALL || v.length === 0 ? 'all' : v.filter((k) => k !== ALL);
              changeVeto(i, (x) => ({ ...x, removes: picked }));
            }}
            options={starOptions}
          />
          <Button
            size="small"
            type="text"
            danger
            onClick={() => update((d) => ({ ...d, vetoes: removeAt(d.vetoes, i) }))}
          >
            {t('evaluation.removeVeto')}
          </Button>
        </Flex>
      ))}
      <Button type="dashed" disabled={def.vetoes.length >= 20} onClick={add}>
        {t('evaluation.addVeto')}
      </Button>
    </>
  );
}

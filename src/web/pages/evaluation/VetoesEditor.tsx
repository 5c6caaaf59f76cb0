import { Button, Flex, Input, Select, Typography } from 'antd';
import { freshKey } from '../../../domain/evaluation/scheme.ts';
import type { SchemeDefinition } from '../../api/evaluationTypes.ts';
import { useI18n } from '../../i18n/useI18n.ts';

type Veto = SchemeDefinition['vetoes'][number];
const ALL = '*all';

/** 负面清单 / 一票否决: each veto event's label and the stars it removes (some, or all). */
export function VetoesEditor({
  def,
  setDef,
}: {
  def: SchemeDefinition;
  setDef: (d: SchemeDefinition) => void;
}) {
  const { t } = useI18n();
  const setVeto = (i: number, veto: Veto) =>
    setDef({ ...def, vetoes: def.vetoes.map((v, j) => (j === i ? veto : v)) });
  const add = () =>
    setDef({
      ...def,
      vetoes: [
        ...def.vetoes,
        {
          key: freshKey(
            'veto',
            def.vetoes.map((v) => v.key),
          ),
          label: t('evaluation.newVeto'),
          removes: 'all',
        },
      ],
    });
  const starOptions = [
    { value: ALL, label: t('evaluation.vetoAll') },
    ...def.stars.map((s) => ({ value: s.key, label: s.name })),
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
            onChange={(e) => setVeto(i, { ...veto, label: e.target.value })}
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
              setVeto(i, { ...veto, removes: picked });
            }}
            options={starOptions}
          />
          <Button
            size="small"
            type="text"
            danger
            onClick={() => setDef({ ...def, vetoes: def.vetoes.filter((_, j) => j !== i) })}
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

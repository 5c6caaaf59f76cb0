import { Button, Flex, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { PlanningVillage, UnionDraft } from '../../api/planningTypes.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { unionOf } from './editPlan.ts';

const OUT = '__out__';

interface MovePanelProps {
  village: PlanningVillage | null;
  unions: readonly UnionDraft[];
  villages: ReadonlyMap<string, PlanningVillage>;
  canUndo: boolean;
  onMove: (code: string, target: string | null) => void;
  onUndo: () => void;
}

/** The selected village and where it goes: another union, or out of every union. */
export function MovePanel({ village, unions, villages, canUndo, onMove, onUndo }: MovePanelProps) {
  const { t } = useI18n();
  const [target, setTarget] = useState<string | undefined>();
  const current = village ? unionOf(unions, village.code) : null;
  useEffect(() => setTarget(undefined), [village]);
  const options = [
    ...unions.map((u, i) => ({
      value: u.lead,
      label: `${i + 1}. ${villages.get(u.lead)?.name ?? u.lead}`,
      disabled: u.lead === current,
    })),
    { value: OUT, label: t('planning.moveOut'), disabled: current === null },
  ];
  return (
    <Flex gap={12} wrap align="center" className="lingyan-move-panel">
      <Typography.Text>
        {village ? t('planning.selected', { name: village.name }) : t('planning.mapHint')}
      </Typography.Text>
      <Select
        className="lingyan-move-target"
        style={{ minWidth: 200 }}
        placeholder={t('planning.moveTo')}
        disabled={!village}
        value={target}
        onChange={setTarget}
        options={options}
      />
      <Button
        disabled={!village || !target}
        onClick={() => village && target && onMove(village.code, target === OUT ? null : target)}
      >
        {t('planning.move')}
      </Button>
      <Button disabled={!canUndo} onClick={onUndo}>
        {t('planning.undo')}
      </Button>
    </Flex>
  );
}

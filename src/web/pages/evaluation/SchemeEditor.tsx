import { App, Button, Card, Drawer, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { ROLES } from '../../../domain/access/roles.ts';
import { COMPARISONS, freshKey, withoutStar } from '../../../domain/evaluation/scheme.ts';
import { REGION_LEVELS } from '../../../domain/region/regionCode.ts';
import { evaluationApi } from '../../api/evaluationEndpoints.ts';
import type { SchemeDefinition, SchemeItem } from '../../api/evaluationTypes.ts';
import { describeError } from '../../api/errorMessage.ts';
import { levelLabel, roleLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/useI18n.ts';

type Star = SchemeDefinition['stars'][number];

/** An empty quota means no limit: the field leaves the definition. */
function withQuota(def: SchemeDefinition, quota: number | null): SchemeDefinition {
  const { starQuota: _dropped, ...rest } = def;
  return quota === null ? rest : { ...rest, starQuota: quota };
}

/**
 * The scheme editor: names, notice days, the required star, each star's criteria (labels,
 * thresholds) and the review steps (role and level). The server refuses edits under a running
 * round and versions a scheme closed rounds used.
 */
export function SchemeEditor({ scheme, onClose, onSaved }: { scheme: SchemeItem | null; onClose: () => void; onSaved: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [def, setDef] = useState<SchemeDefinition | null>(scheme?.definition ?? null);
  const [busy, setBusy] = useState(false);
  if (!scheme || !def) return null;
  const setStar = (i: number, star: Star) => setDef({ ...def, stars: def.stars.map((s, j) => (j === i ? star : s)) });
  // New stars and items are checklist items the subject answers; metric rules come from the presets.
  const addStar = () => {
    const key = freshKey('star', def.stars.map((s) => s.key));
    const name = t('evaluation.newStar', { n: def.stars.length + 1 });
    setDef({ ...def, stars: [...def.stars, { key, name, criteria: [{ kind: 'checklist', id: key, label: name, evidence: 'optional' }] }] });
  };
  const addItem = (i: number, star: Star) => {
    const id = freshKey('item', def.stars.flatMap((s) => s.criteria.map((c) => c.id)));
    setStar(i, { ...star, criteria: [...star.criteria, { kind: 'checklist', id, label: t('evaluation.newItem'), evidence: 'optional' }] });
  };
  const save = async () => {
    setBusy(true);
    try {
      const saved = await evaluationApi.editScheme(scheme.id, def);
      message.success(t('evaluation.saved', { n: saved.version }));
      onSaved();
    } catch (error) {
      message.error(describeError(error, t, locale));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Drawer open onClose={onClose} size="large" title={`${t('evaluation.edit')} · ${scheme.name}`} extra={<Button type="primary" loading={busy} onClick={save}>{t('evaluation.save')}</Button>}>
      <Flex vertical gap={12}>
        <label>
          {t('evaluation.name')}
          <Input value={def.name} onChange={(e) => setDef({ ...def, name: e.target.value })} aria-label={t('evaluation.name')} />
        </label>
        <label>
          {t('evaluation.noticeDays')}{' '}
          <InputNumber min={1} max={30} value={def.noticeDays} onChange={(v) => setDef({ ...def, noticeDays: v ?? 1 })} aria-label={t('evaluation.noticeDays')} />
        </label>
        <label>
          {t('evaluation.starQuota')}{' '}
          <InputNumber min={1} max={10000} value={def.starQuota ?? null} onChange={(v) => setDef(withQuota(def, v))} aria-label={t('evaluation.starQuota')} />
        </label>
        {def.stars.length >= 3 && (
          <label>
            {t('evaluation.requiredStar')}{' '}
            <Select
              allowClear
              style={{ width: 200 }}
              value={def.levelRule.requiredStar}
              onChange={(v: string | undefined) => setDef({ ...def, levelRule: v ? { requiredStar: v, requiredFromLevel: 3 } : {} })}
              options={def.stars.map((s) => ({ value: s.key, label: s.name }))}
            />
          </label>
        )}
        {def.stars.map((star, i) => (
          <Card
            key={star.key}
            size="small"
            title={<Input value={star.name} onChange={(e) => setStar(i, { ...star, name: e.target.value })} aria-label={`${t('evaluation.stars')} ${i + 1}`} />}
            extra={<Button size="small" danger disabled={def.stars.length === 1} onClick={() => setDef(withoutStar(def, star.key))}>{t('evaluation.removeStar')}</Button>}
          >
            <Typography.Text type="secondary">{t('evaluation.criteria')}</Typography.Text>
            {star.criteria.map((c, k) => (
              <Flex key={c.id} gap={6} wrap align="center" style={{ marginTop: 4 }}>
                <Input style={{ width: 280 }} value={c.label} onChange={(e) => setStar(i, { ...star, criteria: star.criteria.map((x, j) => (j === k ? { ...x, label: e.target.value } : x)) })} />
                {c.kind === 'metric' && (
                  <>
                    <Select style={{ width: 70 }} value={c.comparison} onChange={(v) => setStar(i, { ...star, criteria: star.criteria.map((x, j) => (j === k && x.kind === 'metric' ? { ...x, comparison: v } : x)) })} options={COMPARISONS.map((o) => ({ value: o, label: o }))} />
                    <InputNumber style={{ width: 100 }} value={c.threshold} onChange={(v) => setStar(i, { ...star, criteria: star.criteria.map((x, j) => (j === k && x.kind === 'metric' ? { ...x, threshold: v ?? 0 } : x)) })} aria-label={`${c.label} threshold`} />
                  </>
                )}
                <Button size="small" type="text" danger disabled={star.criteria.length === 1} aria-label={`${t('evaluation.removeItem')} ${c.label}`} onClick={() => setStar(i, { ...star, criteria: star.criteria.filter((_, j) => j !== k) })}>
                  {t('evaluation.removeItem')}
                </Button>
              </Flex>
            ))}
            <Button size="small" type="dashed" style={{ marginTop: 6 }} onClick={() => addItem(i, star)}>
              {t('evaluation.addItem')}
            </Button>
          </Card>
        ))}
        <Button type="dashed" onClick={addStar} disabled={def.stars.length >= 12}>
          {t('evaluation.addStar')}
        </Button>
        <Typography.Title level={5}>{t('evaluation.steps')}</Typography.Title>
        {def.steps.map((step, i) => (
          <Flex key={step.key} gap={6} wrap align="center">
            <Input style={{ width: 160 }} value={step.name} onChange={(e) => setDef({ ...def, steps: def.steps.map((s, j) => (j === i ? { ...s, name: e.target.value } : s)) })} />
            <Select style={{ width: 150 }} aria-label={t('evaluation.stepRole')} value={step.role} onChange={(v) => setDef({ ...def, steps: def.steps.map((s, j) => (j === i ? { ...s, role: v } : s)) })} options={ROLES.map((r) => ({ value: r, label: roleLabel(t, r) }))} />
            <Select style={{ width: 110 }} aria-label={t('evaluation.stepLevel')} value={step.level} onChange={(v) => setDef({ ...def, steps: def.steps.map((s, j) => (j === i ? { ...s, level: v } : s)) })} options={REGION_LEVELS.map((r) => ({ value: r, label: levelLabel(t, r) }))} />
            {step.fromLevel !== undefined && <Typography.Text type="secondary">{t('evaluation.fromLevel')} {step.fromLevel}</Typography.Text>}
          </Flex>
        ))}
      </Flex>
    </Drawer>
  );
}

import { Button, Card, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { METRICS, metricByKey } from '../../../domain/evaluation/metrics.ts';
import { COMPARISONS, freshKey, withoutStar } from '../../../domain/evaluation/scheme.ts';
import type { SchemeDefinition } from '../../api/evaluationTypes.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';

type Star = SchemeDefinition['stars'][number];
type Criterion = Star['criteria'][number];
const EVIDENCE = ['none', 'optional', 'required'] as const;

/**
 * Each star and its criteria: checklist items (with the evidence they ask for) and metric rules
 * (a metric of the catalog, a comparison and a threshold). Metrics that rate this subject type
 * are offered first; the server refuses a metric the registry does not know.
 */
export function StarsEditor({
  def,
  setDef,
}: {
  def: SchemeDefinition;
  setDef: (d: SchemeDefinition) => void;
}) {
  const { t, locale } = useI18n();
  const setStar = (i: number, star: Star) =>
    setDef({ ...def, stars: def.stars.map((s, j) => (j === i ? star : s)) });
  const setCriterion = (i: number, star: Star, k: number, c: Criterion) =>
    setStar(i, { ...star, criteria: star.criteria.map((x, j) => (j === k ? c : x)) });
  const takenIds = () => def.stars.flatMap((s) => s.criteria.map((c) => c.id));
  const addStar = () => {
    const key = freshKey(
      'star',
      def.stars.map((s) => s.key),
    );
    const name = t('evaluation.newStar', { n: def.stars.length + 1 });
    setDef({
      ...def,
      stars: [
        ...def.stars,
        {
          key,
          name,
          criteria: [
            {
              kind: 'checklist',
              id: freshKey('item', takenIds()),
              label: name,
              evidence: 'optional',
            },
          ],
        },
      ],
    });
  };
  const metricName = (key: string) =>
    metricByKey(key)?.[locale === 'en' ? 'nameEn' : 'name'] ?? key;
  const fits = METRICS.filter((m) => m.subjects.includes(def.subjectType));
  const metricOptions = [...fits, ...METRICS.filter((m) => !fits.includes(m))].map((m) => ({
    value: m.key,
    label: `${metricName(m.key)}（${m.unit}）`,
  }));
  const addMetric = (i: number, star: Star) => {
    const metric = fits[0] ?? METRICS[0];
    if (!metric) return;
    setStar(i, {
      ...star,
      criteria: [
        ...star.criteria,
        {
          kind: 'metric',
          id: freshKey('rule', takenIds()),
          label: metricName(metric.key),
          metric: metric.key,
          comparison: '>=',
          threshold: 0,
        },
      ],
    });
  };
  return (
    <>
      {def.stars.map((star, i) => (
        <Card
          key={star.key}
          size="small"
          title={
            <Input
              value={star.name}
              onChange={(e) => setStar(i, { ...star, name: e.target.value })}
              aria-label={`${t('evaluation.stars')} ${i + 1}`}
            />
          }
          extra={
            <Button
              size="small"
              danger
              disabled={def.stars.length === 1}
              onClick={() => setDef(withoutStar(def, star.key))}
            >
              {t('evaluation.removeStar')}
            </Button>
          }
        >
          <Typography.Text type="secondary">{t('evaluation.criteria')}</Typography.Text>
          {star.criteria.map((c, k) => (
            <Flex key={c.id} gap={6} wrap align="center" style={{ marginTop: 4 }}>
              <Input
                style={{ width: c.kind === 'metric' ? 200 : 260 }}
                value={c.label}
                aria-label={`${t('evaluation.criteria')} ${i + 1}.${k + 1}`}
                onChange={(e) => setCriterion(i, star, k, { ...c, label: e.target.value })}
              />
              {c.kind === 'metric' ? (
                <>
                  <Select
                    style={{ width: 190 }}
                    aria-label={`${t('evaluation.metric')} ${i + 1}.${k + 1}`}
                    value={c.metric}
                    onChange={(v: string) => setCriterion(i, star, k, { ...c, metric: v })}
                    options={metricOptions}
                  />
                  <Select
                    style={{ width: 70 }}
                    aria-label={`${c.label} comparison`}
                    value={c.comparison}
                    onChange={(v) => setCriterion(i, star, k, { ...c, comparison: v })}
                    options={COMPARISONS.map((o) => ({ value: o, label: o }))}
                  />
                  <InputNumber
                    style={{ width: 100 }}
                    value={c.threshold}
                    onChange={(v) => setCriterion(i, star, k, { ...c, threshold: v ?? 0 })}
                    aria-label={`${c.label} threshold`}
                    placeholder={t('evaluation.threshold')}
                    addonAfter={metricByKey(c.metric)?.unit}
                  />
                </>
              ) : (
                <Select
                  style={{ width: 120 }}
                  aria-label={`${t('evaluation.evidenceRule')} ${i + 1}.${k + 1}`}
                  value={c.evidence}
                  onChange={(v) => setCriterion(i, star, k, { ...c, evidence: v })}
                  options={EVIDENCE.map((e) => ({
                    value: e,
                    label: t(`evaluation.evidence.${e}` as MessageKey),
                  }))}
                />
              )}
              <Button
                size="small"
                type="text"
                danger
                disabled={star.criteria.length === 1}
                aria-label={`${t('evaluation.removeItem')} ${c.label}`}
                onClick={() =>
                  setStar(i, { ...star, criteria: star.criteria.filter((_, j) => j !== k) })
                }
              >
                {t('evaluation.removeItem')}
              </Button>
            </Flex>
          ))}
          <Flex gap={6} style={{ marginTop: 6 }}>
            <Button
              size="small"
              type="dashed"
              onClick={() =>
                setStar(i, {
                  ...star,
                  criteria: [
                    ...star.criteria,
                    {
                      kind: 'checklist',
                      id: freshKey('item', takenIds()),
                      label: t('evaluation.newItem'),
                      evidence: 'optional',
                    },
                  ],
                })
              }
            >
              {t('evaluation.addItem')}
            </Button>
            <Button size="small" type="dashed" onClick={() => addMetric(i, star)}>
              {t('evaluation.addMetric')}
            </Button>
          </Flex>
        </Card>
      ))}
      <Button type="dashed" onClick={addStar} disabled={def.stars.length >= 12}>
        {t('evaluation.addStar')}
      </Button>
    </>
  );
}

import { Button, Card, Flex, Input, InputNumber, Select, Typography } from 'antd';
import { METRICS, metricByKey, metricName } from '../../../domain/evaluation/metrics.ts';
import { COMPARISONS, freshKey, withoutStar } from '../../../domain/evaluation/scheme.ts';
import type { SchemeDefinition } from '../../api/evaluationTypes.ts';
import type { MessageKey } from '../../i18n/types.ts';
import { useI18n } from '../../i18n/useI18n.ts';
import { removeAt, replaceAt, type UpdateScheme } from './schemeUpdate.ts';

type Star = SchemeDefinition['stars'][number];
type Criterion = Star['criteria'][number];
const EVIDENCE = ['none', 'optional', 'required'] as const;

/**
 * Each star and its criteria: checklist items (with the evidence they ask for) and metric rules
 * (a metric of the catalog, a comparison and a threshold). Metrics that rate this subject type
 * are offered first; the server refuses a metric the registry does not know.
 */
export function StarsEditor({ def, update }: { def: SchemeDefinition; update: UpdateScheme }) {
  const { t, locale } = useI18n();
  const changeStar = (i: number, change: (star: Star) => Star) =>
    update((d) => ({ ...d, stars: replaceAt(d.stars, i, change) }));
  const changeCriterion = (i: number, k: number, change: (c: Criterion) => Criterion) =>
    changeStar(i, (star) => ({ ...star, criteria: replaceAt(star.criteria, k, change) }));
  const takenIds = (d: SchemeDefinition) => d.stars.flatMap((s) => s.criteria.map((c) => c.id));
  /** Appends a criterion to star i, its id fresh against every criterion of the definition. */
  const addCriterion = (i: number, make: (id: (prefix: string) => string) => Criterion) =>
    update((d) => {
      const criterion = make((prefix) => freshKey(prefix, takenIds(d)));
      return {
        ...d,
        stars: replaceAt(d.stars, i, (star) => ({
          ...star,
          criteria: [...star.criteria, criterion],
        })),
      };
    });
  const addStar = () =>
    update((d) => {
      const key = freshKey(
        'star',
        d.stars.map((s) => s.key),
      );
      const name = t('evaluation.newStar', { n: d.stars.length + 1 });
      const first: Criterion = {
        kind: 'checklist',
        id: freshKey('item', takenIds(d)),
        label: name,
        evidence: 'optional',
      };
      return { ...d, stars: [...d.stars, { key, name, criteria: [first] }] };
    });
  const metricLabel = (key: string) => {
    const metric = metricByKey(key);
    return metric ? metricName(metric, locale) : key;
  };
  const fits = METRICS.filter((m) => m.subjects.includes(def.subjectType));
  const metricOptions = [...fits, ...METRICS.filter((m) => !fits.includes(m))].map((m) => ({
    value: m.key,
    label: `${metricLabel(m.key)}（${m.unit}）`,
  }));
  const addMetric = (i: number) => {
    const metric = fits[0] ?? METRICS[0];
    if (!metric) return;
    addCriterion(i, (id) => ({
      kind: 'metric',
      id: id('rule'),
      label: metricLabel(metric.key),
      metric: metric.key,
      comparison: '>=',
      threshold: 0,
    }));
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
              onChange={(e) => {
                const name = e.target.value;
                changeStar(i, (x) => ({ ...x, name }));
              }}
              aria-label={`${t('evaluation.stars')} ${i + 1}`}
            />
          }
          extra={
            <Button
              size="small"
              danger
              disabled={def.stars.length === 1}
              onClick={() => update((d) => withoutStar(d, star.key))}
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
                onChange={(e) => {
                  const label = e.target.value;
                  changeCriterion(i, k, (x) => ({ ...x, label }));
                }}
              />
              {c.kind === 'metric' ? (
                <>
                  <Select
                    style={{ width: 190 }}
                    aria-label={`${t('evaluation.metric')} ${i + 1}.${k + 1}`}
                    value={c.metric}
                    onChange={(metric: string) =>
                      changeCriterion(i, k, (x) => (x.kind === 'metric' ? { ...x, metric } : x))
                    }
                    options={metricOptions}
                  />
                  <Select
                    style={{ width: 70 }}
                    aria-label={`${c.label} comparison`}
                    value={c.comparison}
                    onChange={(comparison) =>
                      changeCriterion(i, k, (x) => (x.kind === 'metric' ? { ...x, comparison } : x))
                    }
                    options={COMPARISONS.map((o) => ({ value: o, label: o }))}
                  />
                  <InputNumber
                    style={{ width: 100 }}
                    value={c.threshold}
                    onChange={(v) =>
                      changeCriterion(i, k, (x) =>
                        x.kind === 'metric' ? { ...x, threshold: v ?? 0 } : x,
                      )
                    }
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
                  onChange={(evidence) =>
                    changeCriterion(i, k, (x) => (x.kind === 'checklist' ? { ...x, evidence } : x))
                  }
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
                onClick={() => changeStar(i, (x) => ({ ...x, criteria: removeAt(x.criteria, k) }))}
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
                addCriterion(i, (id) => ({
                  kind: 'checklist',
                  id: id('item'),
                  label: t('evaluation.newItem'),
                  evidence: 'optional',
                }))
              }
            >
              {t('evaluation.addItem')}
            </Button>
            <Button size="small" type="dashed" onClick={() => addMetric(i)}>
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

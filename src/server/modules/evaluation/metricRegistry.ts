import { metricByKey } from '../../../domain/evaluation/metrics.ts';
import type { SchemeDefinition } from '../../../domain/evaluation/scheme.ts';
import type { ClaimContent, MetricSnapshot } from '../../db/schema/index.ts';
import type { Ctx } from '../../platform/context.ts';

export interface MetricSubject {
  id: string;
  subjectType: string;
  regionCode: string;
}
export interface MetricValue {
  value: number | null;
  sources: MetricSnapshot['sources'];
}
/** What an evaluation asks a provider for: the year of its round's period (`2026`, `2026-Q3`). */
export interface MetricAsk {
  year: number;
}
/**
 * A module's provider: values for many subjects at once, each with the records it came from. A
 * provider of a yearly figure reads `ask.year`, never the clock's year, so a round of last year
 * judged in January reads last year's records.
 */
export type MetricProvider = (
  ctx: Ctx,
  subjects: readonly MetricSubject[],
  ask: MetricAsk,
) => Promise<Map<string, MetricValue>>;

/** The year a round's period lies in: its first four digits. */
export const periodYear = (period: string): number => Number(period.slice(0, 4));

const providers = new Map<string, MetricProvider>();

/**
 * The metric registry other modules add to. A metric of the catalog (domain/evaluation/metrics.ts)
 * without a registered provider is entered by the subject with evidence.
 */
export function registerMetric(key: string, provider: MetricProvider): void {
  if (!metricByKey(key)) throw new Error(`metric ${key} is not in the catalog`);
  providers.set(key, provider);
}

export function schemeMetricKeys(scheme: Pick<SchemeDefinition, 'stars'>): string[] {
  return [
    ...new Set(
      scheme.stars.flatMap((s) =>
        s.criteria.flatMap((c) => (c.kind === 'metric' ? [c.metric] : [])),
      ),
    ),
  ];
}

/**
 * The values a decision freezes: backed metrics computed from their module's records now (for the
 * round's `period`), entered ones from the claim with their evidence as the source.
 */
export async function metricSnapshot(
  ctx: Ctx,
  scheme: Pick<SchemeDefinition, 'stars'>,
  subject: MetricSubject,
  claim: ClaimContent | null,
  evidenceNames: Map<string, string>,
  period: string,
): Promise<MetricSnapshot[]> {
  const out: MetricSnapshot[] = [];
  const ask = { year: periodYear(period) };
  for (const key of schemeMetricKeys(scheme)) {
    const provider = providers.get(key);
    const got = provider
      ? ((await provider(ctx, [subject], ask)).get(subject.id) ?? { value: null, sources: [] })
      : null;
    if (got && got.value !== null) {
      out.push({
        key,
        value: got.value,
        source: metricByKey(key)?.backedBy ?? 'entered',
        sources: got.sources,
      });
    } else {
      // Not computed by a module (or no records there yet): the subject's entered value and evidence.
      const entered = claim?.metrics[key];
      out.push({
        key,
        value: entered?.value ?? null,
        source: 'entered',
        sources: (entered?.evidenceIds ?? []).map((id) => ({
          kind: 'evidence',
          id,
          label: evidenceNames.get(id) ?? id,
        })),
      });
    }
  }
  return out;
}

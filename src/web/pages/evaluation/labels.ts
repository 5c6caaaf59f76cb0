import type { MessageKey } from '../../i18n/types.ts';
import type { SchemeDefinition } from '../../api/evaluationTypes.ts';

export const stageKey = (stage: string) => `evaluation.stage.${stage}` as MessageKey;
export const eventKey = (kind: string) => `evaluation.event.${kind}` as MessageKey;
export const subjectTypeKey = (type: string) => `evaluation.subjectType.${type}` as MessageKey;
export const sourceKey = (source: string) => `evaluation.source.${source}` as MessageKey;
export const waitingKey = (waiting: string) =>
  `evaluation.waiting.${waiting.split(':')[0] ?? waiting}` as MessageKey;

/** Star names come from the scheme (data, Chinese as configured by the county). */
export function starNames(scheme: Pick<SchemeDefinition, 'stars'>): (key: string) => string {
  const names = new Map(scheme.stars.map((s) => [s.key, s.name]));
  return (key) => names.get(key) ?? key;
}
export const stepName = (scheme: Pick<SchemeDefinition, 'steps'>, key: string | null) =>
  scheme.steps.find((s) => s.key === key)?.name ?? key ?? '';

import { schemeText } from '../../../domain/evaluation/schemeText.ts';
import type { Locale, MessageKey } from '../../i18n/types.ts';
import type { SchemeDefinition } from '../../api/evaluationTypes.ts';

export const stageKey = (stage: string) => `evaluation.stage.${stage}` as MessageKey;
export const eventKey = (kind: string) => `evaluation.event.${kind}` as MessageKey;
export const subjectTypeKey = (type: string) => `evaluation.subjectType.${type}` as MessageKey;
export const sourceKey = (source: string) => `evaluation.source.${source}` as MessageKey;
export const waitingKey = (waiting: string) =>
  `evaluation.waiting.${waiting.split(':')[0] ?? waiting}` as MessageKey;

/** Star names come from the scheme (data, Chinese as stored), in the app language where they can. */
export function starNames(
  scheme: Pick<SchemeDefinition, 'stars'>,
  locale: Locale,
): (key: string) => string {
  const names = new Map(scheme.stars.map((s) => [s.key, schemeText(s.name, locale).text]));
  return (key) => names.get(key) ?? key;
}
export function stepName(
  scheme: Pick<SchemeDefinition, 'steps'>,
  key: string | null,
  locale: Locale,
): string {
  const name = scheme.steps.find((s) => s.key === key)?.name;
  return name === undefined ? (key ?? '') : schemeText(name, locale).text;
}

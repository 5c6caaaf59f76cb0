import type { Warning } from '../../api/warningEndpoints.ts';
import { isMessageKey } from '../../i18n/store.ts';
import type { MessageKey } from '../../i18n/types.ts';
import type { Translate } from '../../i18n/useI18n.ts';

/** A code worded by a key family when the dictionary has it, else shown as the server gave it. */
const keyed = (t: Translate, key: string, fallback: string) =>
  isMessageKey(key) ? t(key) : fallback;

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/** The reason of a warning in the user's language, from the figures the server sent. */
export function warningReason(t: Translate, w: Warning): string {
  const d = w.detail;
  const key = `warnings.reason.${w.kind}` as MessageKey;
  switch (w.kind) {
    case 'overdueCase':
      return t(key, {
        hours: text(d.hoursOverdue),
        step: keyed(t, `caseStep.${text(d.step)}`, text(d.step)),
        escalations: text(d.escalations),
      });
    case 'veto':
      return t(key, {
        period: text(d.period),
        veto: text(d.veto),
        status: keyed(t, `evaluation.veto.${text(d.status)}`, text(d.status)),
      });
    case 'firstSecretary':
      return t(key, {
        termEndDate: text(d.termEndDate),
        level: d.level === null ? t('warnings.unrated') : text(d.level),
        target: text(d.target),
      });
    case 'zeroEvent':
      return t(key, {
        occurredOn: text(d.occurredOn),
        event: keyed(t, `evaluation.zero.${text(d.event)}`, text(d.event)),
      });
    case 'obligationLaggard':
      return t(key, {
        period: text(d.period),
        rule: text(d.firstMissed),
        missed: text(d.missed),
      });
    case 'belowThreshold':
      return t(key, { period: text(d.period), level: text(d.level) });
    case 'noSecretary':
      return t(key);
    case 'revealVolume':
      return t(key, { reveals: text(d.reveals), threshold: text(d.threshold) });
  }
}

import type { Translate } from '../../i18n/useI18n.ts';
import { isMessageKey } from '../../i18n/store.ts';
import type { CaseOwner } from '../../api/caseEndpoints.ts';

const label = (t: Translate, key: string, fallback: string) =>
  isMessageKey(key) ? t(key) : fallback;

export const stateLabel = (t: Translate, state: string) => label(t, `caseState.${state}`, state);
export const stepLabel = (t: Translate, step: string) => label(t, `caseStep.${step}`, step);
export const eventLabel = (t: Translate, type: string) => label(t, `caseEvent.${type}`, type);
export const kindLabel = (t: Translate, kind: string) => label(t, `caseKind.${kind}`, kind);

export const STATE_COLORS: Record<string, string> = {
  assigned: 'blue',
  in_progress: 'processing',
  resolved: 'gold',
  confirmed: 'green',
  auto_confirmed: 'lime',
  reopened: 'red',
  closed: 'default',
  submitted: 'default',
};

/** 张三（联户党员）or 龙泉镇（乡镇）: who holds the case and at which rung. */
export function ownerText(t: Translate, owner: CaseOwner): string {
  return `${owner.name ?? owner.id}（${stepLabel(t, owner.step)}）`;
}

import { isMessageKey } from './store.ts';
import type { Translate } from './useI18n.ts';

// Texts the directory needs that are not domain vocabularies (those come from
// src/domain/directory/* through labelOf). An unknown code from a newer server shows as is.
function keyed(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

export const genderLabel = (t: Translate, gender: string): string =>
  keyed(t, `gender.${gender}`, gender);

export const chainLevelLabel = (t: Translate, level: number): string =>
  keyed(t, `chain.level.${level}`, `L${level}`);

export const chainTargetLabel = (t: Translate, kind: string): string =>
  keyed(t, `chain.target.${kind}`, kind);

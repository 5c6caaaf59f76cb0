import { isMessageKey } from './store.ts';
import type { Translate } from './useI18n.ts';

// The server may send a role or level this build has no text for: show the raw code then.
export function roleLabel(t: Translate, role: string): string {
  const key = `role.${role}`;
  return isMessageKey(key) ? t(key) : role;
}

export function levelLabel(t: Translate, level: string): string {
  const key = `level.${level}`;
  return isMessageKey(key) ? t(key) : level;
}

import { parseRegionCode } from '../../domain/region/regionCode.ts';
import { isMessageKey } from './store.ts';
import type { Translate } from './useI18n.ts';

// The server may send a role or level this build has no text for: show the raw code then.
/**
 * A role's name; with the grant's scope, true to its level: the county administrator's role held
 * over a city (市委组织部) or a province reads 市级管理员 / 省级管理员.
 */
export function roleLabel(t: Translate, role: string, scope?: string): string {
  if (role === 'county_admin' && scope && /^\d{12}$/.test(scope)) {
    if (scope.endsWith('0000000000')) return t('role.province_admin');
    if (scope.endsWith('00000000')) return t('role.city_admin');
  }
  const key = `role.${role}`;
  return isMessageKey(key) ? t(key) : role;
}

export function levelLabel(t: Translate, level: string): string {
  const key = `level.${level}`;
  return isMessageKey(key) ? t(key) : level;
}

export function auditActionLabel(t: Translate, action: string): string {
  const key = `auditAction.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

/** 城乡分类代码 (111…220) with its name, e.g. "220 村庄". */
export function urbanRuralLabel(t: Translate, code: string | null): string {
  if (!code) return '—';
  const key = `urbanRural.${code}`;
  return isMessageKey(key) ? `${code} ${t(key)}` : code;
}

/** The most precise name of a region's level: 街道/镇/乡 and 社区/村 follow from the code itself. */
export function regionKindLabel(t: Translate, code: string, level: string): string {
  const parsed = parseRegionCode(code);
  const kind = parsed.ok ? (parsed.info.villageKind ?? parsed.info.townshipKind) : undefined;
  const key = `regionKind.${kind ?? ''}`;
  return kind && isMessageKey(key) ? t(key) : levelLabel(t, level);
}

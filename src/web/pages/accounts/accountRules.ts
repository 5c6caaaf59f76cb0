import type { FormRule } from 'antd';
import { GRANTABLE_ROLES } from '../../../domain/access/roles.ts';
import type { Role } from '../../../domain/access/roles.ts';
import { checkPassword } from '../../../domain/auth/passwordPolicy.ts';
import { normalizePhone } from '../../../domain/directory/phone.ts';
import type { RoleGrant } from '../../api/types.ts';
import type { Translate } from '../../i18n/useI18n.ts';

// The same rules the server applies (shared domain code), so most mistakes show before a round trip.
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{2,31}$/;

/** The roles the signed-in user may hand out: what any of their roles may grant. */
export function grantableRoles(grants: readonly RoleGrant[]): Role[] {
  const roles = new Set<Role>();
  for (const grant of grants) for (const role of GRANTABLE_ROLES[grant.role] ?? []) roles.add(role);
  return [...roles];
}

export function passwordRule(t: Translate, username: () => string | undefined): FormRule {
  return {
    validator: async (_, value: string | undefined) => {
      const problems = checkPassword(value ?? '', undefined, username());
      if (problems.includes('too_short')) throw new Error(t('accounts.passwordTooShort'));
      if (problems.includes('common')) throw new Error(t('accounts.passwordCommon'));
      if (problems.includes('too_simple')) throw new Error(t('accounts.passwordTooSimple'));
    },
  };
}

export function phoneRule(t: Translate): FormRule {
  return {
    validator: async (_, value: string | undefined) => {
      if (value && value.trim() && !normalizePhone(value).ok)
        throw new Error(t('accounts.phoneInvalid'));
    },
  };
}

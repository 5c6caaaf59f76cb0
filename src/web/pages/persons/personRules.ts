import type { FormRule } from 'antd';
import { parseIdNumber } from '../../../domain/directory/idNumber.ts';
import { normalizePhone } from '../../../domain/directory/phone.ts';
import { isMessageKey } from '../../i18n/store.ts';
import type { Translate } from '../../i18n/useI18n.ts';

// The server's own GB 11643 and phone rules (shared domain code), so mistakes show before a round trip.
export function idNumberRule(t: Translate): FormRule {
  return {
    validator: async (_, value: string | undefined) => {
      const result = parseIdNumber(value ?? '');
      if (result.ok) return;
      const key = `idProblem.${result.problem}`;
      throw new Error(isMessageKey(key) ? t(key) : result.message['zh-CN']);
    },
  };
}

export function personPhoneRule(t: Translate): FormRule {
  return {
    validator: async (_, value: string | undefined) => {
      if (value && value.trim() && !normalizePhone(value).ok)
        throw new Error(t('persons.phoneInvalid'));
    },
  };
}

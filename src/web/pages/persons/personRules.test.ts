import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/store.ts';
import type { Translate } from '../../i18n/useI18n.ts';
import { idNumberRule, personPhoneRule } from './personRules.ts';

const t: Translate = (key, params) => translate('zh-CN', key, params);

async function check(
  rule: ReturnType<typeof idNumberRule>,
  value: string,
): Promise<string | undefined> {
  if (typeof rule === 'function' || !rule.validator) throw new Error('expected a validator rule');
  try {
    await rule.validator({}, value, () => undefined);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('person form rules', () => {
  it('accepts a valid ID number and explains a wrong check character in Chinese', async () => {
    expect(await check(idNumberRule(t), '11010519491231002X')).toBeUndefined();
    expect(await check(idNumberRule(t), '110101199001011234')).toBe(
      '身份证号校验位不正确，请逐位核对',
    );
    expect(await check(idNumberRule(t), '')).toBe('请输入身份证号');
  });

  it('accepts an empty or +86 phone and refuses a short one', async () => {
    expect(await check(personPhoneRule(t), '')).toBeUndefined();
    expect(await check(personPhoneRule(t), '+86 138 0013 8000')).toBeUndefined();
    expect(await check(personPhoneRule(t), '12345')).toBe('请输入有效的手机号码或带区号的固定电话');
  });
});

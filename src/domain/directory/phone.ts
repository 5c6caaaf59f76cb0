// Mainland phone numbers as people type them: "+86 138-0013-8000", "008613800138000", "(0371)
// 6234 5678". Stored normalized: mobiles as 11 digits, landlines as "0AAA-NNNNNNNN".

export type PhoneKind = 'mobile' | 'landline';

export type PhoneProblem =
  'empty' | 'badCharacters' | 'foreignNumber' | 'badLength' | 'notMobilePrefix' | 'badLandline';

export interface NormalizedPhone {
  kind: PhoneKind;
  /** "13800138000" or "0371-62345678" */
  normalized: string;
  /** "+8613800138000" */
  e164: string;
}

export type PhoneResult =
  | { ok: true; value: NormalizedPhone }
  | { ok: false; problem: PhoneProblem; message: { 'zh-CN': string; en: string } };

const MESSAGES: Record<PhoneProblem, { 'zh-CN': string; en: string }> = {
  empty: { 'zh-CN': '电话号码为空', en: 'phone number is empty' },
  badCharacters: {
    'zh-CN': '电话号码含有无效字符',
    en: 'phone number contains characters other than digits',
  },
  foreignNumber: {
    'zh-CN': '只支持中国大陆号码(+86)',
    en: 'only mainland China numbers (+86) are accepted',
  },
  badLength: { 'zh-CN': '手机号码应为 11 位', en: 'a mobile number has 11 digits' },
  notMobilePrefix: { 'zh-CN': '手机号码应以 13–19 开头', en: 'a mobile number starts with 13–19' },
  badLandline: {
    'zh-CN': '固定电话应为区号加 7–8 位号码,如 0371-62345678',
    en: 'a landline is an area code and 7–8 digits, e.g. 0371-62345678',
  },
};

function fail(problem: PhoneProblem): PhoneResult {
  return { ok: false, problem, message: MESSAGES[problem] };
}

const MOBILE = /^1[3-9]\d{9}$/;
// 010 and 020–029 are the two-digit area codes; every other area code has three digits after 0.
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))([2-9]\d{6,7})$/;

function stripSeparators(input: string): string {
  return input
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0B/g, '+')
    .replace(/[\s\u3000\-–—.()\uFF08\uFF09]/g, '');
}

/** Removes +86 / 0086 / 86 in front of a national number; null when another country code is present. */
function dropCountryCode(digits: string): string | null {
  if (digits.startsWith('+')) {
    return digits.startsWith('+86') ? digits.slice(3) : null;
  }
  if (digits.startsWith('00')) {
    return digits.startsWith('0086') ? digits.slice(4) : null;
  }
  // "86 13800138000": only strip a bare 86 when what remains is a full mobile number.
  if (digits.startsWith('86') && digits.length === 13) return digits.slice(2);
  return digits;
}

/**
 * Normalizes a mainland number. Landlines are accepted only with `allowLandline`, because most
 * forms need a number that can receive an SMS.
 */
export function normalizePhone(
  input: string,
  options: { allowLandline?: boolean } = {},
): PhoneResult {
  const stripped = stripSeparators(input);
  if (stripped === '') return fail('empty');
  if (!/^\+?\d+$/.test(stripped)) return fail('badCharacters');
  const national = dropCountryCode(stripped);
  if (national === null) return fail('foreignNumber');

  // "10…" after +86 is Beijing's area code, never a mobile (mobiles start 13–19).
  const beijingLandline = options.allowLandline === true && national.startsWith('10');
  if (national.startsWith('1') && !beijingLandline) {
    if (national.length !== 11) return fail('badLength');
    if (!MOBILE.test(national)) return fail('notMobilePrefix');
    return { ok: true, value: { kind: 'mobile', normalized: national, e164: `+86${national}` } };
  }
  if (!options.allowLandline)
    return fail(national.startsWith('0') || national.length < 11 ? 'notMobilePrefix' : 'badLength');
  // After +86 the trunk 0 of the area code is dropped; put it back.
  const withTrunk = national.startsWith('0') ? national : `0${national}`;
  const m = LANDLINE.exec(withTrunk);
  if (!m?.[1] || !m[2]) return fail('badLandline');
  return {
    ok: true,
    value: { kind: 'landline', normalized: `${m[1]}-${m[2]}`, e164: `+86${withTrunk.slice(1)}` },
  };
}

/** Shorthand for the common case: a mobile number or null. */
export function normalizeMobile(input: string): string | null {
  const result = normalizePhone(input);
  return result.ok ? result.value.normalized : null;
}

export function isMobileNumber(input: string): boolean {
  return MOBILE.test(input);
}

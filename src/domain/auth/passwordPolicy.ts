/** Password policy (configurable): minimum length and a list of common passwords refused. */
export interface PasswordPolicy {
  minLength: number;
  requireClasses: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, requireClasses: 1 };

// The most common leaked passwords, plus the local favourites seen on Chinese lists.
const COMMON = new Set([
  '123456',
  '12345678',
  '123456789',
  '1234567890',
  '111111',
  '000000',
  '888888',
  '666666',
  'password',
  'password1',
  'passw0rd',
  'qwerty',
  'qwerty123',
  'abc123',
  'abcd1234',
  'a123456',
  'a12345678',
  'iloveyou',
  'admin',
  'admin123',
  'admin@123',
  'root',
  'root123',
  'welcome',
  'welcome1',
  '11111111',
  '88888888',
  '12341234',
  '123123123',
  '1qaz2wsx',
  '1q2w3e4r',
  'zxcvbnm',
  'asdfghjkl',
  'qwertyuiop',
  'p@ssw0rd',
  'woaini1314',
  '5201314',
  'lingyan',
  'lingyan123',
]);

export type PasswordProblem = 'too_short' | 'common' | 'too_simple';

/** Returns the problems of a candidate password; empty means acceptable. */
export function checkPassword(
  password: string,
  policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY,
  username?: string,
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < policy.minLength) problems.push('too_short');
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || (username && lower === username.toLowerCase())) problems.push('common');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.requireClasses) problems.push('too_simple');
  return problems;
}

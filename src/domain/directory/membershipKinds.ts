import type { VocabularyEntry } from './vocabulary.ts';

export const MEMBERSHIP_KINDS = [
  { code: 'formal', label: { 'zh-CN': '正式党员', 'zh-TW': '正式黨員', en: 'Full member' } },
  {
    code: 'probationary',
    label: { 'zh-CN': '预备党员', 'zh-TW': '預備黨員', en: 'Probationary member' },
  },
] as const satisfies readonly VocabularyEntry[];

export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number]['code'];

/** The party constitution admits members from the age of eighteen (年满十八岁). */
export const MIN_JOIN_AGE = 18;

/**
 * Why a join date cannot be right, or null: it is not in the future and not before the 18th
 * birthday (a 29 February birthday falls on 1 March in common years). Dates are `YYYY-MM-DD`.
 */
export function joinDateProblem(joinDate: string, birthDate: string, today: string): string | null {
  if (joinDate > today) return 'must not be in the future';
  const year = Number(birthDate.slice(0, 4)) + MIN_JOIN_AGE;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const birthday =
    birthDate.slice(5) === '02-29' && !leap ? `${year}-03-01` : `${year}${birthDate.slice(4)}`;
  return joinDate < birthday
    ? `must not be before the member turned ${MIN_JOIN_AGE} (${birthday})`
    : null;
}

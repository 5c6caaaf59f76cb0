/** Why a sensitive value is looked at (PIPL): chosen from this list; "other" says more in a note. */
export const REVEAL_PURPOSES = [
  'verify_identity',
  'contact_person',
  'handle_case',
  'review_benefit',
  'correct_record',
  'other',
] as const;
export type RevealPurpose = (typeof REVEAL_PURPOSES)[number];

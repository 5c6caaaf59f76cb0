/**
 * 预警中心: the kinds of warning the platform raises from its records, and the key that names one
 * warning for as long as its cause lasts (`kind:regionCode:id`), so an acknowledgement or a
 * resolution sticks to it while the warning itself is computed afresh on every read.
 */
export const WARNING_KINDS = [
  // a case past its deadline at some rung of the tree (cases)
  'overdueCase',
  // a subject awarded below three stars in the latest round of a scheme (evaluation)
  'belowThreshold',
  // a veto event against a subject (evaluation)
  'veto',
  // a first secretary in the last year of the term whose village is below target (evaluation)
  'firstSecretary',
  // a petition, accident or criminal case that breaks a village's 三零 (zero)
  'zeroEvent',
  // a subject behind its obligations this year (obligations)
  'obligationLaggard',
  // a village without a current party secretary (directory: coverage of the tree)
  'noSecretary',
  // an account that revealed more full numbers in a day than the brake's threshold (privacy)
  'revealVolume',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export const WARNING_DECISIONS = ['acknowledged', 'resolved'] as const;
export type WarningDecision = (typeof WARNING_DECISIONS)[number];

export interface WarningKey {
  kind: WarningKind;
  regionCode: string;
  id: string;
}

const KEY = /^([A-Za-z]+):(\d{12}):([A-Za-z0-9_.:-]{1,120})$/;

export const warningKey = (k: WarningKey): string => `${k.kind}:${k.regionCode}:${k.id}`;

/** The parts of a key, or null when it is not one (an unknown kind, a malformed region). */
export function parseWarningKey(key: string): WarningKey | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const kind = m[1] as WarningKind;
  if (!WARNING_KINDS.includes(kind)) return null;
  return { kind, regionCode: m[2] ?? '', id: m[3] ?? '' };
}

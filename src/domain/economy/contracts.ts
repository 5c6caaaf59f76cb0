import type { PaymentSchedule } from './kinds.ts';

// Contract arithmetic and the checks a new contract or payment must pass. Money is whole 分
// (never a float); area is 亩 with at most two decimals, carried as hundredths.

export interface Problem {
  path: string;
  message: string;
}

/** 亩 with two decimals as whole hundredths (12.5 → 1250); null when it has more decimals. */
export function hundredths(area: number): number | null {
  const h = Math.round(area * 100);
  return Math.abs(h - area * 100) < 1e-6 ? h : null;
}

/** The yearly fee in 分: area × price per 亩 per year, rounded to the 分. */
export function annualFee(areaHundredths: number, pricePerMuFen: number): number {
  return Math.round((areaHundredths * pricePerMuFen) / 100);
}

/** Whole years from one plain date to another (a term of 2020-01-01…2049-12-31 is 30 years). */
export function termYears(startsOn: string, endsOn: string): number {
  const [y1, m1, d1] = startsOn.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = endsOn.split('-').map(Number) as [number, number, number];
  // The day after the end closes the term: 2049-12-31 ends 30 years from 2020-01-01.
  const end = new Date(Date.UTC(y2, m2 - 1, d2 + 1));
  const months = (end.getUTCFullYear() - y1) * 12 + (end.getUTCMonth() - (m1 - 1));
  const partial = end.getUTCDate() !== d1 ? 1 : 0;
  return Math.ceil((months + partial) / 12 - 1e-9);
}

export interface ContractDraft {
  area: number;
  pricePerMuFen: number;
  startsOn: string;
  endsOn: string;
  schedule: PaymentSchedule;
}

/** The field checks of a contract: positive area with ≤ 2 decimals, a price ≥ 0 in whole 分, a term. */
export function contractProblems(d: ContractDraft): Problem[] {
  const out: Problem[] = [];
  if (!(d.area > 0)) out.push({ path: 'body.area', message: 'must be a positive area in 亩' });
  else if (hundredths(d.area) === null)
    out.push({ path: 'body.area', message: 'at most two decimals' });
  if (!Number.isInteger(d.pricePerMuFen) || d.pricePerMuFen < 0)
    out.push({ path: 'body.pricePerMuFen', message: 'must be whole 分, not negative' });
  if (d.endsOn < d.startsOn)
    out.push({ path: 'body.endsOn', message: 'must not be before startsOn' });
  return out;
}

/** Two terms overlap when each starts before the other ends. */
export function overlaps(
  a: { startsOn: string; endsOn: string },
  b: { startsOn: string; endsOn: string },
): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

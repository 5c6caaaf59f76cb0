import { annualFee, termYears } from './contracts.ts';
import type { ContractStatus, PaymentSchedule } from './kinds.ts';

// 清化收 (清理规范农村集体经济合同、化解债务、增加收入): the flags a contract raises, from its
// records alone. The county report lists every contract with at least one flag.

export const FINDING_CODES = [
  'expiredInUse',
  'underpriced',
  'arrears',
  'latePayments',
  'termTooLong',
  'cadreHousehold',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  code: FindingCode;
  detail: string;
}

/** An installment unpaid this many days after it fell due is arrears. */
export const ARREARS_GRACE_DAYS = 30;
/** An installment covered later than this after it fell due was paid irregularly. */
export const LATE_DAYS = 90;

export interface ContractFacts {
  status: ContractStatus;
  areaHundredths: number;
  pricePerMuFen: number;
  startsOn: string;
  endsOn: string;
  schedule: PaymentSchedule;
  /** The lessee's household holds a 两委 member of the village. */
  cadreHousehold: boolean;
  recusalRecorded: boolean;
}
export interface ClassRule {
  /** 分 per 亩 per year; null when the county set none for the class. */
  referencePriceFen: number | null;
  maxTermYears: number;
  /** Below this share of the reference price is "far below". */
  lowPricePercent: number;
}
export interface PaymentFact {
  paidOn: string;
  amountFen: number;
}

const DAY = 86_400_000;
/** Days since 1970-01-01 of a plain date. */
export const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
export function addMonths(d: string, months: number): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(day, last));
  return t.toISOString().slice(0, 10);
}

export interface Installment {
  dueOn: string;
  amountFen: number;
}

/**
 * What falls due, up to the contract's end: the yearly fee on each anniversary of the start
 * (paid in advance), or half of it on the anniversary and half six months later.
 */
export function installments(c: ContractFacts): Installment[] {
  const fee = annualFee(c.areaHundredths, c.pricePerMuFen);
  const parts = c.schedule === 'annual' ? [fee] : [Math.ceil(fee / 2), Math.floor(fee / 2)];
  const step = 12 / parts.length;
  const out: Installment[] = [];
  for (let year = 0; ; year += 1) {
    const first = addMonths(c.startsOn, 12 * year);
    if (first > c.endsOn) break;
    parts.forEach((amountFen, i) => {
      const dueOn = addMonths(c.startsOn, 12 * year + step * i);
      if (dueOn <= c.endsOn) out.push({ dueOn, amountFen });
    });
  }
  return out;
}

export interface PaymentStanding {
  dueFen: number;
  paidFen: number;
  /** Due more than the grace days ago and not covered. */
  arrearsFen: number;
  /** Installments covered more than LATE_DAYS after they fell due. */
  lateInstallments: number;
}

/** Payments cover installments in order; what stays uncovered past the grace days is arrears. */
export function paymentStanding(
  c: ContractFacts,
  payments: readonly PaymentFact[],
  asOf: string,
): PaymentStanding {
  const due = installments(c).filter((i) => i.dueOn <= asOf);
  const paid = [...payments].sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  let covered = 0;
  let cumulativeDue = 0;
  let late = 0;
  let p = 0;
  let arrears = 0;
  for (const inst of due) {
    cumulativeDue += inst.amountFen;
    while (covered < cumulativeDue && p < paid.length) covered += paid[p++]?.amountFen ?? 0;
    const coveredOn = covered >= cumulativeDue ? (paid[p - 1]?.paidOn ?? inst.dueOn) : null;
    if (coveredOn === null) {
      if (dayNumber(asOf) - dayNumber(inst.dueOn) > ARREARS_GRACE_DAYS)
        arrears += Math.min(inst.amountFen, cumulativeDue - covered);
    } else if (dayNumber(coveredOn) - dayNumber(inst.dueOn) > LATE_DAYS) late += 1;
  }
  return {
    dueFen: cumulativeDue,
    paidFen: paid.reduce((n, x) => n + x.amountFen, 0),
    arrearsFen: arrears,
    lateInstallments: late,
  };
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The 清化收 flags of one contract on `asOf`, in FINDING_CODES order. */
export function contractFindings(
  c: ContractFacts,
  payments: readonly PaymentFact[],
  rule: ClassRule,
  asOf: string,
): Finding[] {
  const out: Finding[] = [];
  if (c.status === 'active' && c.endsOn < asOf)
    out.push({ code: 'expiredInUse', detail: `合同 ${c.endsOn} 到期，仍未收回或重签` });
  if (
    rule.referencePriceFen !== null &&
    c.pricePerMuFen * 100 < rule.referencePriceFen * rule.lowPricePercent
  )
    out.push({
      code: 'underpriced',
      detail: `每亩每年 ${yuan(c.pricePerMuFen)} 元，低于县指导价 ${yuan(rule.referencePriceFen)} 元的 ${rule.lowPricePercent}%`,
    });
  if (c.status === 'active') {
    const s = paymentStanding(c, payments, asOf);
    if (s.arrearsFen > 0) out.push({ code: 'arrears', detail: `欠缴 ${yuan(s.arrearsFen)} 元` });
    if (s.lateInstallments > 0)
      out.push({
        code: 'latePayments',
        detail: `${s.lateInstallments} 期逾期 ${LATE_DAYS} 天以上才缴清`,
      });
  }
  const years = termYears(c.startsOn, c.endsOn);
  if (years > rule.maxTermYears)
    out.push({ code: 'termTooLong', detail: `期限 ${years} 年，超过 ${rule.maxTermYears} 年上限` });
  if (c.cadreHousehold && !c.recusalRecorded)
    out.push({ code: 'cadreHousehold', detail: '承包方与两委成员同户，未登记回避' });
  return out;
}

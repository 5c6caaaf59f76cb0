import { annualFee } from './contracts.ts';

// 合作社、公司与双绑 (issue 13 part 3): the collective's economic organizations, their member
// households and shares, the enterprises and cooperatives they are bound to (双绑), the orders on
// a binding and the land the households transfer to them (土地流转, whose fee is the 租金).
// Money is whole 分, area whole hundredths of a 亩; dates are plain 'YYYY-MM-DD' strings.

/**
 * 村集体经济组织 (a village's), 党支部领办合作社 (a village's), 共富公司 (a town's) and 联建公司 (a
 * union's, 跨村联建 — registered in the township).
 */
export const ORGANIZATION_KINDS = [
  'collectiveOrg',
  'branchCooperative',
  'townCompany',
  'unionCompany',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_STATUSES = ['active', 'dissolved'] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

/** The region level an organization of the kind belongs to. */
export function levelOfKind(kind: OrganizationKind): 'village' | 'township' {
  return kind === 'townCompany' || kind === 'unionCompany' ? 'township' : 'village';
}

/** 双绑 partners: a leading enterprise (龙头企业) or a cooperative (合作社). */
export const PARTNER_KINDS = ['enterprise', 'cooperative'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/**
 * What a binding is about: 订单收购 (the partner buys the produce), 土地入股 (land as shares),
 * 务工 (the households work for the partner), 生产服务 (the partner serves production).
 */
export const BINDING_KINDS = ['orderFarming', 'landShares', 'employment', 'services'] as const;
export type BindingKind = (typeof BINDING_KINDS)[number];

export interface Term {
  startsOn: string;
  /** null: open-ended. */
  endsOn: string | null;
}

/** Whether two terms share a day (an open end runs forever). */
export function termsOverlap(a: Term, b: Term): boolean {
  const aEnds = a.endsOn ?? '9999-12-31';
  const bEnds = b.endsOn ?? '9999-12-31';
  return a.startsOn <= bEnds && b.startsOn <= aEnds;
}

/** Whether a binding (since … until) is in force on the day. */
export function inForceOn(term: Term, day: string): boolean {
  return term.startsOn <= day && (term.endsOn === null || day <= term.endsOn);
}

/** A land transfer's yearly fee to the household (租金): area × price per 亩 per year, to the 分. */
export function transferRentFen(areaHundredths: number, pricePerMuFen: number): number {
  return annualFee(areaHundredths, pricePerMuFen);
}

/** A household's shares in an organization, by the dividend classes (land 0.01 亩, cash 元, member). */
export interface MemberShares {
  householdId: string;
  landShares: number;
  cashShares: number;
  memberShares: number;
}

/** The holdings a dividend run starts from: the members' shares, those holding none left out. */
export function holdingsOf(members: readonly MemberShares[]) {
  return members
    .filter((m) => m.landShares + m.cashShares + m.memberShares > 0)
    .map((m) => ({
      householdId: m.householdId,
      units: { land: m.landShares, cash: m.cashShares, member: m.memberShares },
    }));
}

import type { BindingKind, PartnerKind } from './organizations.ts';

// The demo township's cooperatives and companies (issue 13 part 3): village1's 党支部领办合作社 with
// member households and their shares; the town's 共富公司 (after 安丘) renting the households' land
// at 800 元/亩 where it fetched 400, bound (双绑, after 安阳) to the cooperative and to a leading
// enterprise that buys the produce on order. Dates follow the year of `today`.

export const DEMO_COOPERATIVE = '党支部领办果蔬专业合作社';
export const DEMO_COMPANY = '共富农业发展有限公司';
export const DEMO_ENTERPRISE = '鲁丰食品有限公司（龙头企业）';

/** Member shares of the cooperative's households, in order: land 0.01 亩, cash 元, member. */
export const DEMO_MEMBER_SHARES = [
  { landShares: 520, cashShares: 5_000, memberShares: 1 },
  { landShares: 310, cashShares: 2_000, memberShares: 1 },
  { landShares: 450, cashShares: 0, memberShares: 1 },
  { landShares: 0, cashShares: 10_000, memberShares: 1 },
] as const;

/** 安丘: land fees raised from 400 to 800 元/亩 a year (分). */
export const DEMO_TRANSFER_PRICE_FEN = 80_000;
export const DEMO_PREVIOUS_PRICE_FEN = 40_000;
/** 亩 each household transfers to the company. */
export const DEMO_TRANSFER_AREAS = [6.5, 4.2, 8, 3.75, 5.1] as const;

export interface DemoBinding {
  partner: 'cooperative' | 'enterprise';
  partnerKind: PartnerKind;
  kind: BindingKind;
  orders: { product: string; quantity: number; unit: string; amountFen: number; month: string }[];
}

export const DEMO_BINDINGS: readonly DemoBinding[] = [
  {
    partner: 'enterprise',
    partnerKind: 'enterprise',
    kind: 'orderFarming',
    orders: [
      { product: '小麦', quantity: 120, unit: '吨', amountFen: 31_200_000, month: '06-20' },
      { product: '玉米', quantity: 90, unit: '吨', amountFen: 21_600_000, month: '10-08' },
    ],
  },
  {
    partner: 'cooperative',
    partnerKind: 'cooperative',
    kind: 'services',
    orders: [
      { product: '蔬菜育苗', quantity: 40, unit: '万株', amountFen: 1_600_000, month: '03-15' },
    ],
  },
];

/** The plain dates of the demo: registered, terms and order days, from the year of `today`. */
export function demoOrganizationDates(today: string) {
  const year = Number(today.slice(0, 4));
  return {
    cooperativeRegistered: `${year - 3}-04-01`,
    companyRegistered: `${year - 1}-01-01`,
    transferStarts: `${year - 1}-01-01`,
    transferEnds: `${year + 3}-12-31`,
    bindingStarts: `${year - 1}-03-01`,
    orderYear: year - 1,
  };
}

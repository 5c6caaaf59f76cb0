import { addMonths, installments, type FindingCode } from './findings.ts';
import type { AssetClass, AssetKind, CleanupOutcome, PaymentSchedule } from './kinds.ts';
import { EQUAL_WEIGHTS, type RewardRule } from './cadreRewards.ts';

// The demo township's 三资 and contracts (issue 13 part 9): three villages, each with assets and
// contracts, a year and more of payments, and planted 清化收 findings — each planted contract
// raises exactly the flag named in `planted`, every other one none. Dates follow `today`.

export interface DemoVillage {
  code: string;
  /** A resident in the household of one of the village's 两委 members, if any. */
  cadreRelative: { personId: string; name: string } | null;
}

export interface DemoAsset {
  ref: string;
  village: string;
  kind: AssetKind;
  assetClass: AssetClass;
  name: string;
  area: number;
  location: string;
  valueFen: number;
}
export interface DemoContract {
  ref: string;
  assetRef: string;
  lessee: string;
  lesseePersonId: string | null;
  area: number;
  pricePerMuFen: number;
  startsOn: string;
  endsOn: string;
  schedule: PaymentSchedule;
  recusalNote: string | null;
  outcome: { outcome: CleanupOutcome; incomeAddedFen: number; note: string } | null;
  payments: { paidOn: string; amountFen: number }[];
  /** The one flag it is planted to raise, or null for a clean contract. */
  planted: FindingCode | null;
}
export interface DemoEconomy {
  assets: DemoAsset[];
  contracts: DemoContract[];
  /** County reference prices (分 per 亩 per year) and term limits per class. */
  rules: { assetClass: AssetClass; referencePriceFen: number; maxTermYears: number }[];
}

const addDays = (d: string, days: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Pays every installment due by `today`, `delay` days after it falls due (never after today). */
function paid(
  c: Omit<DemoContract, 'payments' | 'ref' | 'assetRef' | 'lessee' | 'planted' | 'outcome'>,
  today: string,
  opts: { delay?: number; skipLast?: boolean } = {},
): { paidOn: string; amountFen: number }[] {
  const due = installments({
    ...c,
    status: 'active',
    areaHundredths: Math.round(c.area * 100),
    cadreHousehold: false,
    recusalRecorded: false,
  }).filter((i) => i.dueOn <= today);
  const kept = opts.skipLast ? due.slice(0, -1) : due;
  return kept.map((i) => {
    const on = addDays(i.dueOn, opts.delay ?? 3);
    return { paidOn: on > today ? today : on, amountFen: i.amountFen };
  });
}

/** The demo economy for up to three villages of the demo township (fewer villages plant fewer). */
export function demoEconomy(villages: readonly DemoVillage[], today: string): DemoEconomy {
  const assets: DemoAsset[] = [];
  const contracts: DemoContract[] = [];
  const years = (n: number) => addMonths(today, -12 * n);
  const asset = (a: DemoAsset) => {
    assets.push(a);
    return a;
  };
  /** A contract on the whole of `leased` (every demo contract leases its asset's whole area). */
  const contract = (
    ref: string,
    leased: DemoAsset,
    lessee: string,
    terms: {
      pricePerMuFen: number;
      startsOn: string;
      endsOn: string;
      schedule?: PaymentSchedule;
    },
    extra: Partial<Pick<DemoContract, 'lesseePersonId' | 'recusalNote' | 'outcome'>> & {
      planted?: FindingCode;
      delay?: number;
      skipLast?: boolean;
    } = {},
  ) => {
    const c = { schedule: 'annual' as PaymentSchedule, area: leased.area, ...terms };
    contracts.push({
      ref,
      assetRef: leased.ref,
      lessee,
      lesseePersonId: extra.lesseePersonId ?? null,
      ...c,
      recusalNote: extra.recusalNote ?? null,
      outcome: extra.outcome ?? null,
      payments: paid({ ...c, lesseePersonId: null, recusalNote: null }, today, extra),
      planted: extra.planted ?? null,
    });
  };
  const [a, b, c] = villages;
  if (a) {
    const v = a.code;
    const land = asset({
      ref: 'a-land',
      village: v,
      kind: 'resource',
      assetClass: 'farmland',
      name: '东洼耕地',
      area: 120,
      location: '村东一组',
      valueFen: 0,
    });
    contract('a-clean', land, '李庆丰（种粮大户）', {
      pricePerMuFen: 60_000,
      startsOn: addDays(years(3), -20),
      endsOn: addDays(years(-5), -1),
    });
    const flat = asset({
      ref: 'a-flat',
      village: v,
      kind: 'resource',
      assetClass: 'tidalFlat',
      name: '河湾滩涂',
      area: 300,
      location: '卫河河湾',
      valueFen: 0,
    });
    contract(
      'a-under',
      flat,
      '王海（养殖户）',
      {
        pricePerMuFen: 8_000,
        startsOn: addDays(years(2), -40),
        endsOn: addDays(years(-8), -1),
      },
      { planted: 'underpriced' },
    );
    const pond = asset({
      ref: 'a-pond',
      village: v,
      kind: 'resource',
      assetClass: 'water',
      name: '南坑塘',
      area: 50,
      location: '村南',
      valueFen: 0,
    });
    contract(
      'a-expired',
      pond,
      '赵春生',
      {
        pricePerMuFen: 30_000,
        startsOn: addDays(years(6), -10),
        endsOn: addDays(years(1), -11),
      },
      { planted: 'expiredInUse' },
    );
    const land2 = asset({
      ref: 'a-land2',
      village: v,
      kind: 'resource',
      assetClass: 'farmland',
      name: '西岗地',
      area: 60,
      location: '村西二组',
      valueFen: 0,
    });
    contract(
      'a-regularized',
      land2,
      '孙建国',
      {
        pricePerMuFen: 65_000,
        startsOn: addDays(today, -200),
        endsOn: addDays(years(-10), -1),
      },
      {
        outcome: {
          outcome: 'regularized',
          incomeAddedFen: 60 * (65_000 - 30_000),
          note: '原每亩 300 元，按指导价重新核定',
        },
      },
    );
    asset({
      ref: 'a-office',
      village: v,
      kind: 'fixed',
      assetClass: 'building',
      name: '村集体仓库',
      area: 0.6,
      location: '村委会北侧',
      valueFen: 38_000_000,
    });
  }
  if (b) {
    const v = b.code;
    const land = asset({
      ref: 'b-land',
      village: v,
      kind: 'resource',
      assetClass: 'farmland',
      name: '北大地',
      area: 80,
      location: '村北',
      valueFen: 0,
    });
    contract(
      'b-long',
      land,
      '河南丰禾农业公司',
      {
        pricePerMuFen: 70_000,
        startsOn: addDays(years(4), -30),
        endsOn: addDays(years(-31), -31),
      },
      { planted: 'termTooLong' },
    );
    const land2 = asset({
      ref: 'b-land2',
      village: v,
      kind: 'resource',
      assetClass: 'farmland',
      name: '后园地',
      area: 40,
      location: '村西',
      valueFen: 0,
    });
    contract(
      'b-arrears',
      land2,
      '周长河',
      {
        pricePerMuFen: 55_000,
        startsOn: addDays(years(3), -60),
        endsOn: addDays(years(-2), -61),
      },
      { planted: 'arrears', skipLast: true },
    );
    const forest = asset({
      ref: 'b-forest',
      village: v,
      kind: 'resource',
      assetClass: 'forest',
      name: '太行坡林地',
      area: 200,
      location: '村西坡',
      valueFen: 0,
    });
    contract('b-forest', forest, '郑林', {
      pricePerMuFen: 5_000,
      startsOn: addDays(years(1), -50),
      endsOn: addDays(years(-19), -51),
      schedule: 'semiannual',
    });
  }
  if (c) {
    const v = c.code;
    const land = asset({
      ref: 'c-land',
      village: v,
      kind: 'resource',
      assetClass: 'farmland',
      name: '村口地',
      area: 30,
      location: '村口',
      valueFen: 0,
    });
    if (c.cadreRelative)
      contract(
        'c-cadre',
        land,
        c.cadreRelative.name,
        {
          pricePerMuFen: 60_000,
          startsOn: addDays(years(2), -15),
          endsOn: addDays(years(-3), -16),
        },
        { lesseePersonId: c.cadreRelative.personId, planted: 'cadreHousehold' },
      );
    const shop = asset({
      ref: 'c-shop',
      village: v,
      kind: 'fixed',
      assetClass: 'building',
      name: '沿街门面房',
      area: 0.3,
      location: '主街',
      valueFen: 52_000_000,
    });
    contract(
      'c-late',
      shop,
      '刘记农资店',
      {
        pricePerMuFen: 4_000_000,
        startsOn: addDays(years(3), -25),
        endsOn: addDays(years(-2), -26),
      },
      { planted: 'latePayments', delay: 120 },
    );
    asset({
      ref: 'c-fund',
      village: v,
      kind: 'fund',
      assetClass: 'fund',
      name: '村集体银行存款',
      area: 0,
      location: '县农商行',
      valueFen: 126_000_000,
    });
  }
  return {
    assets,
    contracts,
    rules: [
      { assetClass: 'farmland', referencePriceFen: 60_000, maxTermYears: 30 },
      { assetClass: 'tidalFlat', referencePriceFen: 20_000, maxTermYears: 30 },
      { assetClass: 'water', referencePriceFen: 30_000, maxTermYears: 30 },
      { assetClass: 'forest', referencePriceFen: 5_000, maxTermYears: 70 },
      { assetClass: 'building', referencePriceFen: 4_000_000, maxTermYears: 20 },
    ],
  };
}

/**
 * The demo county's 干部奖励 rule for the demo year (安阳: "从当年度村集体收益增量中核定一定比例的资金
 * 用来奖励…村'两委'干部"): 15 % of a village collective's income increment, at most 50,000 元 a
 * village and 20,000 元 a cadre, divided by position — 书记 and 主任 weighted 3, 副书记 2.
 */
export const DEMO_REWARD_RULE: RewardRule = {
  shareBp: 1500,
  villageCapFen: 5_000_000,
  cadreCapFen: 2_000_000,
  division: 'byPosition',
  weights: { ...EQUAL_WEIGHTS, secretary: 3, villageDirector: 3, deputySecretary: 2 },
};

/** The township's note approving village1's reward in the demo. */
export const DEMO_REWARD_APPROVAL_NOTE = '经镇党委会议研究，符合县定奖励规则，同意发放';

import type { CropGroup, TrusteeshipMode } from './trusteeship.ts';

// The demo village's 农业托管 (issue 13 part 4, after 大甲村): a grain menu 耕、种、防、收 and a fruit
// menu 技术指导、农机、农资 whose full chain saves 240 元 per 亩 against the market, and three
// households signed up for the coming season. Prices are 分 per 亩 per season.

export interface DemoMenuItem {
  cropGroup: CropGroup;
  name: string;
  pricePerMuFen: number;
  marketPricePerMuFen: number;
}

export const DEMO_TRUSTEESHIP_MENU: readonly DemoMenuItem[] = [
  { cropGroup: 'grain', name: '耕', pricePerMuFen: 5_000, marketPricePerMuFen: 6_000 },
  { cropGroup: 'grain', name: '种', pricePerMuFen: 4_000, marketPricePerMuFen: 5_000 },
  { cropGroup: 'grain', name: '防', pricePerMuFen: 3_000, marketPricePerMuFen: 4_000 },
  { cropGroup: 'grain', name: '收', pricePerMuFen: 6_000, marketPricePerMuFen: 8_000 },
  { cropGroup: 'fruit', name: '技术指导', pricePerMuFen: 15_000, marketPricePerMuFen: 20_000 },
  { cropGroup: 'fruit', name: '农机', pricePerMuFen: 30_000, marketPricePerMuFen: 40_000 },
  { cropGroup: 'fruit', name: '农资', pricePerMuFen: 60_000, marketPricePerMuFen: 69_000 },
];

export interface DemoSignUp {
  cropGroup: CropGroup;
  mode: TrusteeshipMode;
  /** Names on the menu, for 菜单式. */
  items: string[];
  area: number;
}

/** Signed by the first households of the village (by head's name), the demo villager's excepted. */
export const DEMO_SIGN_UPS: readonly DemoSignUp[] = [
  { cropGroup: 'fruit', mode: 'fullChain', items: [], area: 8.5 },
  { cropGroup: 'grain', mode: 'menu', items: ['耕', '收'], area: 12 },
  { cropGroup: 'grain', mode: 'fullChain', items: [], area: 20 },
];

/** The demo villager's own household, for the season under way only: grain, full chain. */
export const DEMO_VILLAGER_SIGN_UP: DemoSignUp = {
  cropGroup: 'grain',
  mode: 'fullChain',
  items: [],
  area: 6,
};

/**
 * The season under way: the same three households signed up for it too, and the day in the season
 * each item was delivered over the whole signed area (month-day; days still ahead are skipped).
 */
export const DEMO_SERVICE_DAYS: Readonly<Record<string, string>> = {
  耕: '03-15',
  种: '04-10',
  防: '06-20',
  收: '09-25',
  技术指导: '03-20',
  农资: '04-01',
  农机: '05-15',
};

/** Who delivered in the demo (the village has no 功能型党支部 on record, so it is typed). */
export const DEMO_PROVIDER = '村农业托管服务队';

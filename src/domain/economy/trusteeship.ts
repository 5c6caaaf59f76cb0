import { annualFee, hundredths, type Problem } from './contracts.ts';

// 农业托管 (issue 13 part 4): a village's public service menu and the households' sign-ups. Money is
// whole 分 per 亩 per season; area is 亩 with at most two decimals, carried as hundredths.

export const CROP_GROUPS = ['grain', 'fruit'] as const;
export type CropGroup = (typeof CROP_GROUPS)[number];

/** 全程托管 (every item of the crop group) or 菜单式托管 (the items the household chose). */
export const TRUSTEESHIP_MODES = ['fullChain', 'menu'] as const;
export type TrusteeshipMode = (typeof TRUSTEESHIP_MODES)[number];

/** The seed menu (大甲村): grain 耕、种、防、收; fruit 技术指导、农机、农资 — presets, edited as data. */
export const TRUSTEESHIP_PRESETS: Record<CropGroup, readonly string[]> = {
  grain: ['耕', '种', '防', '收'],
  fruit: ['技术指导', '农机', '农资'],
};

export interface MenuItem {
  id: string;
  cropGroup: string;
  pricePerMuFen: number;
  marketPricePerMuFen: number;
  active: boolean;
}

export interface SignUpDraft {
  cropGroup: CropGroup;
  mode: TrusteeshipMode;
  itemIds?: string[] | undefined;
  area: number;
}

export interface PricedSignUp {
  itemIds: string[];
  /** Each chosen item's price per 亩 now: its service records are priced from this, not the menu. */
  itemPrices: Record<string, number>;
  areaHundredths: number;
  pricePerMuFen: number;
  savingPerMuFen: number;
}

/**
 * Prices a sign-up against the village's menu: 全程托管 takes every active item of the group (its
 * price is their sum, so the menu is the one place prices are kept); 菜单式 takes the chosen ones,
 * each active and of the group. The saving per 亩 is the market price less ours, summed.
 */
export function priceSignUp(
  menu: readonly MenuItem[],
  draft: SignUpDraft,
): { ok: PricedSignUp } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const area = hundredths(draft.area);
  if (area === null || area <= 0)
    problems.push({ path: 'area', message: 'a positive area in 亩, two decimals at most' });
  const offered = menu.filter((i) => i.active && i.cropGroup === draft.cropGroup);
  let chosen: MenuItem[];
  if (draft.mode === 'fullChain') {
    chosen = offered;
    if (chosen.length === 0)
      problems.push({
        path: 'cropGroup',
        message: 'the village offers no items of this crop group',
      });
  } else {
    const ids = draft.itemIds ?? [];
    if (ids.length === 0) problems.push({ path: 'itemIds', message: 'choose at least one item' });
    if (new Set(ids).size !== ids.length)
      problems.push({ path: 'itemIds', message: 'an item is chosen twice' });
    chosen = [];
    ids.forEach((id, i) => {
      const item = offered.find((o) => o.id === id);
      if (item) chosen.push(item);
      else problems.push({ path: `itemIds.${i}`, message: 'no such item on the village’s menu' });
    });
  }
  if (problems.length > 0) return { problems };
  const pricePerMuFen = chosen.reduce((sum, i) => sum + i.pricePerMuFen, 0);
  const marketPerMuFen = chosen.reduce((sum, i) => sum + i.marketPricePerMuFen, 0);
  return {
    ok: {
      itemIds: chosen.map((i) => i.id),
      itemPrices: Object.fromEntries(chosen.map((i) => [i.id, i.pricePerMuFen])),
      areaHundredths: area ?? 0,
      pricePerMuFen,
      savingPerMuFen: Math.max(0, marketPerMuFen - pricePerMuFen),
    },
  };
}

/** A sign-up's fee (or saving) for its whole area: area × 分 per 亩, rounded to the 分. */
export const seasonFen = annualFee;

/** The coming season: this year's if spring (1 March) is still ahead, else next year's. */
export function comingSeason(today: string): { year: number; startsOn: string } {
  const year = Number(today.slice(0, 4));
  const thisSpring = `${year}-03-01`;
  return today < thisSpring
    ? { year, startsOn: thisSpring }
    : { year: year + 1, startsOn: `${year + 1}-03-01` };
}

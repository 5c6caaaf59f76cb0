import { hundredths, type Problem } from './contracts.ts';
import { CROP_GROUPS, seasonFen } from './trusteeship.ts';

// 托管服务记录 (issue 13 part 4): what the function branch did for a signed-up household this
// season — one menu item over some 亩 on a day. Its fee is never typed: area × the item's price
// fixed at signing.

/** Grain (粮食) before fruit (果蔬) wherever the groups are listed. */
export const cropGroupRank = (group: string): number => {
  const i = (CROP_GROUPS as readonly string[]).indexOf(group);
  return i < 0 ? CROP_GROUPS.length : i;
};

/** The season a sign-up covers: from its start to the end of its year (收 closes the year's crop). */
export function seasonWindow(signUp: { year: number; startsOn: string }): {
  from: string;
  to: string;
} {
  return { from: signUp.startsOn, to: `${signUp.year}-12-31` };
}

/** The season under way on `today`: this year's once 1 March has come, else last year's. */
export function currentSeason(today: string): { year: number; startsOn: string } {
  const year = Number(today.slice(0, 4));
  const y = today >= `${year}-03-01` ? year : year - 1;
  return { year: y, startsOn: `${y}-03-01` };
}

export interface ServiceSignUp {
  year: number;
  startsOn: string;
  status: string;
  itemIds: readonly string[];
  /** 分 per 亩 of each covered item, fixed when the household signed. */
  itemPrices: Readonly<Record<string, number>>;
  areaHundredths: number;
}

export interface ServiceDraft {
  itemId: string;
  servedOn: string;
  area: number;
}

export interface PricedService {
  areaHundredths: number;
  pricePerMuFen: number;
  feeFen: number;
}

/**
 * Checks a service record against its sign-up and prices it: the item must be one the sign-up
 * covers, the day within its season and not after `today`, the area positive with two decimals at
 * most and — with what was already recorded for the same item (`deliveredHundredths`, voided
 * records excluded) — not beyond the signed area: the season's price covers each 亩 once.
 */
export function priceService(
  signUp: ServiceSignUp,
  draft: ServiceDraft,
  today: string,
  deliveredHundredths: number,
): { ok: PricedService } | { problems: Problem[] } {
  const problems: Problem[] = [];
  if (signUp.status !== 'active')
    problems.push({ path: 'signUp', message: 'the sign-up was withdrawn' });
  const price = signUp.itemIds.includes(draft.itemId) ? signUp.itemPrices[draft.itemId] : undefined;
  if (price === undefined)
    problems.push({ path: 'itemId', message: 'not an item this sign-up covers' });
  const season = seasonWindow(signUp);
  if (draft.servedOn > today) problems.push({ path: 'servedOn', message: 'not in the future' });
  else if (draft.servedOn < season.from || draft.servedOn > season.to)
    problems.push({
      path: 'servedOn',
      message: `within the sign-up's season, ${season.from} to ${season.to}`,
    });
  const area = hundredths(draft.area);
  const left = signUp.areaHundredths - deliveredHundredths;
  if (area === null || area <= 0)
    problems.push({ path: 'area', message: 'a positive area in 亩, two decimals at most' });
  else if (area > left)
    problems.push({
      path: 'area',
      message: `at most ${left / 100} 亩: the sign-up covers ${signUp.areaHundredths / 100} 亩 and ${deliveredHundredths / 100} are recorded for this item`,
    });
  if (problems.length > 0 || price === undefined || area === null) return { problems };
  return { ok: { areaHundredths: area, pricePerMuFen: price, feeFen: seasonFen(area, price) } };
}

import type { CapabilityTag } from '../../directory/unitKinds.ts';

/**
 * What a 重点帮扶村 needs from a paired unit (结对共建), derived from its industries and its
 * strength when nobody wrote the needs down. Only CAPABILITY_TAGS codes:
 *
 * | village                     | needs                              |
 * |-----------------------------|------------------------------------|
 * | apple, grape, vegetables    | agriculture, ecommerce (to sell)   |
 * | grain, livestock            | agriculture                        |
 * | medicinalHerbs              | health, agriculture, ecommerce     |
 * | tourism                     | cultureTourism                     |
 * | strength < 0.3 (very weak)  | + finance                          |
 */
const BY_INDUSTRY: Record<string, readonly CapabilityTag[]> = {
  apple: ['agriculture', 'ecommerce'],
  grape: ['agriculture', 'ecommerce'],
  vegetables: ['agriculture', 'ecommerce'],
  grain: ['agriculture'],
  livestock: ['agriculture'],
  medicinalHerbs: ['health', 'agriculture', 'ecommerce'],
  tourism: ['cultureTourism'],
};

/** A village below this strength is a key village (重点村) for pairing. */
export const KEY_VILLAGE_STRENGTH = 0.4;
/** Below this it also needs money: 金融服务. */
export const VERY_WEAK_STRENGTH = 0.3;

/** The needs of a village, without repeats, in the order of its industries. */
export function villageNeeds(industries: readonly string[], strength: number): CapabilityTag[] {
  const needs: CapabilityTag[] = [];
  const add = (tag: CapabilityTag): void => {
    if (!needs.includes(tag)) needs.push(tag);
  };
  for (const industry of industries) for (const tag of BY_INDUSTRY[industry] ?? []) add(tag);
  if (strength < VERY_WEAK_STRENGTH) add('finance');
  return needs;
}

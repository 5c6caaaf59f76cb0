import type { VocabularyEntry } from './vocabulary.ts';

export interface GridKindEntry extends VocabularyEntry {
  /** Whether the kind is found in villages (村), communities (社区) or both. */
  readonly usedIn: readonly ('village' | 'community')[];
}

export const GRID_KINDS = [
  {
    code: 'villagerGroup',
    label: { 'zh-CN': '村民小组', 'zh-TW': '村民小組', en: 'Villager group' },
    usedIn: ['village'],
  },
  {
    code: 'grid',
    label: { 'zh-CN': '网格', 'zh-TW': '網格', en: 'Grid' },
    usedIn: ['village', 'community'],
  },
  {
    // 振兴村: one service station per street, each with one cadre (包街联户).
    code: 'street',
    label: { 'zh-CN': '街道服务站', 'zh-TW': '街道服務站', en: 'Street service station' },
    usedIn: ['village'],
  },
  {
    code: 'residentialCompound',
    label: { 'zh-CN': '小区', 'zh-TW': '小區', en: 'Residential compound' },
    usedIn: ['community'],
  },
] as const satisfies readonly GridKindEntry[];

export type GridKind = (typeof GRID_KINDS)[number]['code'];

/**
 * Why a grid of `kind` cannot sit in the region whose code was parsed into `villageKind`, or null
 * when it fits: grids sit only below a village (村) or community (社区), and 村民小组 and street
 * stations are village kinds while 小区 are community kinds.
 */
export function gridKindProblem(
  kind: GridKind,
  villageKind: 'village' | 'community' | undefined,
): string | null {
  if (!villageKind) return 'grids sit below a village or community';
  const entry = GRID_KINDS.find((k) => k.code === kind);
  if (!entry) return `unknown grid kind ${kind}`;
  return (entry.usedIn as readonly string[]).includes(villageKind)
    ? null
    : `a ${kind} is not used in a ${villageKind === 'village' ? 'village (村)' : 'community (社区)'}`;
}

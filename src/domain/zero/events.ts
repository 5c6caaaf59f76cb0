// 三零 (零上访 / 零事故 / 零案件) 平安创建: the events that break a village's or unit's zero, as
// recorded, and the rule of the year's 评定验收.

export const ZERO_EVENT_KINDS = ['petition', 'accident', 'criminal'] as const;
export type ZeroEventKind = (typeof ZERO_EVENT_KINDS)[number];

export const ZERO_EVENT_NAMES: Record<ZeroEventKind, string> = {
  petition: '越级上访',
  accident: '安全事故',
  criminal: '刑事案件',
};

/** The star metric each kind's yearly count feeds (domain/evaluation/metrics.ts). */
export const ZERO_EVENT_METRIC: Record<ZeroEventKind, string> = {
  petition: 'petitionsYear',
  accident: 'safetyAccidentsYear',
  criminal: 'criminalCasesYear',
};

export type ZeroCounts = Record<ZeroEventKind, number>;

export const noEvents = (): ZeroCounts => ({ petition: 0, accident: 0, criminal: 0 });

/** A year passes 验收 only with none of the three recorded; what stands in the way, else null. */
export function acceptanceBlocker(counts: ZeroCounts): string | null {
  const broken = ZERO_EVENT_KINDS.filter((k) => counts[k] > 0);
  return broken.length === 0
    ? null
    : `本年已记录${broken.map((k) => `${ZERO_EVENT_NAMES[k]} ${counts[k]} 起`).join('、')}`;
}

// The vocabularies of the collective economy (DESIGN.md §3, issue 13). Cooperatives, 托管,
// dividends and cadre rewards (parts 3, 4, 6, 7) add their own kinds and income sources here.

/** 三资: 资源 (land, 滩涂, forest, water), 资产 (fixed assets), 资金 (funds). */
export const ASSET_KINDS = ['resource', 'fixed', 'fund'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** The class of an asset: what a county's reference price and term limit are set for. */
export const ASSET_CLASSES = [
  'farmland',
  'tidalFlat',
  'forest',
  'water',
  'construction',
  'building',
  'equipment',
  'fund',
] as const;
export type AssetClass = (typeof ASSET_CLASSES)[number];

export const ASSET_STATUSES = ['idle', 'contracted', 'selfRun', 'disposed'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

/** When the yearly fee falls due: all at once on each contract anniversary, or in two halves. */
export const PAYMENT_SCHEDULES = ['annual', 'semiannual'] as const;
export type PaymentSchedule = (typeof PAYMENT_SCHEDULES)[number];

export const CONTRACT_STATUSES = ['active', 'terminated'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** 清化收 outcomes: 规范 (amended in place), 收回 (taken back), 重签 (signed anew). */
export const CLEANUP_OUTCOMES = ['regularized', 'recovered', 'resigned'] as const;
export type CleanupOutcome = (typeof CLEANUP_OUTCOMES)[number];

/** Where collective income comes from; only `contract` is posted in this slice. */
export const INCOME_SOURCES = ['contract', 'cooperative', 'service', 'dividend', 'other'] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

/** Positions of the 两委 (directory codes): their households' contracts need a recorded recusal. */
export const TWO_COMMITTEES_POSITIONS = [
  'secretary',
  'deputySecretary',
  'committeeMember',
  'villageDirector',
  'twoCommitteesMember',
] as const;

/** A county's rule for an asset class when none is configured. */
export const DEFAULT_CLASS_RULE = { maxTermYears: 30, lowPricePercent: 70 } as const;

import { z } from 'zod';
import { FINDING_CODES } from '../../../domain/economy/findings.ts';
import {
  ASSET_CLASSES,
  ASSET_KINDS,
  ASSET_STATUSES,
  CLEANUP_OUTCOMES,
  CONTRACT_STATUSES,
  INCOME_SOURCES,
  PAYMENT_SCHEDULES,
} from '../../../domain/economy/kinds.ts';
import { pageOf } from '../../platform/pagination.ts';

// Answers of the economy API: the routes declare them and the web derives its types from them.
// Money is whole 分, area is 亩.

export const assetView = z.object({
  id: z.string(),
  village: z.string(),
  kind: z.enum(ASSET_KINDS),
  assetClass: z.enum(ASSET_CLASSES),
  name: z.string(),
  area: z.number(),
  location: z.string(),
  gridId: z.string().nullable(),
  status: z.enum(ASSET_STATUSES),
  valueFen: z.number().int().nullable().describe('the latest valuation'),
  valuations: z.array(
    z.object({ valuedOn: z.string(), valueFen: z.number().int(), note: z.string().nullable() }),
  ),
});
export type AssetView = z.infer<typeof assetView>;
export const assetPage = pageOf(assetView);

const finding = z.object({ code: z.enum(FINDING_CODES), detail: z.string() });

export const contractView = z.object({
  id: z.string(),
  village: z.string(),
  assetId: z.string(),
  assetName: z.string(),
  assetClass: z.enum(ASSET_CLASSES),
  lessee: z.string(),
  lesseePersonId: z.string().nullable(),
  area: z.number(),
  pricePerMuFen: z.number().int(),
  annualFeeFen: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  schedule: z.enum(PAYMENT_SCHEDULES),
  status: z.enum(CONTRACT_STATUSES),
  recusalNote: z.string().nullable(),
  outcome: z
    .object({
      outcome: z.enum(CLEANUP_OUTCOMES),
      on: z.string(),
      incomeAddedFen: z.number().int(),
      note: z.string().nullable(),
    })
    .nullable(),
  dueFen: z.number().int().describe('fallen due so far'),
  paidFen: z.number().int(),
  arrearsFen: z.number().int(),
  payments: z.array(
    z.object({
      id: z.string(),
      paidOn: z.string(),
      amountFen: z.number().int(),
      note: z.string().nullable(),
    }),
  ),
  findings: z.array(finding).describe('清化收 flags on today'),
});
export type ContractView = z.infer<typeof contractView>;
export const contractPage = pageOf(contractView);

const villageTotals = z.object({
  village: z.string(),
  contracts: z.number().int(),
  flagged: z.number().int(),
  cleaned: z.number().int(),
  incomeAddedFen: z.number().int(),
});

export const cleanupView = z.object({
  region: z.string(),
  asOf: z.string(),
  contracts: z.number().int(),
  flagged: z.array(contractView).describe('contracts with at least one 清化收 flag'),
  byCode: z.record(z.string(), z.number().int()),
  cleaned: z.number().int().describe('contracts with a recorded outcome'),
  byOutcome: z.record(z.string(), z.number().int()),
  incomeAddedFen: z.number().int(),
  villages: z.array(villageTotals),
});
export type CleanupView = z.infer<typeof cleanupView>;

export const ledgerView = z.object({
  region: z.string(),
  year: z.number().int(),
  totalFen: z.number().int(),
  lastYearFen: z.number().int(),
  growthPercent: z.number().nullable(),
  bySource: z.array(z.object({ source: z.enum(INCOME_SOURCES), amountFen: z.number().int() })),
  byMonth: z.array(z.number().int()).length(12),
  entries: z.array(
    z.object({
      id: z.string(),
      village: z.string(),
      postedOn: z.string(),
      source: z.enum(INCOME_SOURCES),
      amountFen: z.number().int(),
      recordKind: z.string(),
      recordId: z.string(),
      label: z.string(),
    }),
  ),
});
export type LedgerView = z.infer<typeof ledgerView>;

export const classRuleView = z.object({
  assetClass: z.enum(ASSET_CLASSES),
  referencePriceFen: z.number().int().nullable(),
  maxTermYears: z.number().int(),
  lowPricePercent: z.number().int(),
  configured: z.boolean(),
});
export const classRuleList = z.object({ county: z.string(), items: z.array(classRuleView) });
export type ClassRuleView = z.infer<typeof classRuleView>;

import { z } from 'zod';
import {
  ASSET_CLASSES,
  ASSET_KINDS,
  ASSET_STATUSES,
  CLEANUP_OUTCOMES,
  PAYMENT_SCHEDULES,
} from '../../../domain/economy/kinds.ts';
import { pageQuery } from '../../platform/pagination.ts';
import { plainDate } from '../directory/dateSchema.ts';
import { regionCode } from '../regions/schema.ts';
import { ECONOMY_EXPORTS } from './exports.ts';

// Requests of the economy API (issue 13); the answers are in views.ts. Money is whole 分; the
// domain's checks (domain/economy/contracts.ts) name the problems with numbers.

const villageCode = z.string().regex(/^\d{12}$/, 'a 12-digit village code');
const text = (max: number) => z.string().trim().min(1).max(max);
const fen = z.number().describe('whole 分');

export const idParams = z.strictObject({ id: z.uuid() });
export const regionQuery = z.strictObject({ region: regionCode.optional() });
export const ledgerQuery = z.strictObject({
  region: regionCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const exportParams = z.strictObject({ list: z.enum(ECONOMY_EXPORTS) });
export const exportQuery = z.strictObject({
  region: regionCode.optional().describe('a village or township read by the caller (else 404)'),
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('ledger: the year; rewards: that year’s only'),
});
export const statementQuery = z.strictObject({
  village: villageCode,
  year: z.coerce.number().int().min(2000).max(2100),
});

export const listQuery = z.strictObject({
  ...pageQuery,
  region: regionCode.optional(),
  assetId: z.uuid().optional(),
});

export const createAssetBody = z.strictObject({
  village: villageCode,
  kind: z.enum(ASSET_KINDS),
  assetClass: z.enum(ASSET_CLASSES),
  name: text(80),
  area: z.number().describe('亩, two decimals at most; 0 for a fund'),
  location: text(120),
  gridId: z.uuid().optional(),
  status: z.enum(ASSET_STATUSES).default('idle'),
  valueFen: fen.optional().describe('its book value, recorded as the first valuation'),
  valuedOn: plainDate.optional(),
});
export type NewAsset = z.infer<typeof createAssetBody>;

export const valuationBody = z.strictObject({
  valuedOn: plainDate,
  valueFen: fen,
  note: text(200).optional(),
});
export type ValuationBody = z.infer<typeof valuationBody>;

export const createContractBody = z.strictObject({
  assetId: z.uuid(),
  lessee: text(80),
  lesseePersonId: z.uuid().optional().describe('the lessee in the directory, when a resident'),
  area: z.number().describe('亩, two decimals at most'),
  pricePerMuFen: fen.describe('分 per 亩 per year'),
  startsOn: plainDate,
  endsOn: plainDate,
  schedule: z.enum(PAYMENT_SCHEDULES).default('annual'),
  recusalNote: text(300)
    .optional()
    .describe('回避: how the 两委 member of the lessee’s household stood aside'),
});
export type NewContract = z.infer<typeof createContractBody>;

export const paymentBody = z.strictObject({
  paidOn: plainDate,
  amountFen: fen,
  note: text(200).optional(),
});
export type PaymentBody = z.infer<typeof paymentBody>;

export const outcomeBody = z.strictObject({
  outcome: z.enum(CLEANUP_OUTCOMES),
  on: plainDate,
  incomeAddedFen: fen.describe('the yearly collective income the clean-up added'),
  note: text(300).optional(),
});
export type OutcomeBody = z.infer<typeof outcomeBody>;

export const countyParams = z.strictObject({ county: z.string().regex(/^\d{6}$/) });
export const classRuleParams = z.strictObject({
  county: z.string().regex(/^\d{6}$/),
  assetClass: z.enum(ASSET_CLASSES),
});
export const classRuleBody = z.strictObject({
  referencePriceFen: fen.nullable().describe('分 per 亩 per year; null: none'),
  maxTermYears: z.number().int().min(1).max(99),
  lowPricePercent: z.number().int().min(1).max(100).default(70),
});
export type ClassRuleBody = z.infer<typeof classRuleBody>;

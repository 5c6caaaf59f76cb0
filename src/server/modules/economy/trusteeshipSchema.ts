import { z } from 'zod';
import { CROP_GROUPS, TRUSTEESHIP_MODES } from '../../../domain/economy/trusteeship.ts';
import { plainDate } from '../directory/dateSchema.ts';
import { regionCode } from '../regions/schema.ts';

// 农业托管 requests and answers (issue 13 part 4). Money is whole 分 per 亩 per season; area is 亩
// (two decimals at most) in requests and answers; the domain (domain/economy/trusteeship.ts) prices.

const fen = z.number().int('whole 分').min(0, 'not negative').max(Number.MAX_SAFE_INTEGER);

export const trusteeshipQuery = z.strictObject({
  region: regionCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const trusteeshipItemBody = z.strictObject({
  village: z.string().regex(/^\d{12}$/, 'a 12-digit village code'),
  cropGroup: z.enum(CROP_GROUPS),
  name: z.string().trim().min(1).max(40),
  pricePerMuFen: fen.describe('分 per 亩 per season'),
  marketPricePerMuFen: fen.describe('the market’s price for the same service, 分 per 亩'),
});
export type NewTrusteeshipItem = z.infer<typeof trusteeshipItemBody>;

export const itemUpdateBody = z
  .strictObject({
    pricePerMuFen: fen.optional().describe('分 per 亩 per season, for sign-ups from now on'),
    marketPricePerMuFen: fen.optional(),
  })
  .refine((b) => b.pricePerMuFen !== undefined || b.marketPricePerMuFen !== undefined, {
    path: ['pricePerMuFen'],
    message: 'give a new price or market price',
  });
export type ItemUpdate = z.infer<typeof itemUpdateBody>;

export const serviceBody = z
  .strictObject({
    itemId: z.uuid().describe('a menu item the sign-up covers'),
    servedOn: plainDate.describe('the day it was done: within the season, not in the future'),
    area: z.number().describe('亩 served, two decimals at most'),
    providerOrgId: z.uuid().optional().describe('the village’s 托管 function branch'),
    provider: z.string().trim().min(1).max(60).optional().describe('or who delivered, typed'),
    note: z.string().trim().max(200).optional(),
  })
  .refine((b) => (b.providerOrgId === undefined) !== (b.provider === undefined), {
    path: ['provider'],
    message: 'name who delivered: the function branch or a typed name, one of the two',
  });
export type ServiceBody = z.infer<typeof serviceBody>;

export const voidBody = z.strictObject({
  reason: z.string().trim().min(2, 'say why').max(200),
});

export const servicesQuery = z.strictObject({
  region: regionCode.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  signUp: z.uuid().optional(),
});

export const signUpBody = z.strictObject({
  householdId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  cropGroup: z.enum(CROP_GROUPS),
  mode: z.enum(TRUSTEESHIP_MODES),
  itemIds: z.array(z.uuid()).max(20).optional().describe('the chosen items (菜单式 only)'),
  area: z.number().describe('亩, two decimals at most'),
  startsOn: plainDate.describe('the day the season’s service starts; withdrawal ends then'),
});
export type NewSignUp = z.infer<typeof signUpBody>;

const item = z.object({
  id: z.string(),
  regionCode: z.string(),
  cropGroup: z.enum(CROP_GROUPS),
  name: z.string(),
  pricePerMuFen: z.number().int(),
  marketPricePerMuFen: z.number().int(),
  savingPerMuFen: z.number().int(),
  active: z.boolean(),
});
export const trusteeshipItemView = item;
export const trusteeshipItemList = z.object({ items: z.array(item) });

const signUp = z.object({
  id: z.string(),
  regionCode: z.string(),
  householdId: z.string(),
  headName: z.string(),
  year: z.number().int(),
  cropGroup: z.enum(CROP_GROUPS),
  mode: z.enum(TRUSTEESHIP_MODES),
  itemIds: z.array(z.string()),
  itemPrices: z
    .record(z.string(), z.number().int())
    .describe('分 per 亩 of each item, fixed at signing'),
  area: z.number(),
  pricePerMuFen: z.number().int(),
  savingPerMuFen: z.number().int(),
  feeFen: z.number().int().describe('the season’s fee for the whole area'),
  savingFen: z.number().int().describe('against the market price, for the whole area'),
  startsOn: z.string(),
  status: z.enum(['active', 'withdrawn']),
  canWithdraw: z.boolean(),
});
export const signUpView = signUp;
export const signUpList = z.object({
  items: z.array(signUp),
  totals: z.object({
    households: z.number().int(),
    area: z.number(),
    feeFen: z.number().int(),
    savingFen: z.number().int(),
  }),
});

const service = z.object({
  id: z.string(),
  regionCode: z.string(),
  signUpId: z.string(),
  householdId: z.string(),
  headName: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  cropGroup: z.enum(CROP_GROUPS),
  servedOn: z.string(),
  area: z.number(),
  pricePerMuFen: z.number().int().describe('fixed when the household signed'),
  feeFen: z.number().int().describe('area × price, posted to the income ledger as service'),
  providerOrgId: z.string().nullable(),
  provider: z.string(),
  note: z.string().nullable(),
  status: z.enum(['recorded', 'voided']),
  voidReason: z.string().nullable(),
  canVoid: z.boolean(),
});
export const serviceView = service;
export const serviceList = z.object({
  items: z.array(service),
  totals: z.object({ records: z.number().int(), area: z.number(), feeFen: z.number().int() }),
});
export const myTrusteeship = z.object({
  householdId: z.string().nullable(),
  menu: z.array(item).describe('the village’s items, retired ones too (active: false)'),
  signUps: z.array(signUp),
  services: z.array(service).describe('what was done for the household, voided records left out'),
});

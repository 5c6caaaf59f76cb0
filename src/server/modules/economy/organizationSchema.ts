import { z } from 'zod';
import {
  BINDING_KINDS,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  PARTNER_KINDS,
} from '../../../domain/economy/organizations.ts';
import { plainDate } from '../directory/dateSchema.ts';
import { regionCode } from '../regions/schema.ts';

// 合作社、公司与双绑 requests and answers (issue 13 part 3). Money is whole 分; area is 亩 (two
// decimals at most) in requests and answers, hundredths in the tables; shares are whole units of
// the dividend classes (land 0.01 亩, cash 元, member as counted).

const fen = z.number().int('whole 分').min(0, 'not negative').max(Number.MAX_SAFE_INTEGER);
const shares = (unit: string) =>
  z.number().int('whole units').min(0, 'not negative').describe(unit);
const text = (max: number) => z.string().trim().min(1).max(max);

export const organizationQuery = z.strictObject({ region: regionCode.optional() });

export const organizationBody = z.strictObject({
  region: regionCode.describe('the village, or the township of a 共富公司 / 联建公司'),
  kind: z.enum(ORGANIZATION_KINDS),
  name: text(60),
  unionId: z.uuid().optional().describe('跨村联建: the union a 联建公司 serves'),
  registeredOn: plainDate,
});
export type NewOrganization = z.infer<typeof organizationBody>;

export const organizationPatch = z
  .strictObject({
    name: text(60).optional(),
    registeredOn: plainDate.optional().describe('not in the future'),
    unionId: z.uuid().nullable().optional().describe('跨村联建 (a 联建公司 only); null: none'),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'name at least one field to change' });
export type OrganizationPatch = z.infer<typeof organizationPatch>;

export const dissolveBody = z.strictObject({
  dissolvedOn: plainDate.describe('注销日期: not before registration, not in the future'),
  reason: text(200).describe('注销原因'),
});
export type Dissolution = z.infer<typeof dissolveBody>;

export const memberBody = z.strictObject({
  householdId: z.uuid().describe('a household of a village within the organization’s region'),
  landShares: shares('土地股, 0.01 亩'),
  cashShares: shares('现金股, 元'),
  memberShares: shares('成员股'),
  joinedOn: plainDate,
});
export type NewMember = z.infer<typeof memberBody>;

export const bindingBody = z
  .strictObject({
    partnerOrgId: z.uuid().optional().describe('another economic organization'),
    partnerName: text(80).optional().describe('or a named outside enterprise or cooperative'),
    partnerKind: z.enum(PARTNER_KINDS),
    kind: z.enum(BINDING_KINDS),
    startsOn: plainDate,
    endsOn: plainDate.optional().describe('none: open-ended'),
  })
  .refine((b) => (b.partnerOrgId === undefined) !== (b.partnerName === undefined), {
    path: ['partnerName'],
    message: 'name the partner: an organization or a typed name, one of the two',
  });
export type NewBinding = z.infer<typeof bindingBody>;

export const orderBody = z.strictObject({
  product: text(60),
  quantity: z.number().int('whole units').min(1, 'at least 1'),
  unit: text(10).describe('斤, 吨, 箱…'),
  amountFen: fen,
  orderedOn: plainDate.describe('within the binding’s term'),
});
export type NewOrder = z.infer<typeof orderBody>;

export const landTransferBody = z.strictObject({
  householdId: z.uuid(),
  area: z.number().positive('more than 0 亩').describe('亩, two decimals at most'),
  pricePerMuFen: fen.describe('分 per 亩 per year: the household’s 租金'),
  previousPricePerMuFen: fen.optional().describe('what the land fetched before, when known'),
  startsOn: plainDate,
  endsOn: plainDate,
});
export type NewLandTransfer = z.infer<typeof landTransferBody>;

const member = z.object({
  id: z.string(),
  householdId: z.string(),
  headName: z.string(),
  regionCode: z.string().describe('the household’s village'),
  landShares: z.number().int(),
  cashShares: z.number().int(),
  memberShares: z.number().int(),
  joinedOn: z.string(),
});
const order = z.object({
  id: z.string(),
  product: z.string(),
  quantity: z.number().int(),
  unit: z.string(),
  amountFen: z.number().int(),
  orderedOn: z.string(),
});
const binding = z.object({
  id: z.string(),
  partnerOrgId: z.string().nullable(),
  partnerName: z.string().describe('the partner organization’s name or the typed one'),
  partnerKind: z.enum(PARTNER_KINDS),
  kind: z.enum(BINDING_KINDS),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  inForce: z.boolean().describe('in force today'),
  orders: z.array(order),
  ordersFen: z.number().int(),
});
const transfer = z.object({
  id: z.string(),
  householdId: z.string(),
  headName: z.string(),
  area: z.number(),
  pricePerMuFen: z.number().int(),
  previousPricePerMuFen: z.number().int().nullable(),
  rentFen: z.number().int().describe('the yearly 租金: area × price, to the 分'),
  startsOn: z.string(),
  endsOn: z.string(),
});
const organization = z.object({
  id: z.string(),
  regionCode: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  name: z.string(),
  unionId: z.string().nullable(),
  registeredOn: z.string(),
  status: z.enum(ORGANIZATION_STATUSES),
  dissolution: z
    .object({ dissolvedOn: z.string(), reason: z.string() })
    .nullable()
    .describe('注销: the day and reason, when dissolved'),
  members: z.array(member),
  bindings: z.array(binding),
  landTransfers: z.array(transfer),
  totals: z.object({
    members: z.number().int(),
    transferredArea: z.number(),
    rentFen: z.number().int().describe('the yearly 租金 of the transfers in force today'),
  }),
  canWrite: z.boolean().describe('the caller may change it (never once dissolved)'),
});
export const organizationView = organization;
export const organizationList = z.object({ items: z.array(organization) });

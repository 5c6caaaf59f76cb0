import { z } from 'zod';

// 分红 requests and answers (issue 13 part 6). Money is whole 分; shares are whole units (land in
// 0.01 亩, cash in 元); rates are 万分比. The domain (domain/economy/dividends.ts) checks the rule.

const bp = z.number().int().min(0).max(10_000).describe('万分比 (10000 = 100 %)');
const units = z.strictObject({
  land: z.number().int().min(0).describe('0.01 亩'),
  cash: z.number().int().min(0).describe('元'),
  member: z.number().int().min(0),
});
const rule = z.strictObject({
  collectiveBp: bp,
  welfareOfCollectiveBp: bp,
  classBp: z.strictObject({ land: bp, cash: bp, member: bp }),
});

export const dividendRunBody = z
  .strictObject({
    regionCode: z.string().regex(/^\d{12}$/, 'a 12-digit village code'),
    organizationId: z
      .uuid()
      .optional()
      .describe(
        'the economic organization paying out: names the payer and, without holdings, its members’ shares in the village are the holdings',
      ),
    payer: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('the company or cooperative paying out (else the organization’s name)'),
    year: z.number().int().min(2000).max(2100),
    distributableFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    rule,
    holdings: z
      .array(z.strictObject({ householdId: z.uuid(), units }))
      .min(1)
      .max(5000)
      .optional(),
  })
  .refine((b) => b.organizationId !== undefined || b.payer !== undefined, {
    path: ['payer'],
    message: 'name the payer, or the organization paying out',
  })
  .refine((b) => b.organizationId !== undefined || b.holdings !== undefined, {
    path: ['holdings'],
    message: 'list the households’ shares, or the organization whose members hold them',
  });

const run = z.object({
  id: z.string(),
  regionCode: z.string(),
  payer: z.string(),
  organizationId: z.string().nullable(),
  year: z.number().int(),
  distributableFen: z.number().int(),
  rule,
  status: z.enum(['draft', 'approved', 'published']),
  collectiveFen: z.number().int(),
  welfareFen: z.number().int(),
  householdsFen: z.number().int(),
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});

export const dividendRunList = z.object({ items: z.array(run) });
export const dividendRunView = run.extend({
  shares: z.array(
    z.object({
      householdId: z.string(),
      headName: z.string(),
      units,
      amountFen: z.number().int(),
    }),
  ),
  can: z.object({ approve: z.boolean(), publish: z.boolean() }),
});
export const myDividendList = z.object({
  items: z.array(run.extend({ units, amountFen: z.number().int() })),
});

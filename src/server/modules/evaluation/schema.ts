import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles.ts';
import { COMPARISONS, SUBJECT_TYPES } from '../../../domain/evaluation/scheme.ts';
import { REGION_LEVELS } from '../../../domain/region/regionCode.ts';
import { regionCode } from '../regions/schema.ts';

const key = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9-]{0,47}$/, 'letters, digits and dashes, starting with a letter');
const label = z.string().trim().min(1).max(80);

const criterion = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('metric'),
    id: key,
    label,
    metric: key,
    comparison: z.enum(COMPARISONS),
    threshold: z.number().finite(),
  }),
  z.strictObject({
    kind: z.literal('checklist'),
    id: key,
    label,
    evidence: z.enum(['none', 'optional', 'required']),
  }),
]);

export const schemeDefinition = z.strictObject({
  key,
  name: label,
  subjectType: z.enum(SUBJECT_TYPES),
  orgKind: z.enum(['rural', 'community']).optional(),
  period: z.enum(['year', 'half', 'quarter', 'term']),
  claimRole: z.enum(ROLES),
  stars: z
    .array(z.strictObject({ key, name: label, criteria: z.array(criterion).max(20) }))
    .min(1)
    .max(12),
  levelRule: z.strictObject({
    requiredStar: key.optional(),
    requiredFromLevel: z.number().int().min(1).max(12).optional(),
  }),
  steps: z
    .array(
      z.strictObject({
        key,
        name: label,
        role: z.enum(ROLES),
        level: z.enum(REGION_LEVELS),
        fromLevel: z.number().int().min(1).max(12).optional(),
      }),
    )
    .min(1)
    .max(6),
  noticeDays: z.number().int().min(1).max(30),
  starQuota: z.number().int().min(1).max(10_000).optional(),
  vetoes: z
    .array(
      z.strictObject({ key, label, removes: z.union([z.literal('all'), z.array(key).min(1)]) }),
    )
    .max(20),
  defaultTargets: z
    .array(
      z.strictObject({
        label,
        measure: z.enum(['shareAtLeast', 'countAtLeast']),
        level: z.number().int().min(0).max(12),
        value: z.number().min(0),
        setFor: z.enum(REGION_LEVELS).optional(),
      }),
    )
    .optional(),
  firstSecretaryTarget: z.number().int().min(1).max(12).nullable().optional(),
});

export const idParams = z.strictObject({ id: z.uuid() });
/**
 * A copy (copyOf, key, name) or a scheme from scratch (definition). One object rather than a
 * union, so a mistake deep in a definition is reported at its own path (body.definition.steps.0.role).
 */
export const createSchemeBody = z
  .strictObject({
    copyOf: z.uuid().optional(),
    key: key.optional(),
    name: label.optional(),
    definition: schemeDefinition.optional(),
  })
  .transform(
    (
      b,
      issue,
    ):
      | { copyOf: string; key: string; name: string }
      | { definition: z.output<typeof schemeDefinition> } => {
      if (b.definition && b.copyOf === undefined && b.key === undefined && b.name === undefined)
        return { definition: b.definition };
      if (!b.definition && b.copyOf !== undefined && b.key !== undefined && b.name !== undefined)
        return { copyOf: b.copyOf, key: b.key, name: b.name };
      issue.addIssue({
        code: 'custom',
        path: b.definition ? ['copyOf'] : ['definition'],
        message: 'either a definition, or copyOf with key and name',
      });
      return z.NEVER;
    },
  );
export const editSchemeBody = z.strictObject({ definition: schemeDefinition });

export const listRoundsQuery = z.strictObject({
  region: regionCode.optional(),
  scheme: key.optional(),
});
export const openRoundBody = z.strictObject({
  schemeId: z.uuid(),
  regionCode,
  period: z
    .string()
    .regex(/^\d{4}(-(H[12]|Q[1-4]))?$/, 'a year (2026), half (2026-H1) or quarter (2026-Q3)'),
  name: label.optional(),
  /** Nominated subjects (persons of a 十大 selection); the directory supplies the rest. */
  subjectIds: z.array(z.uuid()).max(500).optional(),
});

const evidenceIds = z.array(z.uuid()).max(10).default([]);
export const claimBody = z.strictObject({
  stars: z.array(key).min(1).max(12),
  answers: z.record(key, z.strictObject({ done: z.boolean(), evidenceIds })).default({}),
  metrics: z.record(key, z.strictObject({ value: z.number().finite(), evidenceIds })).default({}),
  note: z.string().trim().max(500).default(''),
});
export const decisionBody = z.strictObject({
  step: key,
  outcome: z.enum(['approve', 'sendBack']),
  stars: z
    .array(
      z.strictObject({
        key,
        granted: z.boolean(),
        comment: z.string().trim().max(200).default(''),
      }),
    )
    .max(12)
    .default([]),
  comment: z.string().trim().max(500).default(''),
});
export const evidenceQuery = z.strictObject({ name: z.string().trim().min(1).max(120) });
export const objectionBody = z.strictObject({ text: z.string().trim().min(5).max(500) });
export const answerBody = z.strictObject({
  answer: z.string().trim().min(2).max(500),
  upheld: z.boolean(),
});
export const vetoBody = z.strictObject({
  vetoKey: key,
  description: z.string().trim().min(2).max(500),
  evidenceId: z.uuid().optional(),
});
export const vetoDecisionBody = z.strictObject({
  remove: z.boolean(),
  comment: z.string().trim().max(500).default(''),
});
export const progressQuery = z.strictObject({
  region: regionCode,
  scheme: key,
  period: z.string().regex(/^\d{4}(-(H[12]|Q[1-4]))?$/),
});
export const targetBody = z.strictObject({
  regionCode,
  schemeKey: key,
  period: z.string().regex(/^\d{4}(-(H[12]|Q[1-4]))?$/),
  measure: z.enum(['shareAtLeast', 'countAtLeast']),
  level: z.number().int().min(1).max(12),
  value: z.number().min(0).max(100_000),
});
export const settingsBody = z.strictObject({
  countyCode: regionCode,
  rankingsEnabled: z.boolean(),
});
export const noticeParams = z.strictObject({ id: z.uuid() });

/** The languages the public notice page speaks. */
export const NOTICE_LANGS = ['zh-CN', 'zh-TW', 'en'] as const;

/**
 * The public notice page's choices: one village of a round, the page's language. Other
 * parameters are passed over, not refused: a link shared in WeChat comes back with its own
 * (`?from=singlemessage&isappinstalled=0`).
 */
export const noticePageQuery = z.object({
  village: regionCode.optional(),
  q: z.string().trim().max(40).optional(),
  lang: z.enum(NOTICE_LANGS).optional(),
});

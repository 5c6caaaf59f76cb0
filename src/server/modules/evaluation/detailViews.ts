import { METRIC_SOURCES } from '../../../domain/evaluation/metrics.ts';
import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles.ts';
import { COMPARISONS } from '../../../domain/evaluation/scheme.ts';
import {
  evaluationDecisions,
  evaluationObjections,
  evaluationVetoes,
} from '../../db/schema/index.ts';
import { EVIDENCE_TYPES } from './claims.ts';
import { schemeDefinition } from './schema.ts';
import { stage, stars, subjectType, timestamp } from './views.ts';

// The subject page (GET /api/v1/evaluation/evaluations/:id and /mine): claim, evidence, metrics
// with their sources, the evaluator's advice, decisions, objections, vetoes, history.

const evidenceIds = z.array(z.string());
export const claimView = z.object({
  stars,
  answers: z.record(z.string(), z.object({ done: z.boolean(), evidenceIds })),
  metrics: z.record(z.string(), z.object({ value: z.number(), evidenceIds })),
  note: z.string(),
});
export const metricSnapshotView = z.object({
  key: z.string(),
  value: z.number().nullable(),
  source: z.enum(METRIC_SOURCES),
  sources: z.array(z.object({ kind: z.string(), id: z.string(), label: z.string() })),
});
/** Why a criterion holds or not (domain/evaluation/evaluate.ts). */
const reasonView = z.discriminatedUnion('kind', [
  z.object({
    criterion: z.string(),
    kind: z.literal('metric'),
    metric: z.string(),
    value: z.number().nullable(),
    comparison: z.enum(COMPARISONS),
    threshold: z.number(),
    met: z.boolean(),
  }),
  z.object({
    criterion: z.string(),
    kind: z.literal('checklist'),
    answered: z.boolean(),
    evidenceMissing: z.boolean(),
    met: z.boolean(),
  }),
  z.object({ kind: z.literal('veto'), veto: z.string(), met: z.literal(false) }),
]);
const tenantRow = { id: z.string(), regionCode: z.string(), countyCode: z.string() };

export const evaluationDetailView = z.object({
  id: z.string(),
  round: z.object({
    id: z.string(),
    name: z.string(),
    period: z.string(),
    noticeDays: z.number().int(),
  }),
  schemeName: z.string(),
  scheme: schemeDefinition,
  subject: z.object({
    type: subjectType,
    id: z.string(),
    name: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
  }),
  stage,
  stepIndex: z.number().int(),
  claim: claimView.nullable(),
  grantedStars: stars,
  heldStars: stars,
  level: z.number().int(),
  noticeStartsAt: timestamp.nullable(),
  noticeEndsAt: timestamp.nullable(),
  awardedAt: timestamp.nullable(),
  evidence: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      contentType: z.enum(EVIDENCE_TYPES),
      size: z.number().int(),
      createdAt: timestamp,
    }),
  ),
  /** Live values now; each decision keeps the values it saw. */
  metrics: z.array(metricSnapshotView),
  /** The evaluator's reading of the claim, before a reviewer decides. */
  advice: z.object({
    stars: z.array(z.object({ key: z.string(), met: z.boolean(), reasons: z.array(reasonView) })),
    starsMet: stars,
    level: z.number().int(),
  }),
  decisions: z.array(
    z.object({
      ...tenantRow,
      evaluationId: z.string(),
      stepKey: z.string(),
      role: z.enum(ROLES),
      actorId: z.string(),
      actorName: z.string(),
      outcome: z.enum(evaluationDecisions.outcome.enumValues),
      stars: z.array(z.object({ key: z.string(), granted: z.boolean(), comment: z.string() })),
      comment: z.string(),
      metrics: z.array(metricSnapshotView),
      level: z.number().int(),
      createdAt: timestamp,
    }),
  ),
  objections: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      status: z.enum(evaluationObjections.status.enumValues),
      upheld: z.boolean().nullable(),
      answer: z.string().nullable(),
      answeredBy: z.string().nullable(),
      answeredAt: timestamp.nullable(),
      createdAt: timestamp,
      /** Shown to reviewers only; null for anyone else. */
      filerName: z.string().nullable(),
    }),
  ),
  vetoes: z.array(
    z.object({
      ...tenantRow,
      evaluationId: z.string(),
      vetoKey: z.string(),
      stars,
      description: z.string(),
      evidenceId: z.string().nullable(),
      recordedBy: z.string(),
      status: z.enum(evaluationVetoes.status.enumValues),
      decidedBy: z.string().nullable(),
      decidedAt: timestamp.nullable(),
      comment: z.string().nullable(),
      createdAt: timestamp,
      /** The stars the veto's key removes in this scheme. */
      removes: stars,
    }),
  ),
  history: z.array(
    z.object({
      kind: z.string(),
      actorName: z.string(),
      detail: z.record(z.string(), z.unknown()),
      at: timestamp,
    }),
  ),
  waiting: z.string().nullable(),
});
export const evaluationListView = z.object({ items: z.array(evaluationDetailView) });

import { z } from 'zod';
import { SUBJECT_TYPES } from '../../../domain/evaluation/scheme.ts';
import { evaluationRounds, evaluations } from '../../db/schema/index.ts';
import { EVIDENCE_TYPES } from './claims.ts';
import { dateSentAsIso } from '../../platform/wireTime.ts';
import { schemeDefinition } from './schema.ts';

// Answers of /api/v1/evaluation as the services return them (checked in the test apps,
// CHECK_RESPONSES=1). The subject page is in detailViews.ts; progress, targets, settings and the
// public notices in progressViews.ts.

/** The evaluation services hand Date objects to JSON, which sends ISO 8601 strings (wireTime.ts). */
export const timestamp = dateSentAsIso;

export const stage = z.enum(evaluations.stage.enumValues);
export const subjectType = z.enum(SUBJECT_TYPES);
export const stars = z.array(z.string());

export const schemeView = z.object({
  id: z.string(),
  key: z.string(),
  version: z.number().int(),
  name: z.string(),
  subjectType,
  isPreset: z.boolean(),
  /** Null for a preset (shared by every county). */
  regionCode: z.string().nullable(),
  definition: schemeDefinition,
});
export const schemeListView = z.object({ items: z.array(schemeView) });

/** A row of evaluation_rounds as the services spread it. */
const roundRow = z.object({
  id: z.string(),
  regionCode: z.string(),
  countyCode: z.string(),
  schemeId: z.string(),
  name: z.string(),
  period: z.string(),
  noticeDays: z.number().int(),
  status: z.enum(evaluationRounds.status.enumValues),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export const roundView = roundRow.extend({
  schemeKey: z.string(),
  schemeName: z.string(),
  regionName: z.string().nullable(),
  subjects: z.number().int(),
  awarded: z.number().int(),
});
export const roundListView = z.object({ items: z.array(roundView) });
export const openedRoundView = roundRow.extend({
  status: z.literal('open'),
  subjects: z.number().int(),
});

export const boardItemView = z.object({
  id: z.string(),
  subjectName: z.string(),
  subjectType,
  regionCode: z.string(),
  regionName: z.string().nullable(),
  stage,
  /** The current step's key while in review. */
  step: z.string().nullable(),
  claimedStars: stars,
  grantedStars: stars,
  heldStars: stars,
  level: z.number().int(),
  noticeEndsAt: timestamp.nullable(),
  openObjections: z.number().int(),
  /** What the actor can do next: claim, decide:<step>, answerObjection, award, decideVeto. */
  waiting: z.string().nullable(),
});
export const boardView = z.object({
  round: roundRow.extend({
    regionName: z.string().nullable(),
    schemeKey: z.string(),
    schemeName: z.string(),
    total: z.number().int(),
  }),
  scheme: schemeDefinition,
  items: z.array(boardItemView),
});

export const claimedView = z.object({
  id: z.string(),
  stage: z.literal('review'),
  grantedStars: stars,
  level: z.number().int(),
});
export const evidenceView = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.enum(EVIDENCE_TYPES),
  size: z.number().int(),
  sha256: z.string(),
});
export const decidedView = z.object({
  id: z.string(),
  decisionId: z.string(),
  stage,
  level: z.number().int(),
  grantedStars: stars,
  /** Set when the last step opened the public notice. */
  noticeEndsAt: timestamp.nullable(),
});
export const awardedView = z.object({
  id: z.string(),
  stage: z.literal('awarded'),
  heldStars: stars,
  level: z.number().int(),
});
export const objectionFiledView = z.object({
  id: z.string(),
  status: z.literal('open'),
  createdAt: timestamp,
});
export const objectionAnsweredView = z.object({
  id: z.string(),
  status: z.literal('answered'),
  upheld: z.boolean(),
});
export const vetoRecordedView = z.object({
  id: z.string(),
  status: z.literal('proposed'),
  stars,
});
export const vetoDecidedView = z.object({
  id: z.string(),
  status: z.enum(['removed', 'rejected']),
  heldStars: stars,
  level: z.number().int(),
});

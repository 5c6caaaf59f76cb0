import { ZERO_EVENT_KINDS } from '../../../domain/zero/events.ts';
import { z } from 'zod';
import { evaluationTargets, evaluationVetoes } from '../../db/schema/index.ts';
import { timestamp } from './views.ts';

// Targets, rankings and warnings (GET /api/v1/evaluation/progress), the county's target and
// ranking settings, and the public notices (GET /api/v1/public/notices).

const measure = z.enum(evaluationTargets.measure.enumValues);

/** Rankings are of townships or villages (or counties above a county), never of persons. */
const rankingRow = z.object({
  code: z.string(),
  name: z.string(),
  subjects: z.number().int(),
  atLeast3: z.number().int(),
  /** Percent, one decimal. */
  share3: z.number(),
  five: z.number().int(),
  four: z.number().int(),
});

export const progressView = z.object({
  region: z.object({ code: z.string(), name: z.string() }),
  scheme: z.string(),
  period: z.string(),
  subjects: z.number().int(),
  /** Subjects at each level 0–12 (awarded level, else 0). */
  byLevel: z.array(z.number().int()),
  share3: z.number(),
  targets: z.array(
    z.object({
      label: z.string(),
      measure,
      level: z.number().int(),
      value: z.number(),
      /** The region's own target, or the preset's default. */
      source: z.enum(['region', 'preset']),
      actual: z.number(),
      met: z.boolean(),
    }),
  ),
  rankingsEnabled: z.boolean(),
  /** Null where the county switched rankings off. */
  rankings: z.array(rankingRow).nullable(),
  /** Counties a city or province ranking leaves out because they switched rankings off. */
  unranked: z.array(
    z.object({ code: z.string(), name: z.string(), reason: z.literal('rankingsOff') }),
  ),
  warnings: z.object({
    belowThreshold: z.array(
      z.object({
        id: z.string(),
        roundId: z.string(),
        name: z.string(),
        regionCode: z.string(),
        level: z.number().int(),
      }),
    ),
    vetoes: z.array(
      z.object({
        id: z.string(),
        roundId: z.string(),
        name: z.string(),
        regionCode: z.string(),
        veto: z.string(),
        status: z.enum(evaluationVetoes.status.enumValues),
      }),
    ),
    firstSecretaries: z.array(
      z.object({
        name: z.string(),
        regionCode: z.string(),
        regionName: z.string().nullable(),
        /** YYYY-MM-DD, from the position's details. */
        termEndDate: z.string(),
        /** The village's latest awarded level; null before any award. */
        level: z.number().int().nullable(),
        target: z.number().int(),
      }),
    ),
    /** 三零 events recorded in the region during the period's year (modules/zero). */
    zeroEvents: z.array(
      z.object({
        id: z.string(),
        regionCode: z.string(),
        regionName: z.string().nullable(),
        kind: z.enum(ZERO_EVENT_KINDS),
        occurredOn: z.string(),
      }),
    ),
  }),
});

export const targetView = z.object({
  regionCode: z.string(),
  schemeKey: z.string(),
  period: z.string(),
  measure,
  level: z.number().int(),
  value: z.number(),
});
export const settingsView = z.object({ countyCode: z.string(), rankingsEnabled: z.boolean() });

/** Only allow-listed fields: never an ID number, a phone, a filer or a minor's name. */
export const noticeRoundView = z.object({
  roundId: z.string(),
  roundName: z.string(),
  schemeName: z.string(),
  regionName: z.string().nullable(),
  entries: z.array(
    z.object({
      evaluationId: z.string(),
      subjectName: z.string(),
      villageName: z.string().nullable(),
      /** Star names, not keys. */
      stars: z.array(z.string()),
      level: z.number().int(),
      noticeStartsAt: timestamp,
      noticeEndsAt: timestamp,
      open: z.boolean(),
      objections: z.number().int(),
    }),
  ),
});
export const noticeListView = z.object({ items: z.array(noticeRoundView) });

// Shapes of /api/v1/evaluation (src/server/modules/evaluation is the source of truth).
import type { SchemeDefinition } from '../../domain/evaluation/scheme.ts';
export type { SchemeDefinition };

export interface SchemeItem {
  id: string;
  key: string;
  version: number;
  name: string;
  subjectType: string;
  isPreset: boolean;
  regionCode: string | null;
  definition: SchemeDefinition;
}
export interface RoundItem {
  id: string;
  name: string;
  period: string;
  regionCode: string;
  regionName: string | null;
  schemeKey: string;
  schemeName: string;
  subjects: number;
  awarded: number;
  status: string;
  noticeDays: number;
  starQuota?: number;
}
export type Stage = 'claiming' | 'review' | 'notice' | 'awarded';
export interface BoardItem {
  id: string;
  subjectName: string;
  regionCode: string;
  regionName: string | null;
  stage: Stage;
  step: string | null;
  claimedStars: string[];
  grantedStars: string[];
  heldStars: string[];
  level: number;
  noticeEndsAt: string | null;
  openObjections: number;
  waiting: string | null;
}
export interface Board {
  round: RoundItem & { schemeId: string };
  scheme: SchemeDefinition;
  items: BoardItem[];
}
export interface MetricSnapshot {
  key: string;
  value: number | null;
  source: 'entered' | 'directory' | 'evaluation';
  sources: { kind: string; id: string; label: string }[];
}
export interface EvaluationDetail {
  id: string;
  round: { id: string; name: string; period: string; noticeDays: number };
  schemeName: string;
  scheme: SchemeDefinition;
  subject: {
    type: string;
    id: string;
    name: string;
    regionCode: string;
    regionName: string | null;
  };
  stage: Stage;
  claim: {
    stars: string[];
    answers: Record<string, { done: boolean; evidenceIds: string[] }>;
    metrics: Record<string, { value: number; evidenceIds: string[] }>;
    note: string;
  } | null;
  grantedStars: string[];
  heldStars: string[];
  level: number;
  noticeStartsAt: string | null;
  noticeEndsAt: string | null;
  awardedAt: string | null;
  evidence: { id: string; name: string; contentType: string; size: number; createdAt: string }[];
  metrics: MetricSnapshot[];
  advice: { starsMet: string[]; level: number };
  decisions: {
    id: string;
    stepKey: string;
    actorName: string;
    outcome: 'approve' | 'sendBack';
    stars: { key: string; granted: boolean; comment: string }[];
    comment: string;
    metrics: MetricSnapshot[];
    level: number;
    createdAt: string;
  }[];
  objections: {
    id: string;
    text: string;
    status: 'open' | 'answered';
    upheld: boolean | null;
    answer: string | null;
    answeredBy: string | null;
    createdAt: string;
    filerName: string | null;
  }[];
  vetoes: {
    id: string;
    vetoKey: string;
    stars: string[];
    description: string;
    status: 'proposed' | 'removed' | 'rejected';
    recordedBy: string;
    decidedBy: string | null;
    comment: string | null;
    createdAt: string;
  }[];
  history: { kind: string; actorName: string; detail: Record<string, unknown>; at: string }[];
  waiting: string | null;
}
export interface Progress {
  region: { code: string; name: string };
  subjects: number;
  byLevel: number[];
  share3: number;
  targets: {
    label: string;
    measure: 'shareAtLeast' | 'countAtLeast';
    level: number;
    value: number;
    actual: number;
    met: boolean;
    source: string;
  }[];
  rankingsEnabled: boolean;
  rankings:
    | {
        code: string;
        name: string;
        subjects: number;
        atLeast3: number;
        share3: number;
        five: number;
        four: number;
      }[]
    | null;
  /** Counties a city or province ranking leaves out because they switched rankings off. */
  unranked: { code: string; name: string; reason: 'rankingsOff' }[];
  warnings: {
    belowThreshold: { id: string; name: string; regionCode: string; level: number }[];
    vetoes: { id: string; name: string; veto: string; status: string }[];
    firstSecretaries: {
      name: string;
      regionName: string | null;
      termEndDate: string;
      level: number | null;
    }[];
  };
}
export interface NoticeRound {
  roundId: string;
  roundName: string;
  schemeName: string;
  regionName: string | null;
  entries: {
    evaluationId: string;
    subjectName: string;
    villageName: string | null;
    stars: string[];
    level: number;
    noticeStartsAt: string;
    noticeEndsAt: string;
    open: boolean;
    objections: number;
  }[];
}

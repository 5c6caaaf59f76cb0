// Shapes of /api/v1/evaluation, derived from the server's response schemas
// (src/server/modules/evaluation/*views.ts). Type-only imports: no server code reaches the bundle.
import type { z } from 'zod';
import type { SchemeDefinition } from '../../domain/evaluation/scheme.ts';
import type {
  evaluationDetailView,
  metricSnapshotView,
} from '../../server/modules/evaluation/detailViews.ts';
import type {
  noticeRoundView,
  progressView,
} from '../../server/modules/evaluation/progressViews.ts';
import type {
  boardItemView,
  boardView,
  roundView,
  schemeView,
  stage,
} from '../../server/modules/evaluation/views.ts';
export type { SchemeDefinition };

export type SchemeItem = z.infer<typeof schemeView>;
export type RoundItem = z.infer<typeof roundView>;
export type Stage = z.output<typeof stage>;
export type BoardItem = z.infer<typeof boardItemView>;
export type Board = z.infer<typeof boardView>;
export type MetricSnapshot = z.infer<typeof metricSnapshotView>;
export type EvaluationDetail = z.infer<typeof evaluationDetailView>;
export type Progress = z.infer<typeof progressView>;
export type NoticeRound = z.infer<typeof noticeRoundView>;

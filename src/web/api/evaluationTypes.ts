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
import type { WireOf } from './wire.ts';
export type { SchemeDefinition };

export type SchemeItem = WireOf<typeof schemeView>;
export type RoundItem = WireOf<typeof roundView>;
export type Stage = z.output<typeof stage>;
export type BoardItem = WireOf<typeof boardItemView>;
export type Board = WireOf<typeof boardView>;
export type MetricSnapshot = WireOf<typeof metricSnapshotView>;
export type EvaluationDetail = WireOf<typeof evaluationDetailView>;
export type Progress = WireOf<typeof progressView>;
export type NoticeRound = WireOf<typeof noticeRoundView>;

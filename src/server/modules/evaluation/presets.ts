import { PRESET_SCHEMES } from '../../../domain/evaluation/presets/index.ts';
import type { Database } from '../../db/client.ts';
import { evaluationSchemes } from '../../db/schema/index.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';

/** Presets belong to no county: every county reads them, none edits them (copy instead). */
export const PRESET_REGION = '000000000000';

/**
 * Loads the seed presets (DESIGN.md §4) on start. Idempotent: a preset already present (same key,
 * version 1) is left as it is.
 */
export async function loadEvaluationPresets(database: Database, now = new Date()): Promise<void> {
  const rows = PRESET_SCHEMES.map((definition, i) => ({
    id: uuidv7(now.getTime() + i),
    regionCode: PRESET_REGION,
    countyCode: PRESET_REGION.slice(0, 6),
    key: definition.key,
    version: 1,
    isPreset: true,
    name: definition.name,
    subjectType: definition.subjectType,
    definition,
    supersededAt: null,
    createdAt: now,
    updatedAt: now,
  }));
  await database.db.insert(evaluationSchemes).values(rows).onConflictDoNothing();
}

import { PRESET_SCHEMES } from '../../../domain/evaluation/presets/index.ts';
import type { SchemeDefinition } from '../../../domain/evaluation/scheme.ts';
import type { Database } from '../../db/client.ts';
import { evaluationSchemes } from '../../db/schema/index.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';

/** Presets belong to no county: every county reads them, none edits them (copy instead). */
export const PRESET_REGION = '000000000000';

/**
 * An evaluation_schemes row for `definition`: its key, name and subject type taken from it, a
 * county's own scheme (`regionCode`) or a preset (`PRESET_REGION`), never superseded yet.
 */
export function newSchemeRow(
  id: string,
  regionCode: string,
  definition: SchemeDefinition,
  version: number,
  now: Date,
): typeof evaluationSchemes.$inferSelect {
  return {
    id,
    regionCode,
    countyCode: regionCode.slice(0, 6),
    key: definition.key,
    version,
    isPreset: regionCode === PRESET_REGION,
    name: definition.name,
    subjectType: definition.subjectType,
    definition,
    supersededAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Loads the seed presets (DESIGN.md §4) on start. Idempotent: a preset already present (same key,
 * version 1) is left as it is.
 */
export async function loadEvaluationPresets(database: Database, now = new Date()): Promise<void> {
  const rows = PRESET_SCHEMES.map((definition, i) =>
    newSchemeRow(uuidv7(now.getTime() + i), PRESET_REGION, definition, 1, now),
  );
  await database.db.insert(evaluationSchemes).values(rows).onConflictDoNothing();
}

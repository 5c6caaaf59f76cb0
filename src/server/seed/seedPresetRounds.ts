import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Actor } from '../../domain/access/policy.ts';
import { PRESET_SCHEMES } from '../../domain/evaluation/presets/index.ts';
import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { evaluationRounds, evaluationSchemes, households, persons } from '../db/schema/index.ts';
import { openRound } from '../modules/evaluation/rounds.ts';
import { subjectsFor } from '../modules/evaluation/subjects.ts';
import type { Ctx } from '../platform/context.ts';
import { demoAccountOf } from './demoAccountOf.ts';
import { systemCtx, type Runtime } from '../runtime.ts';

// Signs the opened rounds, as in seedEvaluations.ts.
const SEED_ACCOUNT = '00000000-0000-7000-8000-00000000d3e0';
/** How many persons or households a demo 十大 selection nominates. */
const NOMINEES = 8;

/** Where each preset's demo round runs: the model village, the demo township or the county. */
const PLACE: Record<string, 'village1' | 'township' | 'county'> = {
  'five-star-branch-community': 'county',
  'top-ten-selections': 'village1',
  'top-ten-families': 'village1',
  'station-five-items': 'village1',
  'secretary-stars': 'township',
  'five-haves': 'county',
  'eight-haves': 'county',
  'three-zeros': 'county',
};

/** A selection's nominees in the model village: adults, or households, in a stable order. */
async function nominees(ctx: Ctx, subjectType: string, village: string, today: string) {
  if (subjectType === 'household') {
    const rows = await ctx.db
      .select({ id: households.id })
      .from(households)
      .where(eq(households.regionCode, village))
      .orderBy(asc(households.id))
      .limit(NOMINEES);
    return rows.map((r) => r.id);
  }
  const adultBy = `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`;
  const rows = await ctx.db
    .select({ id: persons.id })
    .from(persons)
    .where(
      and(
        eq(persons.regionCode, village),
        lte(persons.birthDate, adultBy),
        gte(persons.birthDate, '1946-01-01'),
      ),
    )
    .orderBy(asc(persons.id))
    .limit(NOMINEES);
  return rows.map((r) => r.id);
}

/**
 * Every seed preset gets a demo round in the demo county (issue 14 item 7), so each can be seen at
 * work after `npm start`: the county's community 五星, 五有 and 八有 over its 小区, 三零 over its
 * villages; the model village's 十大 selections (persons and 文明家庭 households) and its street
 * stations' five items; the demo township's 书记星级. The rounds open at the claim (认星), where
 * the village and community cadres take them on. The two rounds seedEvaluations runs to the award
 * are left to it. Idempotent: a preset that already has a round this year in its place is skipped,
 * as is one whose place has no subjects.
 */
export async function seedPresetRounds(
  runtime: Runtime,
  log: (line: string) => void,
): Promise<void> {
  const base = systemCtx(runtime, 'system:demo-seed-preset-rounds');
  const places = {
    county: (await demoAccountOf(base, 'county'))?.scope,
    township: (await demoAccountOf(base, 'township'))?.scope,
    village1: (await demoAccountOf(base, 'village1'))?.scope,
  };
  if (!places.county || !places.township || !places.village1) return;
  const today = shanghaiDate(base.clock());
  const period = today.slice(0, 4);
  const admin: Actor = {
    accountId: SEED_ACCOUNT,
    username: '县委组织部（演示数据）',
    grants: [{ role: 'county_admin', scope: places.county, regionCode: places.county }],
  };
  const ctx: Ctx = { ...base, actor: admin };
  const schemes = await base.db
    .select({ id: evaluationSchemes.id, key: evaluationSchemes.key })
    .from(evaluationSchemes)
    .where(
      and(eq(evaluationSchemes.isPreset, true), inArray(evaluationSchemes.key, Object.keys(PLACE))),
    );
  let opened = 0;
  for (const definition of PRESET_SCHEMES) {
    const place = PLACE[definition.key];
    const schemeId = schemes.find((s) => s.key === definition.key)?.id;
    const regionCode = place ? places[place] : null;
    if (!schemeId || !regionCode) continue;
    const [taken] = await base.db
      .select({ id: evaluationRounds.id })
      .from(evaluationRounds)
      .where(
        and(
          eq(evaluationRounds.schemeId, schemeId),
          eq(evaluationRounds.regionCode, regionCode),
          eq(evaluationRounds.period, period),
        ),
      );
    if (taken) continue;
    const selection = definition.starQuota !== undefined;
    const subjectIds = selection
      ? await nominees(base, definition.subjectType, regionCode, today)
      : undefined;
    const subjects = await subjectsFor(ctx, definition, regionCode, subjectIds);
    if (subjects.length === 0) continue;
    await openRound(ctx, { schemeId, regionCode, period, subjectIds });
    opened++;
  }
  if (opened > 0) log(`  演示评星方案轮次已开启 / demo rounds opened for ${opened} more presets`);
}

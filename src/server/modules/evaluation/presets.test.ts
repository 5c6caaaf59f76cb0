import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { PRESET_SCHEMES } from '../../../domain/evaluation/presets/index.ts';
import { openPglite, type Database } from '../../db/client.ts';
import { applyMigrations, MIGRATIONS_DIR } from '../../db/migrate.ts';
import { loadEvaluationPresets, PRESET_REGION } from './presets.ts';

// The first-secretary target became a scheme field (0009). A database from before holds presets
// and county copies without it; a new database gets it from the presets.
const opened: Database[] = [];
const tmp: string[] = [];
afterAll(async () => {
  for (const d of opened) await d.close();
  for (const dir of tmp) fs.rmSync(dir, { recursive: true, force: true });
});

type Row = { key: string; target: string | null; has: boolean };
async function targets(database: Database): Promise<Map<string, Row>> {
  const res = (await database.db.execute(
    `SELECT key, definition->>'firstSecretaryTarget' AS target, definition ? 'firstSecretaryTarget' AS has FROM evaluation_schemes`,
  )) as unknown as { rows: Row[] };
  return new Map(res.rows.map((r) => [r.key, r]));
}

/** The migrations folder as it stood before migration `next`: the same files, the journal cut. */
function migrationsBefore(next: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lingyan-mig-'));
  tmp.push(dir);
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  const journalPath = path.join(dir, 'meta/_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as {
    entries: { idx: number }[];
  };
  journal.entries = journal.entries.filter((e) => e.idx < next);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe('the first-secretary target in stored schemes', () => {
  it('comes with the presets in a new database: 3 for both 五星 presets, null elsewhere', async () => {
    const database = await openPglite();
    opened.push(database);
    await applyMigrations(database);
    await loadEvaluationPresets(database);
    const got = await targets(database);
    for (const preset of PRESET_SCHEMES)
      expect(got.get(preset.key), preset.key).toMatchObject({
        target: preset.key.startsWith('five-star-branch') ? '3' : null,
        has: true,
      });
  });

  it('is added by the migration to an existing database’s 五星 schemes, copies included, and nowhere else', async () => {
    const database = await openPglite();
    opened.push(database);
    await migrate(database.db as unknown as PgliteDatabase, {
      migrationsFolder: migrationsBefore(9),
    });
    // The rows as the previous release stored them: definitions without the field.
    const now = new Date('2026-03-01T00:00:00Z');
    const old = (def: (typeof PRESET_SCHEMES)[number]) =>
      Object.fromEntries(Object.entries(def).filter(([k]) => k !== 'firstSecretaryTarget'));
    const rural = PRESET_SCHEMES[0];
    const household = PRESET_SCHEMES[2];
    if (!rural || !household) throw new Error('presets');
    const rows = [
      { key: rural.key, region: PRESET_REGION, preset: true, def: old(rural) },
      { key: household.key, region: PRESET_REGION, preset: true, def: old(household) },
      {
        key: 'five-star-branch-rural-copy',
        region: '410599000000',
        preset: false,
        def: { ...old(rural), key: 'five-star-branch-rural-copy' },
      },
      {
        key: 'county-ten-star',
        region: '410599000000',
        preset: false,
        def: { ...old(household), key: 'county-ten-star' },
      },
    ];
    for (const [i, r] of rows.entries()) {
      await database.db.execute(
        sql`INSERT INTO evaluation_schemes (id, region_code, county_code, key, version, is_preset, name, subject_type, definition, created_at, updated_at) VALUES (${`0190a000-0000-7000-8000-00000000000${i}`}, ${r.region}, ${r.region.slice(0, 6)}, ${r.key}, 1, ${r.preset}, ${String(r.def.name)}, ${String(r.def.subjectType)}, ${JSON.stringify(r.def)}::jsonb, ${now}, ${now})`,
      );
    }
    expect([...(await targets(database)).values()].every((r) => !r.has)).toBe(true);

    // The next start: migrations, then the presets (present already: left as they are).
    await applyMigrations(database);
    await loadEvaluationPresets(database);
    const got = await targets(database);
    expect(got.get('five-star-branch-rural')).toMatchObject({ target: '3' });
    expect(got.get('five-star-branch-rural-copy')).toMatchObject({ target: '3' });
    expect(got.get('ten-star-household')).toMatchObject({ target: null, has: false });
    expect(got.get('county-ten-star')).toMatchObject({ target: null, has: false });
    // the presets missing before (community, …) came with the field
    expect(got.get('five-star-branch-community')).toMatchObject({ target: '3', has: true });
    expect(got.get('three-zeros')).toMatchObject({ target: null, has: true });
  });
});

describe('the subjects of 五有, 八有 and 十大文明家庭, and the 小组评星 role (0029)', () => {
  type Stored = { key: string; subject: string; name: string; stars: string[] };
  const stored = async (database: Database): Promise<Map<string, Stored>> => {
    const res = (await database.db.execute(
      `SELECT key, subject_type AS subject, name, ARRAY(SELECT x->>'key' FROM jsonb_array_elements(definition->'stars') x) AS stars FROM evaluation_schemes`,
    )) as unknown as { rows: Stored[] };
    return new Map(res.rows.map((r) => [`${r.key}${r.name.includes('旧') ? '·used' : ''}`, r]));
  };

  it('moves unused presets to 小区 and households, leaves a preset a round used as it was', async () => {
    const database = await openPglite();
    opened.push(database);
    await migrate(database.db as unknown as PgliteDatabase, {
      migrationsFolder: migrationsBefore(29),
    });
    // The rows as the previous release stored them: 五有 over community orgs, 八有 over street
    // stations, 十大 with 文明家庭 among the persons' titles.
    const now = new Date('2026-03-01T00:00:00Z');
    const byKey = (key: string) => {
      const found = PRESET_SCHEMES.find((p) => p.key === key);
      if (!found) throw new Error(key);
      return found;
    };
    const family = { kind: 'checklist', id: 'civilizedFamily', label: '十大文明家庭' };
    const topTen = byKey('top-ten-selections');
    const tenStar = byKey('ten-star-household');
    const old = [
      {
        ...tenStar,
        steps: tenStar.steps.map((x) =>
          x.key === 'groupReview' ? { ...x, role: 'village_cadre' } : x,
        ),
      },
      { ...byKey('five-haves'), subjectType: 'party_org', orgKind: 'community' },
      { ...byKey('eight-haves'), subjectType: 'station', name: '党群服务站“八有”标准' },
      {
        ...topTen,
        stars: [
          ...topTen.stars.slice(0, 2),
          { key: 'civilizedFamily', name: '十大文明家庭', criteria: [family] },
          ...topTen.stars.slice(2),
        ],
      },
    ];
    const insert = (id: string, region: string, preset: boolean, def: Record<string, unknown>) =>
      database.db.execute(
        sql`INSERT INTO evaluation_schemes (id, region_code, county_code, key, version, is_preset, name, subject_type, definition, created_at, updated_at) VALUES (${id}, ${region}, ${region.slice(0, 6)}, ${String(def.key)}, 1, ${preset}, ${String(def.name)}, ${String(def.subjectType)}, ${JSON.stringify(def)}::jsonb, ${now}, ${now})`,
      );
    for (const [i, def] of old.entries())
      await insert(`0190a000-0000-7000-8000-00000000001${i}`, PRESET_REGION, true, def);
    // a county that already ran its 十大 under the old preset (a copy, with a round) keeps it
    const used = { ...old[3], key: 'top-ten-selections', name: '十大（旧）' };
    await insert('0190a000-0000-7000-8000-000000000019', '410599000000', true, used);
    await database.db.execute(
      sql`INSERT INTO evaluation_rounds (id, region_code, county_code, scheme_id, name, period, notice_days, status, created_at, updated_at) VALUES ('0190a000-0000-7000-8000-000000000029', '410599000000', '410599', '0190a000-0000-7000-8000-000000000019', '2025年度十大', '2025', 7, 'open', ${now}, ${now})`,
    );

    await applyMigrations(database);
    await loadEvaluationPresets(database);
    const got = await stored(database);
    const steps = (await database.db.execute(
      `SELECT definition->'steps' AS steps FROM evaluation_schemes WHERE key = 'ten-star-household'`,
    )) as unknown as { rows: { steps: { key: string; role: string }[] }[] };
    expect(steps.rows[0]?.steps.map((x) => x.role)).toEqual(['group_leader', 'village_cadre']);
    expect(got.get('five-haves')).toMatchObject({ subject: 'compound' });
    expect(got.get('eight-haves')).toMatchObject({
      subject: 'compound',
      name: '小区党群服务站“八有”标准',
    });
    expect(got.get('top-ten-selections')?.stars).toEqual(topTen.stars.map((x) => x.key));
    expect(got.get('top-ten-selections·used')?.stars).toContain('civilizedFamily');
    expect(got.get('top-ten-families')).toMatchObject({
      subject: 'household',
      stars: ['civilizedFamily'],
    });
    const defs = (await database.db.execute(
      `SELECT key, definition FROM evaluation_schemes WHERE key IN ('five-haves', 'eight-haves')`,
    )) as unknown as { rows: { key: string; definition: Record<string, unknown> }[] };
    for (const r of defs.rows) {
      expect(r.definition.subjectType, r.key).toBe('compound');
      expect(r.definition, r.key).not.toHaveProperty('orgKind');
    }
  });
});

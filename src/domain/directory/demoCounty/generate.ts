import { emptyGaps, emptyRows, type DemoDirectory, type DirectoryRows } from './chunk.ts';
import type { DemoCountyOptions } from './options.ts';
import { streamDemoCounty } from './stream.ts';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The whole demo county in memory; for scale runs use `streamDemoCounty` instead. */
export function generateDemoCounty(options: Partial<DemoCountyOptions> = {}): DemoDirectory {
  const rows = emptyRows();
  const gaps = emptyGaps();
  for (const chunk of streamDemoCounty(options)) {
    for (const key of Object.keys(rows) as (keyof DirectoryRows)[]) {
      const target: unknown[] = rows[key];
      for (const row of chunk[key]) target.push(row);
    }
    gaps.householdsWithoutContact.push(...chunk.plantedGaps.householdsWithoutContact);
    gaps.overloadedMembers.push(...chunk.plantedGaps.overloadedMembers);
    gaps.villagesWithoutSecretary.push(...chunk.plantedGaps.villagesWithoutSecretary);
    gaps.streetsWithoutStationCadre.push(...chunk.plantedGaps.streetsWithoutStationCadre);
  }
  gaps.householdsWithoutContact.sort(byString);
  gaps.overloadedMembers.sort((a, b) => byString(a.personId, b.personId));
  gaps.villagesWithoutSecretary.sort(byString);
  gaps.streetsWithoutStationCadre.sort(byString);
  return { ...rows, plantedGaps: gaps };
}

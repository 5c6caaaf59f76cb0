/**
 * The demo county generator: a fictional 示范县 (410599) that is deterministic by seed.
 *
 * In memory (the demo and tests):
 *   const county = generateDemoCounty();                 // ~300 villages, ~370k people
 *   const tiny = generateDemoCounty(demoCountySmall);     // 2 townships, 7 villages
 *   coverageReport(coverageInputFromRows(county, DEFAULT_DEMO_COUNTY.referenceDate))
 *     equals county.plantedGaps
 *
 * At scale (a 45,000-village province written by COPY), one chunk at a time:
 *   for (const chunk of streamDemoCounty({ counties: 150 })) await copyRows(chunk);
 * Chunks come as `regions` (province and cities), then per county a `county` frame (county and
 * township regions, committees, units and their staff) and one `village` chunk per village; a
 * chunk only references rows of earlier chunks or of itself.
 */
export type { DemoCountyChunk, DemoDirectory, DirectoryRows, PlantedGaps } from './chunk.ts';
export { generateDemoCounty } from './generate.ts';
export {
  DEFAULT_DEMO_COUNTY,
  demoCountySmall,
  resolveOptions,
  type DemoCountyOptions,
} from './options.ts';
export { countyCode } from './plan.ts';
export { streamDemoCounty } from './stream.ts';

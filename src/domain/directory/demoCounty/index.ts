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

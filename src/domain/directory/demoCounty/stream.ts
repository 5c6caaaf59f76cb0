// The generator as a stream: a chunk for the province and cities, then per county its frame and
// one chunk per village. Rows of a chunk only reference rows of earlier chunks or of itself, so
// each chunk can be written (COPY) and dropped before the next is made.
import type { RegionRecord } from '../records.ts';
import { emptyGaps, emptyRows, type DemoCountyChunk } from './chunk.ts';
import { buildCountyFrame } from './frame.ts';
import { resolveOptions, type DemoCountyOptions } from './options.ts';
import { planCounty, type CountyPlan } from './plan.ts';
import { generateVillage } from './village.ts';

function upperRegions(plans: readonly CountyPlan[]): RegionRecord[] {
  const sum = (list: readonly CountyPlan[]): { population: number; households: number } => ({
    population: list.reduce((t, p) => t + p.villages.reduce((a, v) => a + v.population, 0), 0),
    households: list.reduce((t, p) => t + p.villages.reduce((a, v) => a + v.households, 0), 0),
  });
  const first = plans[0];
  if (!first) return [];
  const out: RegionRecord[] = [
    {
      code: first.provinceCode,
      level: 'province',
      name: '示范省',
      parentCode: null,
      urbanRuralClass: null,
      lat: first.lat,
      lng: first.lng,
      ...sum(plans),
    },
  ];
  for (const cityCode of new Set(plans.map((p) => p.cityCode))) {
    const inCity = plans.filter((p) => p.cityCode === cityCode);
    const head = inCity[0];
    if (head)
      out.push({
        code: cityCode,
        level: 'city',
        name: head.cityName,
        parentCode: first.provinceCode,
        urbanRuralClass: null,
        lat: head.lat,
        lng: head.lng,
        ...sum(inCity),
      });
  }
  return out;
}

/**
 * Streams the demo county (or counties) chunk by chunk. Deterministic: the same options give the
 * same chunks, byte for byte.
 */
export function* streamDemoCounty(
  options: Partial<DemoCountyOptions> = {},
): Generator<DemoCountyChunk> {
  const resolved = resolveOptions(options);
  const plans = Array.from({ length: resolved.counties }, (_, i) => planCounty(resolved, i));
  const regions = upperRegions(plans);
  yield {
    kind: 'regions',
    regionCode: regions[0]?.code ?? '',
    ...emptyRows(),
    regions,
    plantedGaps: emptyGaps(),
  };
  for (const plan of plans) {
    const { chunk, context } = buildCountyFrame(resolved, plan);
    yield chunk;
    for (const village of plan.villages) yield generateVillage(context, village);
  }
}

// One village (or community) as a self-contained chunk: its region row and profile, grids,
// households and people, party organization, positions, responsibility edges and pairs.
import { appointCadres } from './cadres.ts';
import { emptyGaps, emptyRows, type DemoCountyChunk } from './chunk.ts';
import { idFactoryFor, type CountyContext } from './frame.ts';
import { organizeParty } from './party.ts';
import type { VillagePlan } from './plan.ts';
import { createRandom } from './random.ts';
import { settleVillage } from './settlement.ts';
import { buildResponsibility } from './tree.ts';
import { MODEL_VILLAGE_ENTERPRISES } from './unitCatalog.ts';
import type { VillageContext } from './villageContext.ts';

export function generateVillage(county: CountyContext, plan: VillagePlan): DemoCountyChunk {
  const random = createRandom(
    `${county.options.seed}/county/${county.plan.index}/village/${plan.index}`,
  );
  const nextId = idFactoryFor(random, county.plan.index, plan.index);
  const rows = emptyRows();
  const vc: VillageContext = {
    county,
    plan,
    random,
    nextId,
    people: {
      random,
      nextId,
      allocator: county.allocator,
      referenceEpochDay: county.referenceEpochDay,
    },
    rows,
    gaps: emptyGaps(),
  };
  rows.regions.push({
    code: plan.code,
    level: 'village',
    name: plan.name,
    parentCode: plan.townshipCode,
    urbanRuralClass: plan.urbanRuralClass,
    lat: plan.lat,
    lng: plan.lng,
    population: plan.population,
    households: plan.households,
  });
  rows.villageProfiles.push({
    regionCode: plan.code,
    industries: plan.industries,
    strength: plan.strength,
    isModel: plan.isModel,
  });

  const settlement = settleVillage(vc);
  rows.grids.push(...settlement.grids);
  const party = organizeParty(vc, settlement);
  const cadres = appointCadres(vc, settlement, party);
  const enterpriseIds = plan.isModel
    ? MODEL_VILLAGE_ENTERPRISES.map((t) => {
        const id = nextId();
        rows.units.push({
          id,
          name: t.name.replace('{村}', plan.name),
          kind: t.kind,
          regionCode: plan.code,
          capabilities: [...t.capabilities],
          partyOrgId: null,
        });
        return id;
      })
    : [];
  buildResponsibility(vc, settlement, party, cadres, enterpriseIds);
  rows.households.push(...settlement.households);
  for (const r of settlement.residents) rows.persons.push(r.person);
  return { kind: 'village', regionCode: plan.code, ...rows, plantedGaps: vc.gaps };
}

// Which villages get a first secretary and 1+1+N pairs, and where the gaps go: decided with the
// plan so every village chunk knows its share before it is generated.
import type { DemoCountyOptions } from './options.ts';
import type { VillagePlan } from './plan.ts';
import type { Random } from './random.ts';

/** The weakest ~18 % of villages are key villages (高州: 54 key villages, 2 units each). */
export function assignKeyVillages(villages: VillagePlan[], options: DemoCountyOptions): void {
  const candidates = villages
    .filter((v) => v.kind === 'village' && !v.isModel)
    .sort((a, b) => a.strength - b.strength || a.index - b.index);
  const cap = Math.floor((options.units * options.staffPerUnit) / 2);
  const key = candidates.slice(0, Math.min(cap, Math.ceil(candidates.length * 0.18)));
  key
    .sort((a, b) => a.index - b.index)
    .forEach((v, j) => {
      const unitA = (2 * j) % options.units;
      const unitB = (2 * j + 1) % options.units;
      const fsStaff = Math.floor((2 * j) / options.units) % options.staffPerUnit;
      v.firstSecretary = { unit: unitA, staff: fsStaff };
      v.pairStaff = [
        { unit: unitA, staff: (fsStaff + 1) % options.staffPerUnit },
        {
          unit: unitB,
          staff: (Math.floor((2 * j + 1) / options.units) + 1) % options.staffPerUnit,
        },
      ];
    });
}

/** Chooses where the realistic gaps go; the village generator plants them and lists them. */
export function plantGaps(random: Random, villages: VillagePlan[]): void {
  const eligible = villages.filter((v) => !v.isModel);
  const choose = (list: VillagePlan[], share: number): VillagePlan[] =>
    random
      .sample(list.length, Math.max(1, Math.round(list.length * share)))
      .map((i) => list[i] as VillagePlan);
  if (eligible.length === 0) return;
  for (const v of choose(eligible, 0.01)) v.plantNoSecretary = true;
  for (const v of choose(eligible, 0.06)) v.plantUncontacted = true;
  const large = eligible.filter((v) => v.households >= 60);
  if (large.length > 0) for (const v of choose(large, 0.02)) v.plantOverload = true;
}

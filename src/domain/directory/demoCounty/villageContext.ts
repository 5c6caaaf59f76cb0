import type { PersonRecord } from '../records.ts';
import type { DirectoryRows, PlantedGaps } from './chunk.ts';
import type { CountyContext } from './frame.ts';
import type { IdFactory } from './ids.ts';
import type { PersonContext } from './personFactory.ts';
import type { VillagePlan } from './plan.ts';
import type { Random } from './random.ts';

export interface VillageContext {
  county: CountyContext;
  plan: VillagePlan;
  random: Random;
  nextId: IdFactory;
  people: PersonContext;
  rows: DirectoryRows;
  gaps: PlantedGaps;
}

/** A villager with the working facts the generator needs beyond the stored row. */
export interface Resident {
  person: PersonRecord;
  age: number;
  /** Index into the village's households. */
  household: number;
  migrant: boolean;
}

// One place that turns "a 43-year-old woman named 李秀英 in this village" into a valid person row.
import type { Gender } from '../idNumber.ts';
import type { HouseholdRelation } from '../personAttributes.ts';
import type { PersonRecord } from '../records.ts';
import type { IdFactory } from './ids.ts';
import {
  birthEpochDayForAge,
  educationFor,
  mobileNumber,
  type IdNumberAllocator,
} from './people.ts';
import type { Random } from './random.ts';

export interface PersonSpec {
  name: string;
  gender: Gender;
  age: number;
  regionCode: string;
  householdId: string | null;
  relationToHead: HouseholdRelation | null;
  unitId: string | null;
}

export interface PersonContext {
  random: Random;
  nextId: IdFactory;
  allocator: IdNumberAllocator;
  referenceEpochDay: number;
}

export function createPerson(ctx: PersonContext, spec: PersonSpec): PersonRecord {
  const { random } = ctx;
  const { idNumber, birthDate } = ctx.allocator.allocate(
    birthEpochDayForAge(random, ctx.referenceEpochDay, spec.age),
    spec.gender,
  );
  // Children have no phone of their own; many of the oldest villagers share a child's.
  const hasPhone = spec.age >= 16 && random.chance(spec.age >= 70 ? 0.55 : 0.93);
  return {
    id: ctx.nextId(),
    name: spec.name,
    gender: spec.gender,
    birthDate,
    idNumber,
    phone: hasPhone ? mobileNumber(random) : null,
    education: educationFor(random, spec.age),
    tags: [],
    regionCode: spec.regionCode,
    householdId: spec.householdId,
    relationToHead: spec.relationToHead,
    unitId: spec.unitId,
  };
}

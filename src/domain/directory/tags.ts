import { term, type VocabularyEntry } from './vocabulary.ts';

export const PERSON_TAGS = [
  term('returnedEntrepreneur', '返乡创业', '返鄉創業', 'Returned entrepreneur'),
  term('collegeGraduate', '大学毕业生', '大學畢業生', 'College graduate'),
  term('veteran', '退役军人', '退役軍人', 'Veteran'),
  term('prosperityLeader', '致富能手', '致富能手', 'Prosperity leader'),
  term('mobilePartyMember', '流动党员', '流動黨員', 'Mobile party member'),
  term('elderlyPartyMember', '老年党员', '老年黨員', 'Elderly party member'),
  term('migrantWorker', '外出务工', '外出務工', 'Migrant worker'),
  term('reserveCadre', '后备干部', '後備幹部', 'Reserve cadre'),
  term('ruralCraftsman', '农村工匠', '農村工匠', 'Rural craftsman'),
  term('leftBehindChild', '留守儿童', '留守兒童', 'Left-behind child'),
  term('livingAloneElderly', '独居老人', '獨居老人', 'Elderly living alone'),
  term('disabled', '残疾人', '殘疾人', 'Person with a disability'),
] as const satisfies readonly VocabularyEntry[];

export type PersonTag = (typeof PERSON_TAGS)[number]['code'];

export const HOUSEHOLD_TAGS = [
  term('povertyAlleviated', '脱贫户', '脫貧戶', 'Lifted out of poverty'),
  term('monitored', '监测户', '監測戶', 'Under poverty-return monitoring'),
  term('fiveGuarantees', '五保户', '五保戶', 'Five-guarantees household'),
  term('minimumLiving', '低保户', '低保戶', 'Minimum-living-allowance household'),
  term('militaryFamily', '军属', '軍屬', 'Military family'),
  term('partyMemberHousehold', '党员户', '黨員戶', 'Party member household'),
  term('civilizedHousehold', '文明户', '文明戶', 'Civilized household'),
  term('emptyNest', '空巢户', '空巢戶', 'Empty-nest household'),
] as const satisfies readonly VocabularyEntry[];

export type HouseholdTag = (typeof HOUSEHOLD_TAGS)[number]['code'];

import type { VocabularyEntry } from './vocabulary.ts';

export const PERSON_TAGS = [
  {
    code: 'returnedEntrepreneur',
    label: { 'zh-CN': '返乡创业', 'zh-TW': '返鄉創業', en: 'Returned entrepreneur' },
  },
  {
    code: 'collegeGraduate',
    label: { 'zh-CN': '大学毕业生', 'zh-TW': '大學畢業生', en: 'College graduate' },
  },
  { code: 'veteran', label: { 'zh-CN': '退役军人', 'zh-TW': '退役軍人', en: 'Veteran' } },
  {
    code: 'prosperityLeader',
    label: { 'zh-CN': '致富能手', 'zh-TW': '致富能手', en: 'Prosperity leader' },
  },
  {
    code: 'mobilePartyMember',
    label: { 'zh-CN': '流动党员', 'zh-TW': '流動黨員', en: 'Mobile party member' },
  },
  {
    code: 'elderlyPartyMember',
    label: { 'zh-CN': '老年党员', 'zh-TW': '老年黨員', en: 'Elderly party member' },
  },
  {
    code: 'migrantWorker',
    label: { 'zh-CN': '外出务工', 'zh-TW': '外出務工', en: 'Migrant worker' },
  },
  {
    code: 'reserveCadre',
    label: { 'zh-CN': '后备干部', 'zh-TW': '後備幹部', en: 'Reserve cadre' },
  },
  {
    code: 'ruralCraftsman',
    label: { 'zh-CN': '农村工匠', 'zh-TW': '農村工匠', en: 'Rural craftsman' },
  },
  {
    code: 'leftBehindChild',
    label: { 'zh-CN': '留守儿童', 'zh-TW': '留守兒童', en: 'Left-behind child' },
  },
  {
    code: 'livingAloneElderly',
    label: { 'zh-CN': '独居老人', 'zh-TW': '獨居老人', en: 'Elderly living alone' },
  },
  {
    code: 'disabled',
    label: { 'zh-CN': '残疾人', 'zh-TW': '殘疾人', en: 'Person with a disability' },
  },
] as const satisfies readonly VocabularyEntry[];

export type PersonTag = (typeof PERSON_TAGS)[number]['code'];

export const HOUSEHOLD_TAGS = [
  {
    code: 'povertyAlleviated',
    label: { 'zh-CN': '脱贫户', 'zh-TW': '脫貧戶', en: 'Lifted out of poverty' },
  },
  {
    code: 'monitored',
    label: { 'zh-CN': '监测户', 'zh-TW': '監測戶', en: 'Under poverty-return monitoring' },
  },
  {
    code: 'fiveGuarantees',
    label: { 'zh-CN': '五保户', 'zh-TW': '五保戶', en: 'Five-guarantees household' },
  },
  {
    code: 'minimumLiving',
    label: { 'zh-CN': '低保户', 'zh-TW': '低保戶', en: 'Minimum-living-allowance household' },
  },
  { code: 'militaryFamily', label: { 'zh-CN': '军属', 'zh-TW': '軍屬', en: 'Military family' } },
  {
    code: 'partyMemberHousehold',
    label: { 'zh-CN': '党员户', 'zh-TW': '黨員戶', en: 'Party member household' },
  },
  {
    code: 'civilizedHousehold',
    label: { 'zh-CN': '文明户', 'zh-TW': '文明戶', en: 'Civilized household' },
  },
  {
    code: 'emptyNest',
    label: { 'zh-CN': '空巢户', 'zh-TW': '空巢戶', en: 'Empty-nest household' },
  },
] as const satisfies readonly VocabularyEntry[];

export type HouseholdTag = (typeof HOUSEHOLD_TAGS)[number]['code'];

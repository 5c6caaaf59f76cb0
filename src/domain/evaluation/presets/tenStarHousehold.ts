import type { SchemeDefinition } from '../scheme.ts';
import { item } from './build.ts';

// 振兴村 十星级文明户 (seed 004): 农户认星 → 小组评星 → 两委定星 → 公示亮星 → 激励挂星.
const STARS: [string, string][] = [
  ['lovesParty', '爱党爱国'],
  ['lawAbiding', '遵纪守法'],
  ['honest', '诚实守信'],
  ['filial', '孝老爱亲'],
  ['mutualAid', '团结互助'],
  ['industrious', '勤劳致富'],
  ['clean', '清洁卫生'],
  ['newCustoms', '移风易俗'],
  ['learning', '重教好学'],
  ['publicSpirit', '热心公益'],
];

export const tenStarHousehold: SchemeDefinition = {
  key: 'ten-star-household',
  name: '十星级文明户评选',
  subjectType: 'household',
  period: 'year',
  claimRole: 'villager',
  stars: STARS.map(([key, name]) => ({
    key,
    name,
    criteria: [item(key, `${name}：本户自评达标`)],
  })),
  levelRule: {},
  steps: [
    { key: 'groupReview', name: '小组评星', role: 'group_leader', level: 'village' },
    { key: 'committeeDecision', name: '两委定星', role: 'village_cadre', level: 'village' },
  ],
  noticeDays: 7,
  firstSecretaryTarget: null,
  vetoes: [
    { key: 'crime', label: '家庭成员违法犯罪', removes: 'all' },
    { key: 'redWhiteViolation', label: '红白事大操大办', removes: ['newCustoms'] },
  ],
};

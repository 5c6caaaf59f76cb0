import type { PresetNames } from './table.ts';

// 振兴村 十星级文明户 (tenStarHousehold.ts): each star's checklist item is "<star>：本户自评达标".
const STARS: [zhCN: string, zhTW: string, en: string][] = [
  ['爱党爱国', '愛黨愛國', 'Loves the Party and the country'],
  ['遵纪守法', '遵紀守法', 'Abides by the law'],
  ['诚实守信', '誠實守信', 'Honest and trustworthy'],
  ['孝老爱亲', '孝老愛親', 'Cares for elders and family'],
  ['团结互助', '團結互助', 'Helps the neighbours'],
  ['勤劳致富', '勤勞致富', 'Prospers by hard work'],
  ['清洁卫生', '清潔衛生', 'Clean and tidy'],
  ['移风易俗', '移風易俗', 'Modern customs'],
  ['重教好学', '重教好學', 'Values learning'],
  ['热心公益', '熱心公益', 'Public-spirited'],
];

export const TEN_STAR_HOUSEHOLD_NAMES: PresetNames = {
  十星级文明户评选: ['十星級文明戶評選', 'Ten-Star Civilized Household Selection'],
  ...Object.fromEntries(
    STARS.flatMap(([zhCN, zhTW, en]) => [
      [zhCN, [zhTW, en]],
      [
        `${zhCN}：本户自评达标`,
        [`${zhTW}：本戶自評達標`, `${en}: met, in the household's own view`],
      ],
    ]),
  ),
  家庭成员违法犯罪: ['家庭成員違法犯罪', 'A family member broke the law'],
  红白事大操大办: ['紅白事大操大辦', 'A lavish wedding or funeral'],
  小组评星: ['小組評星', 'Group rating'],
  两委定星: ['兩委定星', 'Village committees decide'],
};

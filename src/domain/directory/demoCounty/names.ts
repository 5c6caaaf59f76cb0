// Name material for a northern county: common surnames with rough weights (曾, 单, 解, 仇, 查 are in
// so pinyin search meets them), given-name characters, and place-name parts.
import { cumulate, type Random } from './random.ts';

const SURNAME_WEIGHTS: readonly (readonly [string, number])[] = [
  ['王', 72],
  ['李', 70],
  ['张', 66],
  ['刘', 53],
  ['陈', 44],
  ['杨', 31],
  ['赵', 29],
  ['黄', 22],
  ['周', 21],
  ['吴', 20],
  ['徐', 17],
  ['孙', 16],
  ['马', 15],
  ['朱', 14],
  ['胡', 13],
  ['郭', 13],
  ['何', 11],
  ['高', 11],
  ['林', 10],
  ['郑', 9],
  ['梁', 8],
  ['谢', 8],
  ['宋', 8],
  ['韩', 7],
  ['冯', 7],
  ['于', 7],
  ['董', 6],
  ['程', 6],
  ['曹', 6],
  ['袁', 6],
  ['邓', 6],
  ['许', 6],
  ['傅', 5],
  ['沈', 5],
  ['曾', 5],
  ['彭', 5],
  ['吕', 5],
  ['苏', 5],
  ['卢', 5],
  ['蒋', 5],
  ['蔡', 5],
  ['贾', 4],
  ['丁', 4],
  ['魏', 4],
  ['薛', 4],
  ['叶', 4],
  ['阎', 4],
  ['余', 4],
  ['潘', 3],
  ['杜', 3],
  ['戴', 3],
  ['夏', 3],
  ['任', 3],
  ['姜', 3],
  ['范', 3],
  ['方', 3],
  ['石', 3],
  ['姚', 3],
  ['谭', 3],
  ['廖', 3],
  ['邹', 3],
  ['熊', 3],
  ['金', 3],
  ['陆', 3],
  ['郝', 3],
  ['孔', 3],
  ['白', 3],
  ['崔', 3],
  ['康', 3],
  ['毛', 3],
  ['邱', 3],
  ['秦', 3],
  ['江', 2],
  ['史', 2],
  ['顾', 2],
  ['侯', 2],
  ['邵', 2],
  ['孟', 2],
  ['龙', 2],
  ['万', 2],
  ['段', 2],
  ['雷', 2],
  ['钱', 2],
  ['汤', 2],
  ['尹', 2],
  ['黎', 2],
  ['易', 2],
  ['常', 2],
  ['武', 2],
  ['乔', 2],
  ['贺', 2],
  ['赖', 2],
  ['龚', 2],
  ['文', 2],
  ['牛', 2],
  ['申', 2],
  ['单', 2],
  ['解', 1],
  ['仇', 1],
  ['查', 1],
  ['翟', 1],
  ['靳', 1],
  ['晋', 1],
  ['裴', 1],
  ['欧阳', 1],
  ['尉迟', 1],
];

export const SURNAMES: readonly string[] = SURNAME_WEIGHTS.map(([s]) => s);
const SURNAME_CUMULATIVE = cumulate(SURNAME_WEIGHTS.map(([, w]) => w));

const MALE_CHARS = Array.from(
  '建国军伟强明海涛志勇平俊磊杰峰斌鹏辉刚宇浩博文成华林庆振兴胜利德福贵永长宏春升金山保全树根',
);
const FEMALE_CHARS = Array.from(
  '秀英芳兰丽霞娟敏静玲梅燕红艳萍慧丹婷雪琳欣怡佳悦桂凤珍翠琴云月彩乐瑶',
);

export function randomSurname(random: Random): string {
  return SURNAMES[random.pickCumulative(SURNAME_CUMULATIVE)] ?? '王';
}

/** A village has two or three clan surnames that carry about half its people (张家庄 is mostly 张). */
export function villageSurnames(random: Random): string[] {
  const first = randomSurname(random);
  const out = [first];
  while (out.length < 3) {
    const s = randomSurname(random);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

export function givenName(random: Random, gender: 'male' | 'female'): string {
  const pool = gender === 'male' ? MALE_CHARS : FEMALE_CHARS;
  const first = random.pick(pool);
  return random.chance(0.22) ? first : first + random.pick(pool);
}

const DIRECTIONS = Array.from('东西南北前后上下大小');
const FEATURES = Array.from('河沟坡岭洼湾峪坪泉庄');
const SETTLEMENTS = ['家庄', '庄', '营', '寨', '屯', '堡', '店', '家沟', '家洼'];

/** A plausible village name ending in 村, unique within `taken`. */
export function villageName(random: Random, taken: Set<string>): string {
  for (let attempt = 0; attempt < 30; attempt++) {
    const stem = random.chance(0.6)
      ? randomSurname(random).slice(0, 1) + random.pick(SETTLEMENTS)
      : random.pick(DIRECTIONS) + random.pick(FEATURES);
    const name = `${stem}村`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  // Past 30 clashes, number the settlement (东河二村), as real registers do.
  const base = random.pick(DIRECTIONS) + random.pick(FEATURES);
  for (let n = 2; ; n++) {
    const name = `${base}${n <= 9 ? '二三四五六七八九'.charAt(n - 2) : String(n)}村`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

const COMMUNITY_STEMS = [
  '东关',
  '西关',
  '南关',
  '北关',
  '新华',
  '人民路',
  '建设路',
  '文化路',
  '幸福',
  '和平',
  '光明',
  '朝阳',
  '滨河',
  '锦绣',
  '园丁',
  '银河',
  '府前',
  '解放路',
  '车站',
  '振华',
  '花园',
  '育才',
];

export function communityName(index: number): string {
  const stem = COMMUNITY_STEMS[index % COMMUNITY_STEMS.length] ?? '新华';
  const round = Math.floor(index / COMMUNITY_STEMS.length);
  return `${stem}${round > 0 ? String(round + 1) : ''}社区`;
}

const SUBDISTRICT_STEMS = ['城关', '东城', '西城', '南城', '北城', '新城'];
const TOWN_STEMS = [
  '龙泉',
  '河口',
  '柳林',
  '白马',
  '石门',
  '青山',
  '桃园',
  '古城',
  '安乐',
  '双庙',
  '金沙',
  '永安',
  '太平',
  '丰收',
  '红旗',
  '清水',
];
const RURAL_TOWNSHIP_STEMS = ['杏花', '南岭', '梨园', '松坪', '槐树', '枣林', '黄土', '三合'];

export function townshipName(kind: 'subdistrict' | 'town' | 'township', index: number): string {
  const stems =
    kind === 'subdistrict'
      ? SUBDISTRICT_STEMS
      : kind === 'town'
        ? TOWN_STEMS
        : RURAL_TOWNSHIP_STEMS;
  const suffix = kind === 'subdistrict' ? '街道' : kind === 'town' ? '镇' : '乡';
  const stem = stems[index % stems.length] ?? '新';
  const round = Math.floor(index / stems.length);
  return `${stem}${round > 0 ? String(round + 1) : ''}${suffix}`;
}

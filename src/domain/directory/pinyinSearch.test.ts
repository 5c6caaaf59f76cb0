import { describe, expect, it } from 'vitest';
import {
  compareNamesByPinyin,
  matchesName,
  nameSearchKeys,
  normalizeSearchQuery,
  splitSurname,
} from './pinyinSearch.ts';

describe('nameSearchKeys', () => {
  it('gives full pinyin, initials, tokens and a sort key for 张三', () => {
    expect(nameSearchKeys('张三')).toEqual({
      full: 'zhangsan',
      initials: 'zs',
      searchText: '张三 zhangsan zs san',
      sortKey: 'zhang1san1 张三',
    });
  });

  it.each([
    ['曾国藩', 'zengguofan'],
    ['单田芳', 'shantianfang'],
    ['解缙', 'xiejin'],
    ['仇英', 'qiuying'],
    ['区志强', 'ouzhiqiang'],
    ['朴树', 'piaoshu'],
    ['查良镛', 'zhaliangyong'],
    ['尉迟恭', 'yuchigong'],
    ['万俟卨', 'moqixie'],
    ['欧阳修', 'ouyangxiu'],
  ])('reads the surname of %s as a surname: %s', (name, full) => {
    expect(nameSearchKeys(name).full).toBe(full);
  });

  it('reads a given name as a word of its own, keeping the other readings as tokens', () => {
    const keys = nameSearchKeys('董成长');
    expect(keys.full).toBe('dongchengzhang');
    expect(keys.sortKey).toBe('dong3cheng2zhang3 董成长');
    expect(keys.searchText.split(' ')).toEqual(
      expect.arrayContaining(['dongchengchang', 'dcc', 'chengzhang', 'cz']),
    );
  });

  it('reads a name that is not all Han characters whole', () => {
    expect(nameSearchKeys('Tom').full).toBe('tom');
    expect(nameSearchKeys('阿Q').searchText.split(' ')).toContain('aq');
  });

  it('expands a polyphonic given name but keeps the surname reading', () => {
    const keys = nameSearchKeys('曾乐乐');
    const tokens = keys.searchText.split(' ');
    expect(keys.full).toBe('zenglele');
    expect(tokens).toContain('zengyueyue');
    expect(tokens).toContain('yueyue');
    expect(tokens.some((t) => t.startsWith('ceng'))).toBe(false);
    expect(tokens.length).toBeLessThanOrEqual(1 + 8 * 4);
  });

  it('writes ü as v and also accepts u', () => {
    const tokens = nameSearchKeys('吕女').searchText.split(' ');
    expect(tokens).toEqual(expect.arrayContaining(['lvnv', 'lunu', 'ln']));
  });

  it('returns the same frozen keys for a repeated name, so a caller cannot spoil the memo', () => {
    const first = nameSearchKeys('王伟');
    expect(nameSearchKeys('王伟')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('splits compound surnames', () => {
    expect(splitSurname('欧阳修')).toEqual({ surname: '欧阳', givenName: '修' });
    expect(splitSurname('欧阳')).toEqual({ surname: '欧', givenName: '阳' });
    expect(splitSurname('张三丰')).toEqual({ surname: '张', givenName: '三丰' });
  });
});

describe('matchesName', () => {
  it.each(['zs', 'zhangsan', 'zhang san', 'Zhang San', '张三', '张', 'zhangs', 'san', '三'])(
    '%s finds 张三',
    (query) => {
      expect(matchesName(query, '张三')).toBe(true);
    },
  );

  it.each(['ls', 'zhangsi', '李', 'zsf', 'hang'])('%s does not find 张三', (query) => {
    expect(matchesName(query, '张三')).toBe(false);
  });

  it('finds 曾 and 单 by their surname readings only', () => {
    expect(matchesName('zeng', '曾小贤')).toBe(true);
    expect(matchesName('ceng', '曾小贤')).toBe(false);
    expect(matchesName('shan', '单雄信')).toBe(true);
    expect(matchesName('sxx', '单雄信')).toBe(true);
    expect(matchesName('dan', '单雄信')).toBe(false);
  });

  it('works on stored keys as well as on the raw name', () => {
    const keys = nameSearchKeys('尉迟恭');
    expect(matchesName('ycg', keys)).toBe(true);
    expect(matchesName('尉迟', keys)).toBe(true);
    expect(matchesName('weichi', keys)).toBe(false);
  });

  it('requires both parts of a mixed query', () => {
    expect(matchesName('张san', '张三')).toBe(true);
    expect(matchesName('张si', '张三')).toBe(false);
  });

  it('matches everything on an empty query', () => {
    expect(matchesName('  ', '张三')).toBe(true);
  });
});

describe('normalizeSearchQuery', () => {
  it('separates Chinese from pinyin and folds case, width and ü', () => {
    expect(normalizeSearchQuery(' Zhang San ')).toEqual({
      hanzi: null,
      pinyin: 'zhangsan',
      digits: null,
    });
    expect(normalizeSearchQuery('ＺＳ')).toEqual({ hanzi: null, pinyin: 'zs', digits: null });
    expect(normalizeSearchQuery('Lü')).toEqual({ hanzi: null, pinyin: 'lv', digits: null });
    expect(normalizeSearchQuery('张 三')).toEqual({ hanzi: '张三', pinyin: null, digits: null });
    expect(normalizeSearchQuery('')).toEqual({ hanzi: null, pinyin: null, digits: null });
  });

  it('keeps digits apart, with an ID number’s trailing X', () => {
    expect(normalizeSearchQuery('138 0013')).toEqual({
      hanzi: null,
      pinyin: null,
      digits: '1380013',
    });
    expect(normalizeSearchQuery('1231002x')).toEqual({
      hanzi: null,
      pinyin: null,
      digits: '1231002X',
    });
    expect(normalizeSearchQuery('张3')).toEqual({ hanzi: '张', pinyin: null, digits: '3' });
    expect(matchesName('13800138000', '张三')).toBe(false);
  });
});

describe('compareNamesByPinyin', () => {
  it('sorts names in pinyin order with surnames read as surnames', () => {
    const names = ['曾国藩', '张三', '李四', '林冲', '单雄信', '安然', '李', '黎明', '陈曾'];
    expect([...names].sort(compareNamesByPinyin)).toEqual([
      '安然',
      '陈曾',
      '黎明',
      '李',
      '李四',
      '林冲',
      '单雄信',
      '曾国藩',
      '张三',
    ]);
  });
});

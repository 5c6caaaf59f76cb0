import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, ROLES } from '../api/types.ts';
import { REGION_LEVELS } from '../../domain/region/regionCode.ts';
// test-only reach into the server: the error codes the web knows must be the ones it sends
import { ERROR_STATUS } from '../../server/platform/errors.ts';
import { en } from './en.ts';
import { isMessageKey, loadLocale, translate } from './store.ts';
import type { Locale, MessageKey, Messages } from './types.ts';
import { LOCALES } from './types.ts';
import { zhCN } from './zh-CN.ts';
import { zhTW } from './zh-TW.ts';

const dictionaries: Readonly<Record<Locale, Messages>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
// translate() reads the dictionaries the app has fetched; fetch them as a language switch would
beforeAll(async () => {
  for (const locale of LOCALES) await loadLocale(locale);
});

// Simplified characters paired with their Traditional form. Only characters that are never
// correct in Traditional text are listed (no 后/干/里/志/范/划…, which are valid in both).
const SIMPLIFIED_TO_TRADITIONAL =
  '领領乡鄉党黨兴興载載页頁区區账帳号號审審计計单單录錄户戶码碼试試请請输輸误誤检檢锁鎖续續错錯' +
  '钟鐘联聯员員过過验驗权權执執这這务務处處频頻网網络絡连連发發现現将將动動级級县縣镇鎮调調' +
  '结結对對会會欢歡侧側进進块塊围圍称稱类類数數态態启啟确確吗嗎话話时時创創须須说說记記为為' +
  '点點选選择擇个個间間编編访訪问問归歸无無们們经經报報开開关關门門长長书書东東语語简簡体體' +
  '当當复複与與该該认認证證实實资資讯訊产產业業组組织織统統设設备備办辦题題项項论論从從来來' +
  '让讓还還尝嘗议議导導应應运運线線电電农農军軍写寫决決况況减減则則别別劳勞协協卖賣历歷压壓' +
  '参參双雙变變节節习習乱亂亲親价價众眾优優传傳储儲儿兒养養内內册冊净淨凭憑删刪剧劇势勢华華' +
  '团團园園图圖场場坏壞声聲处處备備够夠头頭夺奪妇婦实實宁寧宝寶将將层層岁歲币幣师師带帶帮幫' +
  '广廣庆慶库庫废廢开開异異弃棄张張弹彈强強归歸录錄彻徹忆憶态態总總恶惡悬懸惊驚惯慣戏戲' +
  '户戶扩擴扫掃报報护護担擔拥擁择擇挂掛换換据據损損摄攝敌敵断斷无無旧舊显顯晓曉暂暫术術机機' +
  '杂雜权權条條来來极極构構标標样樣档檔桥橋梦夢检檢楼樓欢歡毕畢汇匯汉漢沟溝没沒泽澤洁潔浅淺' +
  '测測济濟浏瀏涨漲渐漸满滿灭滅灵靈灾災点點炼煉热熱爱愛牍牘犹猶独獨获獲环環现現电電画畫畅暢' +
  '疗療盖蓋监監盘盤码碼础礎确確礼禮祸禍离離种種积積称稱稳穩穷窮窍竅笔筆签簽简簡类類粮糧紧緊' +
  '纠糾红紅约約级級纪紀纯純纲綱纳納纵縱纷紛纸紙线線练練组組细細织織终終经經绑綁结結绕繞绘繪' +
  '给給络絡统統继繼绩績续續维維综綜绿綠缆纜缓緩编編缘緣缩縮罚罰职職联聯聪聰肃肅肠腸胜勝脑腦' +
  '脚腳脱脫艺藝节節苏蘇荣榮药藥获獲营營虽雖补補装裝观觀规規视視览覽觉覺订訂认認讨討让讓' +
  '议議讯訊记記讲講许許论論设設访訪证證评評识識诉訴词詞译譯试試诗詩诚誠话話询詢该該详詳语語' +
  '误誤说說请請诸諸读讀课課谁誰调調谈談谢謝谣謠谱譜贝貝负負财財责責贤賢败敗货貨质質购購贯貫' +
  '费費贴貼贷貸贸貿资資赋賦赏賞赔賠赞贊赵趙趋趨跃躍践踐车車转轉轮輪软軟轻輕较較辅輔辆輛边邊' +
  '达達迁遷过過运運还還进進远遠违違连連迟遲选選递遞逻邏遗遺邮郵邻鄰郑鄭酝醞释釋针針钱錢铁鐵' +
  '银銀链鏈销銷锋鋒错錯键鍵镇鎮长長门門闭閉问問闲閒间間闻聞阅閱队隊阳陽阴陰阶階际際陆陸陈陳' +
  '险險随隨隐隱难難页頁顶頂项項顺順须須顾顧预預领領频頻题題额額风風飞飛饭飯馆館马馬驱驅验驗' +
  '鱼魚鸟鳥鸡雞黄黃齐齊龙龍';

const pairs = new Map<string, string>();
for (let i = 0; i + 1 < SIMPLIFIED_TO_TRADITIONAL.length; i += 2) {
  pairs.set(SIMPLIFIED_TO_TRADITIONAL[i] ?? '', SIMPLIFIED_TO_TRADITIONAL[i + 1] ?? '');
}
// Language names are autonyms: 简体中文 is written in simplified characters in every locale.
const AUTONYM_KEYS: ReadonlySet<MessageKey> = new Set(['lang.zh-CN']);
const keys = Object.keys(zhCN) as MessageKey[];
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('i18n dictionaries', () => {
  it('pairs only distinct characters in the simplified/traditional table', () => {
    for (const [simplified, traditional] of pairs) expect(simplified).not.toBe(traditional);
    expect(pairs.size).toBeGreaterThan(300);
  });

  for (const locale of LOCALES) {
    it(`${locale} has exactly the zh-CN keys, each with a non-empty text`, () => {
      const dictionary = dictionaries[locale];
      expect(Object.keys(dictionary).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(dictionary[key].trim(), `${locale} ${key}`).not.toBe('');
    });

    it(`${locale} uses the same placeholders as zh-CN`, () => {
      for (const key of keys) {
        expect(placeholders(dictionaries[locale][key]), `${locale} ${key}`).toEqual(
          placeholders(zhCN[key]),
        );
      }
    });
  }

  it('zh-TW is written in traditional characters wherever zh-CN has simplified ones', () => {
    const zhTW = dictionaries['zh-TW'];
    for (const key of keys) {
      if (AUTONYM_KEYS.has(key)) continue;
      const leftovers = [...zhTW[key]].filter((ch) => pairs.has(ch));
      expect(leftovers, `zh-TW ${key}: ${zhTW[key]}`).toEqual([]);
      const hasSimplified = [...zhCN[key]].some((ch) => pairs.has(ch));
      if (hasSimplified) expect(zhTW[key], `zh-TW ${key}`).not.toBe(zhCN[key]);
    }
  });

  it('knows exactly the error codes the server sends', () => {
    expect([...ERROR_CODES].sort()).toEqual(Object.keys(ERROR_STATUS).sort());
  });

  it('has a text for every server error code, role and region level', () => {
    const needed = [
      ...ERROR_CODES.map((code) => `error.${code}`),
      ...ROLES.map((role) => `role.${role}`),
      ...REGION_LEVELS.map((level) => `level.${level}`),
      ...['subdistrict', 'town', 'township', 'community', 'village'].map(
        (kind) => `regionKind.${kind}`,
      ),
    ];
    expect(needed.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('writes the key brand and mission names in traditional form', () => {
    expect(dictionaries['zh-TW']['app.name']).toBe('領雁');
    expect(dictionaries['zh-TW']['app.tagline']).toBe('黨建引領鄉村振興');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'common.total', { total: 42 })).toBe('共 42 条');
    expect(translate('en', 'errorDetail.invalidCredentials', { n: 2 })).toBe(
      'Wrong username or password. 2 attempts left before the account is locked',
    );
    expect(translate('zh-TW', 'common.total')).toBe('共 {total} 筆');
  });
});

describe('role labels', () => {
  it('name the county administrator’s role by the level of the scope it is held over', async () => {
    const { roleLabel } = await import('./labels.ts');
    const t = (key: MessageKey) => translate('zh-CN', key);
    expect(roleLabel(t, 'county_admin', '410599000000')).toBe('县级管理员');
    expect(roleLabel(t, 'county_admin', '410500000000')).toBe('市级管理员');
    expect(roleLabel(t, 'county_admin', '410000000000')).toBe('省级管理员');
    expect(roleLabel(t, 'township_admin', '410599100000')).toBe(
      translate('zh-CN', 'role.township_admin'),
    );
  });
});

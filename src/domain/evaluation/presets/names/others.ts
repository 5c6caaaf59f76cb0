import type { PresetNames } from './table.ts';

// 十大 selections, station five items, secretary stars, 五有, 八有, 三零 (others.ts).
export const OTHER_PRESET_NAMES: PresetNames = {
  '“十大”系列评选': ['「十大」系列評選', '"Top Ten" Selections'],
  十大孝星: ['十大孝星', 'Top ten filial children'],
  十大模范老人: ['十大模範老人', 'Top ten model elders'],
  十大劳动模范: ['十大勞動模範', 'Top ten model workers'],
  十大杰出青年: ['十大傑出青年', 'Top ten outstanding young people'],
  违法犯罪: ['違法犯罪', 'Broke the law'],
  村两委审核: ['村兩委審核', 'Village committees review'],

  十大文明家庭评选: ['十大文明家庭評選', 'Top Ten Civilized Families Selection'],
  十大文明家庭: ['十大文明家庭', 'Top ten civilized families'],

  街道服务站五项考评: ['街道服務站五項考評', 'Street Service Stations: Five-Item Assessment'],
  环境卫生管理: ['環境衛生管理', 'Sanitation'],
  星级文明评星: ['星級文明評星', 'Civility star ratings'],
  村规民约监督: ['村規民約監督', 'Oversight of the village rules'],
  家风家训考评: ['家風家訓考評', 'Family traditions'],
  移风易俗服务: ['移風易俗服務', 'Customs reform services'],
  站内红白事违规: [
    '站內紅白事違規',
    "A wedding or funeral against the rules in the station's area",
  ],
  村两委考评: ['村兩委考評', 'Village committees assess'],

  村党组织书记星级评定: ['村黨組織書記星級評定', "Village Party Secretaries' Star Rating"],
  政治素质星: ['政治素質星', 'Political Quality Star'],
  带富能力星: ['帶富能力星', 'Shared Prosperity Star'],
  '村集体经济收入增幅 ≥ 10%': [
    '村集體經濟收入增幅 ≥ 10%',
    'Village collective income growth ≥ 10%',
  ],
  治理能力星: ['治理能力星', 'Governance Star'],
  服务群众星: ['服務群眾星', 'Serving the People Star'],
  廉洁自律星: ['廉潔自律星', 'Integrity Star'],
  受到党纪政务处分: ['受到黨紀政務處分', 'A party or government disciplinary sanction'],
  县级认定: ['縣級認定', 'County decision'],

  '小区党组织“五有”标准': [
    '小區黨組織「五有」標準',
    'Compound Party Organizations: the "Five Haves"',
  ],
  有党的组织: ['有黨的組織', 'Has a party organization'],
  有活动阵地: ['有活動陣地', 'Has a place for activities'],
  有党员信息台账: ['有黨員信息臺賬', 'Has a register of party members'],
  有联系服务群众机制: ['有聯繫服務群眾機制', 'Has a way to reach and serve residents'],
  有应急动员预案: ['有應急動員預案', 'Has an emergency mobilization plan'],
  街道审核: ['街道審核', 'Subdistrict review'],

  '小区党群服务站“八有”标准': [
    '小區黨群服務站「八有」標準',
    'Compound Party–People Service Stations: the "Eight Haves"',
  ],
  有编码: ['有編碼', 'Has a code'],
  有标识: ['有標識', 'Has a sign'],
  有设施: ['有設施', 'Has facilities'],
  有机制: ['有機制', 'Has procedures'],
  有队伍: ['有隊伍', 'Has a team'],
  有活动: ['有活動', 'Has activities'],
  有服务: ['有服務', 'Has services'],
  有保障: ['有保障', 'Has support'],

  '“三零”平安创建': ['「三零」平安創建', '"Three Zeros" Safety Building'],
  零上访: ['零上訪', 'Zero petitions'],
  '本年越级上访 0 件': ['本年越級上訪 0 件', 'No petitions bypassing the levels this year'],
  零事故: ['零事故', 'Zero accidents'],
  '本年安全事故 0 起': ['本年安全事故 0 起', 'No safety accident this year'],
  零案件: ['零案件', 'Zero criminal cases'],
  '本年刑事案件 0 件': ['本年刑事案件 0 件', 'No criminal case this year'],
  发生越级上访: ['發生越級上訪', 'A petition bypassing the levels'],
  发生安全事故: ['發生安全事故', 'A safety accident'],
};

import type { PresetNames } from './table.ts';

// 安阳 五星支部 (fiveStarBranch.ts): the schemes, stars, criteria, vetoes, steps and targets.
export const FIVE_STAR_BRANCH_NAMES: PresetNames = {
  '农村“五星”支部创建': ['農村「五星」支部創建', 'Rural "Five-Star" Branch Building'],
  '社区“五星”支部创建': ['社區「五星」支部創建', 'Community "Five-Star" Branch Building'],

  支部过硬星: ['支部過硬星', 'Strong Branch Star'],
  '班子健全、“三会一课”等组织生活规范开展': [
    '班子健全、「三會一課」等組織生活規範開展',
    'A complete leadership team; "three meetings and one lesson" and the rest of branch life held as required',
  ],
  '党员联户覆盖率 ≥ 90%': [
    '黨員聯戶覆蓋率 ≥ 90%',
    'Households in contact with a party member ≥ 90%',
  ],

  产业兴旺星: ['產業興旺星', 'Thriving Industry Star'],
  '村集体经济收入 ≥ 10 万元': [
    '村集體經濟收入 ≥ 10 萬元',
    'Village collective income ≥ 100,000 yuan',
  ],
  有一项以上主导产业或联农带农项目: [
    '有一項以上主導產業或聯農帶農項目',
    'At least one leading industry or a project that brings farmers along',
  ],
  '发展社区服务业、带动居民就业': [
    '發展社區服務業、帶動居民就業',
    'Community services developed, giving residents jobs',
  ],
  '社区集体经济收入 ≥ 5 万元': [
    '社區集體經濟收入 ≥ 5 萬元',
    'Community collective income ≥ 50,000 yuan',
  ],

  生态宜居星: ['生態宜居星', 'Livable Ecology Star'],
  '人居环境整治达标、村容整洁': [
    '人居環境整治達標、村容整潔',
    'Living environment up to standard; the village clean and tidy',
  ],

  平安法治星: ['平安法治星', 'Safety and Rule of Law Star'],
  本年无刑事案件: ['本年無刑事案件', 'No criminal case this year'],
  '矛盾纠纷化解率 ≥ 95%': ['矛盾糾紛化解率 ≥ 95%', 'Disputes resolved ≥ 95%'],
  无越级上访: ['無越級上訪', 'No petitions bypassing the levels'],

  文明幸福星: ['文明幸福星', 'Civility and Happiness Star'],
  '八星以上文明户占比 ≥ 60%': [
    '八星以上文明戶佔比 ≥ 60%',
    'Households with eight or more civility stars ≥ 60%',
  ],
  红白事无违规: ['紅白事無違規', 'Weddings and funerals within the rules'],

  发生刑事案件: ['發生刑事案件', 'A criminal case'],
  发生重大安全事故: ['發生重大安全事故', 'A major safety accident'],
  红白事大操大办违规: ['紅白事大操大辦違規', 'A lavish wedding or funeral against the rules'],
  被列为软弱涣散党组织: ['被列為軟弱渙散黨組織', 'Listed as a weak and lax party organization'],

  乡镇审核: ['鄉鎮審核', 'Township review'],
  县级复核: ['縣級複核', 'County re-check'],
  '市级认定（五星）': ['市級認定（五星）', 'City decision (five stars)'],

  '三星以上占比（年度计划）': ['三星以上佔比（年度計畫）', 'Three stars or more (annual plan)'],
  '三星以上占比（市委目标）': [
    '三星以上佔比（市委目標）',
    "Three stars or more (city committee's goal)",
  ],
  五星支部数: ['五星支部數', 'Five-star branches'],
  四星支部数: ['四星支部數', 'Four-star branches'],
};

import type { Locale } from '../../i18n/types.ts';

type Names = readonly [zhCN: string, zhTW: string, en: string];

// What each module writes to the audit log, in the three languages. Loaded with the audit page
// only; the sign-in, account, privacy and region actions keep their labels in the dictionaries
// (`auditAction.*`). A directory action `<object>.<verb>` (also the Excel imports') is composed.
const ACTIONS: Readonly<Record<string, Names>> = {
  'cases.submit': ['提交事项', '提交事項', 'Case submitted'],
  'cases.assign': ['分派事项', '分派事項', 'Case assigned'],
  'cases.start': ['开始办理', '開始辦理', 'Work started'],
  'cases.resolve': ['办结事项', '辦結事項', 'Case resolved'],
  'cases.confirm': ['确认办结', '確認辦結', 'Resolution confirmed'],
  'cases.reject': ['不认可办结', '不認可辦結', 'Resolution rejected'],
  'cases.auto_confirm': ['自动确认', '自動確認', 'Confirmed automatically'],
  'cases.close': ['关闭事项', '關閉事項', 'Case closed'],
  'cases.escalate': ['上报事项', '上報事項', 'Case escalated'],
  'cases.reassign': ['转派事项', '轉派事項', 'Case reassigned'],
  'cases.rate': ['评价办理', '評價辦理', 'Case rated'],
  'cases.overdue': ['事项超时', '事項逾時', 'Case overdue'],
  'cases.note': ['添加备注', '新增備註', 'Note added'],
  'cases.attach': ['上传附件', '上傳附件', 'Attachment added'],
  'cases.claim': ['认领事项', '認領事項', 'Case claimed'],
  'cases.assign_department': ['交办部门', '交辦部門', 'Given to a department'],
  'cases.mediation': ['记录调解', '記錄調解', 'Mediation recorded'],
  'cases.catalog.put': ['修改事项目录', '修改事項目錄', 'Case catalog changed'],
  'cases.reception_day': ['公告接待日', '公告接待日', 'Reception day announced'],
  'cases.sweep': ['登记排查', '登記排查', 'Dispute sweep entered'],

  'evaluation.scheme.create': ['新建评星方案', '新建評星方案', 'Scheme created'],
  'evaluation.scheme.edit': ['修改评星方案', '修改評星方案', 'Scheme edited'],
  'evaluation.round.open': ['开启评星轮次', '開啟評星輪次', 'Round opened'],
  'evaluation.seed_round': ['生成演示评星轮次', '產生示範評星輪次', 'Demo round created'],
  'evaluation.claim': ['认星', '認星', 'Stars claimed'],
  'evaluation.evidence.upload': ['上传佐证', '上傳佐證', 'Evidence uploaded'],
  'evaluation.decision.approve': ['评审通过', '評審通過', 'Step approved'],
  'evaluation.decision.sendBack': ['评审退回', '評審退回', 'Sent back'],
  'evaluation.objection.file': ['提出异议', '提出異議', 'Objection filed'],
  'evaluation.objection.answer': ['答复异议', '答覆異議', 'Objection answered'],
  'evaluation.award': ['授星', '授星', 'Stars awarded'],
  'evaluation.veto.record': ['登记否决事项', '登記否決事項', 'Veto recorded'],
  'evaluation.veto.decide': ['决定摘星', '決定摘星', 'Veto decided'],
  'evaluation.target.set': ['设定目标', '設定目標', 'Target set'],
  'evaluation.settings.set': ['修改排名设置', '修改排名設定', 'Ranking setting changed'],

  'obligations.record_activity': ['记录履职活动', '記錄履職活動', 'Activity recorded'],
  'obligations.add_evidence': ['上传活动佐证', '上傳活動佐證', 'Activity evidence added'],
  'obligations.rule_create': ['新建履职规则', '新建履職規則', 'Obligation rule created'],
  'obligations.rule_update': ['修改履职规则', '修改履職規則', 'Obligation rule changed'],
  'obligations.load_presets': ['载入预置规则', '載入預置規則', 'Preset rules loaded'],
  'obligations.plan_item_create': ['新增工作计划事项', '新增工作計畫事項', 'Plan item added'],
  'obligations.plan_item_update': ['修改工作计划事项', '修改工作計畫事項', 'Plan item changed'],
  'obligations.plan_item_delete': ['删除工作计划事项', '刪除工作計畫事項', 'Plan item removed'],
  'pairing.adopt': ['采纳结对方案', '採納結對方案', 'Pairings adopted'],

  'union.adopt': ['采纳联建方案', '採納聯建方案', 'Unions adopted'],
  'union.create': ['新建联建', '新建聯建', 'Union created'],
  'union.update': ['修改联建', '修改聯建', 'Union changed'],
  'union.village.add': ['联建加入村', '聯建加入村', 'Village added to a union'],
  'union.village.remove': ['联建移出村', '聯建移出村', 'Village removed from a union'],
  'tasks.list_create': ['新建任务清单', '新建任務清單', 'Task list created'],
  'tasks.task_add': ['新增任务', '新增任務', 'Task added'],
  'tasks.owner_set': ['指定责任人', '指定責任人', 'Task owner set'],
  'tasks.progress_enter': ['填报进度', '填報進度', 'Progress entered'],
  'tasks.score_give': ['年度考评打分', '年度考評打分', 'Score given'],
  'tasks.task_close': ['完成任务', '完成任務', 'Task closed'],

  'project.create': ['新建项目', '新建項目', 'Project created'],
  'project.update': ['修改项目', '修改項目', 'Project changed'],
  'project.milestone.add': ['新增里程碑', '新增里程碑', 'Milestone added'],
  'project.milestone.update': ['修改里程碑', '修改里程碑', 'Milestone changed'],
  'project.milestone.remove': ['删除里程碑', '刪除里程碑', 'Milestone removed'],
  'project.spend': ['登记支出', '登記支出', 'Spending entered'],
  'project.outcome': ['登记成效', '登記成效', 'Outcome entered'],
  'economy.asset.create': ['登记集体资产', '登記集體資產', 'Collective asset entered'],
  'economy.asset.valuation': ['资产估值', '資產估值', 'Asset valued'],
  'economy.asset.update': ['更新集体资产', '更新集體資產', 'Collective asset updated'],
  'economy.classRule.set': ['设定资产类别规则', '設定資產類別規則', 'Asset class rule set'],
  'economy.contract.create': ['登记合同', '登記合同', 'Contract entered'],
  'economy.contract.outcome': ['登记合同处置', '登記合同處置', 'Contract outcome entered'],
  'economy.contract.payment': ['登记缴费', '登記繳費', 'Payment entered'],
  'economy.dividend.propose': ['提出分红方案', '提出分紅方案', 'Dividend proposed'],
  'economy.dividend.approve': ['审批分红', '審批分紅', 'Dividend approved'],
  'economy.dividend.publish': ['公布分红', '公布分紅', 'Dividend published'],
  'economy.trusteeship.item.create': [
    '新增托管服务项目',
    '新增託管服務項目',
    'Trusteeship service added',
  ],
  'economy.trusteeship.signUp': ['签约农业托管', '簽約農業託管', 'Trusteeship signed up'],
  'economy.trusteeship.withdraw': ['退订农业托管', '退訂農業託管', 'Trusteeship withdrawn'],
  'economy.trusteeship.item.update': ['调整托管价格', '調整託管價格', 'Trusteeship prices changed'],
  'economy.trusteeship.item.retire': [
    '托管项目停止签约',
    '託管項目停止簽約',
    'Trusteeship service retired',
  ],
  'economy.trusteeship.service.record': [
    '登记托管服务',
    '登記託管服務',
    'Trusteeship service recorded',
  ],
  'economy.trusteeship.service.void': [
    '作废托管服务记录',
    '作廢託管服務記錄',
    'Trusteeship service voided',
  ],
  'economy.organization.create': [
    '登记经济组织',
    '登記經濟組織',
    'Economic organization registered',
  ],
  'economy.organization.edit': ['更正经济组织', '更正經濟組織', 'Economic organization corrected'],
  'economy.organization.dissolve': [
    '注销经济组织',
    '註銷經濟組織',
    'Economic organization dissolved',
  ],
  'economy.organization.member.add': ['登记成员户', '登記成員戶', 'Member household admitted'],
  'economy.organization.binding.add': ['登记双绑', '登記雙綁', 'Binding (双绑) entered'],
  'economy.organization.order.add': ['登记订单', '登記訂單', 'Order entered'],
  'economy.organization.landTransfer.add': [
    '登记土地流转',
    '登記土地流轉',
    'Land transfer entered',
  ],
  'economy.rewardRule.set': ['设定干部奖励规则', '設定幹部獎勵規則', 'Cadre reward rule set'],
  'economy.cadreReward.propose': ['提出干部奖励', '提出幹部獎勵', 'Cadre reward proposed'],
  'economy.cadreReward.approve': ['批准干部奖励', '批准幹部獎勵', 'Cadre reward approved'],
  'economy.cadreReward.reject': ['退回干部奖励', '退回幹部獎勵', 'Cadre reward returned'],
  'system.seed_demo_organizations': [
    '生成演示合作社与公司',
    '產生示範合作社與公司',
    'Demo organizations created',
  ],

  'responsibility.create': ['新增五级联包', '新增五級聯包', 'Contact link added'],
  'responsibility.delete': ['删除五级联包', '刪除五級聯包', 'Contact link removed'],
  'responsibility.pair_create': ['新建1+1+N结对', '新建1+1+N結對', '1+1+N pair created'],
  'person.move': ['人员迁移', '人員遷移', 'Person moved'],
  'person.referred': ['转出人员', '轉出人員', 'Person referred'],
  'person.referral_moved': ['接收转入人员', '接收轉入人員', 'Referral accepted'],
  'person.referral_rejected': ['退回转入人员', '退回轉入人員', 'Referral declined'],
  'position.end': ['离任', '離任', 'Position ended'],
  'exchange.import': ['Excel 导入', 'Excel 匯入', 'Excel import'],
  'zero.event': ['登记“三零”事件', '登記「三零」事件', '"Three zeros" event entered'],
  'zero.accept': ['“三零”评定验收', '「三零」評定驗收', '"Three zeros" accepted'],
  'keys.rotate': ['轮换密钥', '輪換金鑰', 'Keys rotated'],
  'system.seed_demo_accounts': ['生成演示账号', '產生示範帳號', 'Demo accounts created'],
  'system.seed_demo_obligations': ['生成演示履职', '產生示範履職', 'Demo obligations created'],
  'system.seed_demo_projects': ['生成演示项目', '產生示範項目', 'Demo projects created'],
  'system.seed_demo_economy': ['生成演示集体经济', '產生示範集體經濟', 'Demo economy created'],
  'system.seed_demo_trusteeship': [
    '生成演示农业托管',
    '產生示範農業託管',
    'Demo trusteeship created',
  ],
  'system.seed_demo_tasks': ['生成演示任务清单', '產生示範任務清單', 'Demo task lists created'],
  'system.seed_demo_unions': ['生成演示联建', '產生示範聯建', 'Demo unions created'],
};

// directory objects and what was done to them: `household.create` → 新增家庭户 / Household created
const OBJECTS: Readonly<Record<string, Names>> = {
  person: ['人员', '人員', 'Person'],
  household: ['家庭户', '家庭戶', 'Household'],
  org: ['党组织', '黨組織', 'Party organization'],
  party_org: ['党组织', '黨組織', 'Party organization'],
  unit: ['单位', '單位', 'Unit'],
  grid: ['网格', '網格', 'Grid'],
  position: ['职务', '職務', 'Position'],
  membership: ['党员', '黨員', 'Party membership'],
  contact_pair: ['1+1+N 结对', '1+1+N 結對', '1+1+N pair'],
};
const VERBS: Readonly<Record<string, Names>> = {
  create: ['新增', '新增', 'created'],
  update: ['修改', '修改', 'changed'],
  delete: ['删除', '刪除', 'removed'],
};
const INDEX: Readonly<Record<Locale, number>> = { 'zh-CN': 0, 'zh-TW': 1, en: 2 };

/** An audit action's name in `locale`, or null when neither the table nor the composition knows it. */
export function auditActionName(action: string, locale: Locale): string | null {
  const i = INDEX[locale];
  const named = ACTIONS[action]?.[i];
  if (named) return named;
  const [object = '', verb = ''] = action.split('.');
  const o = OBJECTS[object]?.[i];
  const v = VERBS[verb]?.[i];
  if (!o || !v || action.split('.').length !== 2) return null;
  return locale === 'en' ? `${o} ${v}` : `${v}${o}`;
}

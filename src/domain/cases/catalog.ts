// The case catalog as data (DESIGN.md §2.3 "mechanisms are configuration"): case types with their
// fields, handler rule, SLA and escalation ladder. The presets below ship with every county; a
// county admin overrides any of them (or adds new types) without code.

import { DEFAULT_LADDER, LADDER_STEPS, type LadderStep } from './ladder.ts';

export const CASE_KINDS = ['service', 'request', 'wish', 'dispute', 'opinion', 'matter'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const HANDLER_RULES = ['responsibility', 'window', 'mediator', 'department'] as const;
export type HandlerRule = (typeof HANDLER_RULES)[number];

export const FIELD_TYPES = ['text', 'number', 'date', 'select', 'boolean'] as const;
export interface CaseField {
  code: string;
  label: { zh: string; en: string };
  type: (typeof FIELD_TYPES)[number];
  required: boolean;
  options?: string[] | undefined;
}

export interface CaseType {
  code: string;
  name: { zh: string; en: string };
  kind: CaseKind;
  /** 证明开具, 社会保险, 养老保险, 医疗保险, 补贴, 土地, 住房, … for the 36 代办事项; empty for the other kinds. */
  group: string;
  fields: CaseField[];
  handler: HandlerRule;
  /** Department (unit) named for the `department` rule, by name inside the county. */
  departmentName?: string | undefined;
  ladder: LadderStep[];
  /** Hours each owner has before the case climbs to the next rung. */
  slaHours: number;
  /** Days after a resolution without objection before the case is auto-confirmed. */
  autoConfirmDays: number;
  /** Offered to Open311 clients as a service. */
  open311: boolean;
  active: boolean;
}

const f = (
  code: string,
  zh: string,
  en: string,
  type: CaseField['type'] = 'text',
  required = true,
  options?: string[],
): CaseField => ({ code, label: { zh, en }, type, required, ...(options ? { options } : {}) });

// 党群服务中心 代办事项 (万荣县通爱村: 1 desk, 2 windows, 36 items). Each goes to the village window,
// climbs to the township and county service centres when it waits too long.
const SERVICE_ITEMS: [string, string, string, CaseField[]?][] = [
  ['证明开具', '户籍证明', 'Household registration certificate'],
  ['证明开具', '居住证明', 'Residence certificate'],
  ['证明开具', '亲属关系证明', 'Kinship certificate'],
  ['证明开具', '婚育情况证明', 'Marriage and childbirth certificate'],
  [
    '户籍证件',
    '新生儿落户',
    'Registering a newborn',
    [f('birthDate', '出生日期', 'Birth date', 'date')],
  ],
  ['户籍证件', '居民身份证申领', 'Resident ID card application'],
  ['户籍证件', '残疾人证办理', 'Disability certificate'],
  ['户籍证件', '退役军人优待证', 'Veterans’ preferential card'],
  ['养老保险', '城乡居民养老保险参保登记', 'Rural pension insurance enrolment'],
  ['养老保险', '养老保险待遇资格认证', 'Pension entitlement verification'],
  ['医疗保险', '城乡居民医疗保险参保缴费', 'Medical insurance enrolment and payment'],
  [
    '医疗保险',
    '医疗费用报销',
    'Medical expense reimbursement',
    [f('amount', '金额（元）', 'Amount (yuan)', 'number')],
  ],
  ['医疗保险', '大病救助申请', 'Critical illness relief'],
  ['社会救助', '最低生活保障申请', 'Minimum living allowance (低保)'],
  ['社会救助', '特困人员供养申请', 'Support for people in extreme poverty'],
  ['社会救助', '临时救助申请', 'Temporary relief'],
  ['补贴', '残疾人两项补贴', 'Two disability allowances'],
  ['补贴', '高龄津贴申请', 'Old-age allowance'],
  [
    '补贴',
    '耕地地力保护补贴',
    'Cultivated land protection subsidy',
    [f('area', '面积（亩）', 'Area (mu)', 'number')],
  ],
  ['补贴', '农机购置补贴', 'Farm machinery purchase subsidy'],
  ['补贴', '计生奖励扶助', 'Family planning reward'],
  ['补贴', '殡葬补贴申请', 'Funeral subsidy'],
  ['补贴', '学生资助申请', 'Student financial aid'],
  [
    '土地',
    '土地承包经营权流转备案',
    'Land contract transfer filing',
    [f('area', '面积（亩）', 'Area (mu)', 'number')],
  ],
  ['土地', '宅基地申请', 'Homestead application'],
  ['住房', '农村建房审批', 'Rural house building permit'],
  ['住房', '危房改造申请', 'Dilapidated house renovation'],
  ['土地', '林权登记', 'Forest rights registration'],
  ['就业经营', '就业失业登记', 'Employment and unemployment registration'],
  ['就业经营', '职业技能培训报名', 'Vocational training sign-up'],
  ['就业经营', '个体工商户营业执照代办', 'Sole-trader business licence'],
  [
    '就业经营',
    '农业托管服务预约',
    'Farm trusteeship service booking',
    [f('crop', '作物', 'Crop', 'select', true, ['小麦', '玉米', '果树', '蔬菜'])],
  ],
  ['补贴', '惠农一卡通补办', 'Replacing the farm subsidy card'],
  ['社会保险', '社会保障卡申领与补换', 'Social security card application and replacement'],
  ['法律服务', '法律援助申请', 'Legal aid application'],
  ['法律服务', '公证事项代办', 'Notarisation errands'],
];

const serviceLadder: LadderStep[] = ['window', 'township', 'county'];

export const SERVICE_PRESETS: CaseType[] = SERVICE_ITEMS.map(([group, zh, en, fields], i) => ({
  code: `svc-${String(i + 1).padStart(2, '0')}`,
  name: { zh, en },
  kind: 'service',
  group,
  fields: fields ?? [],
  handler: 'window',
  ladder: serviceLadder,
  slaHours: 5 * 24,
  autoConfirmDays: 7,
  // Offered to Open311 clients too: the request names the resident by the phone on record.
  open311: true,
  active: true,
}));

/**
 * The preset of a case kind (every kind but the 代办事项): no service group, confirmed on its own 7
 * days after a resolution nobody objects to, active.
 */
const kindPreset = (
  p: Pick<
    CaseType,
    'code' | 'name' | 'kind' | 'fields' | 'handler' | 'ladder' | 'slaHours' | 'open311'
  >,
): CaseType => ({
  code: p.code,
  name: p.name,
  kind: p.kind,
  group: '',
  fields: p.fields,
  handler: p.handler,
  ladder: p.ladder,
  slaHours: p.slaHours,
  autoConfirmDays: 7,
  open311: p.open311,
  active: true,
});

/** A resident's request (群众诉求): to the person responsible, up the default ladder, on Open311. */
const residentRequest = (
  code: string,
  name: CaseType['name'],
  slaHours: number,
  fields: CaseField[] = [],
): CaseType =>
  kindPreset({
    code,
    name,
    kind: 'request',
    fields,
    handler: 'responsibility',
    ladder: [...DEFAULT_LADDER],
    slaHours,
    open311: true,
  });

export const KIND_PRESETS: CaseType[] = [
  residentRequest('request', { zh: '群众诉求', en: 'Resident request' }, 72),
  residentRequest('road', { zh: '道路设施报修', en: 'Road and facility repair' }, 72),
  residentRequest('environment', { zh: '人居环境问题', en: 'Living environment problem' }, 48, [
    f('hazard', '是否有安全隐患', 'Safety hazard', 'boolean', false),
  ]),
  kindPreset({
    code: 'wish',
    name: { zh: '微心愿', en: 'Micro-wish' },
    kind: 'wish',
    fields: [f('budget', '预计花费（元）', 'Estimated cost (yuan)', 'number', false)],
    handler: 'responsibility',
    ladder: ['L4', 'L3', 'L1', 'township'],
    slaHours: 30 * 24,
    open311: false,
  }),
  kindPreset({
    code: 'dispute',
    name: { zh: '矛盾纠纷', en: 'Dispute' },
    kind: 'dispute',
    fields: [
      f('disputeType', '纠纷类型', 'Dispute type', 'select', true, [
        '邻里',
        '婚姻家庭',
        '土地',
        '宅基地',
        '劳务',
        '物业',
        '其他',
      ]),
    ],
    handler: 'mediator',
    ladder: ['mediator', 'L1', 'township_mediator', 'township', 'county'],
    slaHours: 7 * 24,
    open311: false,
  }),
  kindPreset({
    code: 'opinion',
    name: { zh: '意见建议（人大代表联络站）', en: 'Opinion (deputies’ liaison station)' },
    kind: 'opinion',
    fields: [
      f('category', '分类', 'Category', 'select', true, [
        '民生',
        '经济发展',
        '人居环境',
        '社会治理',
        '其他',
      ]),
    ],
    handler: 'window',
    ladder: ['window', 'department', 'township', 'county'],
    slaHours: 15 * 24,
    open311: false,
  }),
  kindPreset({
    code: 'matter',
    name: { zh: '民生实事（认领实事）', en: 'Livelihood matter (claimed by units)' },
    kind: 'matter',
    fields: [],
    handler: 'window',
    ladder: ['window', 'department', 'township', 'county'],
    slaHours: 60 * 24,
    open311: false,
  }),
];

export const CATALOG_PRESETS: readonly CaseType[] = [...KIND_PRESETS, ...SERVICE_PRESETS];

/** The county's effective catalog: presets with the county's overrides (by code) and additions. */
export function effectiveCatalog(overrides: readonly CaseType[]): CaseType[] {
  const byCode = new Map<string, CaseType>(CATALOG_PRESETS.map((t) => [t.code, t]));
  for (const o of overrides) byCode.set(o.code, o);
  return [...byCode.values()];
}

/** What is wrong with a case type definition, or null. */
export function caseTypeProblem(t: CaseType): string | null {
  if (t.ladder.length === 0) return 'the escalation ladder needs at least one rung';
  if (new Set(t.ladder).size !== t.ladder.length) return 'a rung appears twice on the ladder';
  for (const s of t.ladder) if (!LADDER_STEPS.includes(s)) return `unknown rung ${s}`;
  // The ladder climbs: 小事不出村、大事不出镇、难事不出县 — township after the village rungs, county last.
  const order = (s: LadderStep) =>
    s === 'county' ? 3 : s === 'township' || s === 'township_mediator' ? 2 : 1;
  for (let i = 1; i < t.ladder.length; i++) {
    const prev = t.ladder[i - 1];
    const cur = t.ladder[i];
    if (prev && cur && order(cur) < order(prev))
      return 'the ladder must climb: village rungs, then township, then county';
  }
  if (t.handler === 'department' && !t.departmentName && !t.ladder.includes('window'))
    return 'the department rule needs a department name';
  const codes = new Set<string>();
  for (const field of t.fields) {
    if (codes.has(field.code)) return `field ${field.code} appears twice`;
    codes.add(field.code);
    if (field.type === 'select' && (!field.options || field.options.length === 0))
      return `field ${field.code} needs options`;
  }
  return null;
}

/** The ladder a case of this type starts on: the handler's rung first, then the rest of the ladder. */
export function startingStep(t: CaseType): LadderStep {
  const first: Record<HandlerRule, LadderStep> = {
    responsibility: 'L4',
    window: 'window',
    mediator: 'mediator',
    department: 'department',
  };
  return first[t.handler];
}

/** Checks submitted field values against the type's fields: a list of problems (empty when fine). */
export function fieldProblems(
  t: CaseType,
  values: Record<string, unknown>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const known = new Set(t.fields.map((x) => x.code));
  for (const key of Object.keys(values))
    if (!known.has(key))
      problems.push({ path: `fields.${key}`, message: 'not a field of this case type' });
  for (const field of t.fields) {
    const v = values[field.code];
    const path = `fields.${field.code}`;
    if (v === undefined || v === null || v === '') {
      if (field.required) problems.push({ path, message: 'required' });
      continue;
    }
    if (field.type === 'number' && (typeof v !== 'number' || !Number.isFinite(v)))
      problems.push({ path, message: 'must be a number' });
    if (field.type === 'boolean' && typeof v !== 'boolean')
      problems.push({ path, message: 'must be true or false' });
    if (field.type === 'date' && (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)))
      problems.push({ path, message: 'must be a date YYYY-MM-DD' });
    if (field.type === 'text' && (typeof v !== 'string' || v.length > 500))
      problems.push({ path, message: 'must be text up to 500 characters' });
    if (field.type === 'select' && (typeof v !== 'string' || !(field.options ?? []).includes(v)))
      problems.push({ path, message: `must be one of ${(field.options ?? []).join(', ')}` });
  }
  return problems;
}

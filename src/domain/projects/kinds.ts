/**
 * Projects (DESIGN.md §3 "Project"; issue 11 part 7): 利民项目 of a pairing, 项目牵引 of a union,
 * a village's own industry, infrastructure or livelihood works. Codes are English; the page
 * names them in the user's language.
 */
export const PROJECT_TYPES = ['industry', 'infrastructure', 'livelihood'] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];
export const PROJECT_TYPE_NAMES: Record<ProjectType, string> = {
  industry: '产业',
  infrastructure: '基础设施',
  livelihood: '民生',
};

export const PROJECT_STATUSES = ['planned', 'ongoing', 'done', 'suspended'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Where a project's money comes from: 财政 fiscal, 党费 party fees, 社会资本 social capital. */
export const FUND_SOURCES = ['fiscal', 'partyFees', 'social'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];
export const FUND_SOURCE_NAMES: Record<FundSource, string> = {
  fiscal: '财政资金',
  partyFees: '党费',
  social: '社会资本',
};

export const isProjectType = (code: string): code is ProjectType =>
  (PROJECT_TYPES as readonly string[]).includes(code);
export const isProjectStatus = (code: string): code is ProjectStatus =>
  (PROJECT_STATUSES as readonly string[]).includes(code);
export const isFundSource = (code: string): code is FundSource =>
  (FUND_SOURCES as readonly string[]).includes(code);

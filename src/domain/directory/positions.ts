import type { VocabularyEntry } from './vocabulary.ts';

/** What a position is held in: a party org, a village/community region, a grid, or a unit. */
export type PositionScope = 'org' | 'region' | 'grid' | 'unit';

export interface PositionEntry extends VocabularyEntry {
  readonly scope: PositionScope;
  /** 第一书记 and 驻村工作队员 are sent by a unit for a term; the record names both. */
  readonly dispatched: boolean;
  /** Holders must be party members. */
  readonly partyOnly: boolean;
}

export const POSITIONS = [
  {
    code: 'secretary',
    label: { 'zh-CN': '书记', 'zh-TW': '書記', en: 'Party secretary' },
    scope: 'org',
    dispatched: false,
    partyOnly: true,
  },
  {
    code: 'deputySecretary',
    label: { 'zh-CN': '副书记', 'zh-TW': '副書記', en: 'Deputy party secretary' },
    scope: 'org',
    dispatched: false,
    partyOnly: true,
  },
  {
    code: 'committeeMember',
    label: { 'zh-CN': '支部委员', 'zh-TW': '支部委員', en: 'Branch committee member' },
    scope: 'org',
    dispatched: false,
    partyOnly: true,
  },
  {
    code: 'villageDirector',
    label: {
      'zh-CN': '村(居)委会主任',
      'zh-TW': '村(居)委會主任',
      en: 'Village committee director',
    },
    scope: 'region',
    dispatched: false,
    partyOnly: false,
  },
  {
    code: 'twoCommitteesMember',
    label: { 'zh-CN': '两委委员', 'zh-TW': '兩委委員', en: 'Member of the two committees' },
    scope: 'region',
    dispatched: false,
    partyOnly: false,
  },
  {
    code: 'firstSecretary',
    label: { 'zh-CN': '第一书记', 'zh-TW': '第一書記', en: 'First secretary (dispatched)' },
    scope: 'region',
    dispatched: true,
    partyOnly: true,
  },
  {
    code: 'workTeamMember',
    label: { 'zh-CN': '驻村工作队员', 'zh-TW': '駐村工作隊員', en: 'Resident work-team member' },
    scope: 'region',
    dispatched: true,
    partyOnly: false,
  },
  {
    code: 'partyGroupLeader',
    label: { 'zh-CN': '党小组长', 'zh-TW': '黨小組長', en: 'Party group leader' },
    scope: 'org',
    dispatched: false,
    partyOnly: true,
  },
  {
    code: 'gridWorker',
    label: { 'zh-CN': '网格员', 'zh-TW': '網格員', en: 'Grid worker' },
    scope: 'grid',
    dispatched: false,
    partyOnly: false,
  },
  {
    code: 'stationCadre',
    label: { 'zh-CN': '服务站包街干部', 'zh-TW': '服務站包街幹部', en: 'Street station cadre' },
    scope: 'grid',
    dispatched: false,
    partyOnly: true,
  },
  {
    code: 'mediator',
    label: { 'zh-CN': '调解员', 'zh-TW': '調解員', en: 'Mediator' },
    scope: 'region',
    dispatched: false,
    partyOnly: false,
  },
  {
    code: 'peoplesCongressDeputy',
    label: { 'zh-CN': '人大代表', 'zh-TW': '人大代表', en: "People's congress deputy" },
    scope: 'region',
    dispatched: false,
    partyOnly: false,
  },
  {
    code: 'compoundSecretary',
    label: { 'zh-CN': '小区书记', 'zh-TW': '小區書記', en: 'Residential-compound secretary' },
    scope: 'grid',
    dispatched: false,
    partyOnly: true,
  },
  {
    code: 'partyCommitteeMember',
    label: { 'zh-CN': '党委委员', 'zh-TW': '黨委委員', en: 'Party committee member' },
    scope: 'org',
    dispatched: false,
    partyOnly: true,
  },
] as const satisfies readonly PositionEntry[];

export type PositionCode = (typeof POSITIONS)[number]['code'];

/** Extra facts some positions carry; all optional so one record type serves every position. */
export interface PositionDetails {
  /** 第一书记 / 驻村工作队员: the unit that sent them (派出单位). */
  dispatchingUnitId?: string;
  /** Planned end of a dispatched term (任期), distinct from the actual end date. */
  termEndDate?: string;
  /** 调解员 distinguished as 金牌调解员 (安阳). */
  goldMediator?: boolean;
}

/** A position is held on `asOf` when it started on or before and has not ended before. */
export function isHeldOn(
  holding: { startDate: string; endDate: string | null },
  asOf: string,
): boolean {
  return holding.startDate <= asOf && (holding.endDate === null || holding.endDate >= asOf);
}

/** A holding as a write would leave it: what `positionProblems` checks. */
export interface PositionShape {
  code: PositionCode;
  orgId: string | null;
  gridId: string | null;
  unitId: string | null;
  dispatchingUnitId: string | null;
  termEndDate: string | null;
  goldMediator: boolean | null;
  startDate: string;
  endDate: string | null;
}

/**
 * What is wrong with a holding's shape (field → problem), empty when well formed: a position
 * names the org, grid or unit it is held in; a dispatched one names its unit and term; an end
 * never comes before the start.
 */
export function positionProblems(
  p: PositionShape,
): { field: keyof PositionShape; message: string }[] {
  const entry = POSITIONS.find((e) => e.code === p.code);
  if (!entry) return [{ field: 'code', message: `unknown position ${p.code}` }];
  const problems: { field: keyof PositionShape; message: string }[] = [];
  const needs = { org: 'orgId', grid: 'gridId', unit: 'unitId' } as const;
  if (entry.scope !== 'region' && !p[needs[entry.scope]])
    problems.push({
      field: needs[entry.scope],
      message: `a ${p.code} is held in a ${entry.scope}: name it`,
    });
  if (entry.dispatched) {
    if (!p.dispatchingUnitId)
      problems.push({
        field: 'dispatchingUnitId',
        message: `a ${p.code} names the unit that sent them`,
      });
    if (!p.termEndDate)
      problems.push({ field: 'termEndDate', message: `a ${p.code} has a term end date` });
  } else if (p.dispatchingUnitId || p.termEndDate) {
    problems.push({
      field: p.dispatchingUnitId ? 'dispatchingUnitId' : 'termEndDate',
      message: `a ${p.code} is not dispatched`,
    });
  }
  if (p.termEndDate && p.termEndDate < p.startDate)
    problems.push({ field: 'termEndDate', message: 'the term ends before it starts' });
  if (p.endDate && p.endDate < p.startDate)
    problems.push({ field: 'endDate', message: 'must not be before the start date' });
  if (p.goldMediator && p.code !== 'mediator')
    problems.push({ field: 'goldMediator', message: 'only a mediator can be a gold mediator' });
  return problems;
}

/**
 * A pairing's work plan (结对共建工作方案, DESIGN.md §3 "Unions and pairings"): six parts, each a
 * list of items with an owner, an optional due date and a status. An item's progress is never
 * typed: it is read from the activities recorded for it (an activity names the item it serves).
 *
 * The six parts follow 高州's 工作方案: 基层组织共建、党员队伍共管、产业发展共谋、优势资源共享、
 * 民生实事共办、亮点品牌共创.
 */
export const PLAN_PARTS = [
  'organization',
  'team',
  'industry',
  'resources',
  'livelihood',
  'brand',
] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

export interface PlanPartInfo {
  code: PlanPart;
  /** The short name on the page: 组织共建 … 品牌共创. */
  name: string;
  /** The part's full name in the 工作方案. */
  fullName: string;
}

export const PLAN_PART_CATALOG: readonly PlanPartInfo[] = [
  { code: 'organization', name: '组织共建', fullName: '基层组织共建' },
  { code: 'team', name: '队伍共管', fullName: '党员队伍共管' },
  { code: 'industry', name: '产业共谋', fullName: '产业发展共谋' },
  { code: 'resources', name: '资源共享', fullName: '优势资源共享' },
  { code: 'livelihood', name: '实事共办', fullName: '民生实事共办' },
  { code: 'brand', name: '品牌共创', fullName: '亮点品牌共创' },
];

export const isPlanPart = (code: string): code is PlanPart =>
  (PLAN_PARTS as readonly string[]).includes(code);

export const PLAN_ITEM_STATUSES = ['planned', 'doing', 'done', 'dropped'] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

/** Who carries an item: the unit's side or the village's side (a named person may be added). */
export const PLAN_OWNER_SIDES = ['unit', 'village'] as const;
export type PlanOwnerSide = (typeof PLAN_OWNER_SIDES)[number];

/**
 * The moves an item's status may make. Work starts, finishes or is dropped; a finished item may be
 * reopened (more to do) and a dropped one taken up again (planned) — never straight to done.
 */
const MOVES: Record<PlanItemStatus, readonly PlanItemStatus[]> = {
  planned: ['doing', 'done', 'dropped'],
  doing: ['done', 'dropped'],
  done: ['doing'],
  dropped: ['planned'],
};

export function mayMoveStatus(from: PlanItemStatus, to: PlanItemStatus): boolean {
  return from === to || MOVES[from].includes(to);
}

/** A dropped item takes no new activities: it is not being worked on. */
export const takesActivities = (status: PlanItemStatus): boolean => status !== 'dropped';

export interface PlanProblem {
  path: string;
  message: string;
}

export interface PlanItemDraft {
  part?: string | undefined;
  title?: string | undefined;
  dueOn?: string | null | undefined;
}

/**
 * What is wrong with an item's fields for a pairing running from `start` to `end` (open when
 * null): an unknown part, an empty title, a due date outside the pairing's period. Fields left
 * undefined (a partial edit) are not checked.
 */
export function planItemProblems(
  item: PlanItemDraft,
  period: { start: string; end: string | null },
): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (item.part !== undefined && !isPlanPart(item.part))
    problems.push({ path: 'part', message: `unknown part ${item.part}` });
  if (item.title !== undefined && item.title.trim() === '')
    problems.push({ path: 'title', message: 'must not be empty' });
  const due = item.dueOn;
  if (
    due !== undefined &&
    due !== null &&
    (due < period.start || (period.end !== null && due > period.end))
  )
    problems.push({
      path: 'dueOn',
      message: `outside the pairing's period ${period.start} – ${period.end ?? ''}`,
    });
  return problems;
}

/** Items grouped by part, every part present and in the catalog's order. */
export function planByPart<T extends { part: string }>(
  items: readonly T[],
): { part: PlanPartInfo; items: T[] }[] {
  return PLAN_PART_CATALOG.map((part) => ({
    part,
    items: items.filter((i) => i.part === part.code),
  }));
}

/** An item's progress from the days of the activities recorded for it. */
export function planItemProgress(activityDays: readonly string[]): {
  activities: number;
  lastOn: string | null;
} {
  return {
    activities: activityDays.length,
    lastOn: activityDays.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null),
  };
}

// What an activity can be (DESIGN.md §3 "Activity"). A type names the deed, not who did it: the
// same 民生实事 counts for a pairing's 五个一 and for a village's own record.

export interface ActivityType {
  code: string;
  name: string;
  /** Households visited can be listed (they then count as 1+1+N contacts and household history). */
  visitsHouseholds: boolean;
}

export const ACTIVITY_TYPES = [
  { code: 'labourDay', name: '集中劳动', visitsHouseholds: false },
  { code: 'benefitProject', name: '利民项目', visitsHouseholds: false },
  { code: 'livelihoodMatter', name: '民生实事', visitsHouseholds: true },
  { code: 'courtyard', name: '美丽庭院', visitsHouseholds: true },
  // 高州's fifth 一: 平安大走访 — visiting households and receiving visitors are one kind of deed.
  { code: 'visit', name: '走访接待', visitsHouseholds: true },
  { code: 'researchVisit', name: '调查研究', visitsHouseholds: true },
  { code: 'monthlyTheme', name: '一月一主题', visitsHouseholds: false },
  { code: 'secretaryForum', name: '书记论坛', visitsHouseholds: false },
  { code: 'jointMeeting', name: '联席会议', visitsHouseholds: false },
  { code: 'observation', name: '观摩学习', visitsHouseholds: false },
  { code: 'training', name: '集中培训', visitsHouseholds: false },
  // 人大代表 inspect key projects each quarter (the activity names the project, activities.project_id).
  { code: 'inspection', name: '人大视察', visitsHouseholds: false },
] as const satisfies readonly ActivityType[];

export type ActivityTypeCode = (typeof ACTIVITY_TYPES)[number]['code'];
export const ACTIVITY_TYPE_CODES = ACTIVITY_TYPES.map((t) => t.code) as [
  ActivityTypeCode,
  ...ActivityTypeCode[],
];

export function activityType(code: string): ActivityType | undefined {
  return ACTIVITY_TYPES.find((t) => t.code === code);
}

// A year of recorded activities for the demo county, with planted laggards: every period a rule
// is due in has its activities, except the planted misses — so the compliance board must show
// exactly those (tested in demoActivities.test.ts), and nothing is typed in.
import { fromEpochDay, toEpochDay } from '../directory/plainDate.ts';
import { createRandom, type Random } from '../directory/demoCounty/random.ts';
import { duePeriods } from './compliance.ts';
import type { Period } from './periods.ts';
import type { ObligationRule } from './rules.ts';

export interface DemoSubject {
  id: string;
  kind: ObligationRule['subjectKind'];
  village: string;
  activeFrom: string;
  activeTo: string | null;
  /** The pairing's 组长 (takes part in the leader's visits), the other people who take part. */
  leaderId: string | null;
  memberIds: readonly string[];
  householdIds: readonly string[];
}

export interface DemoActivity {
  subjectKind: ObligationRule['subjectKind'];
  subjectId: string;
  village: string;
  activityType: string;
  occurredOn: string;
  title: string;
  participantIds: string[];
  householdIds: string[];
}

export interface PlantedMiss {
  subjectId: string;
  ruleCode: string;
  periodKey: string;
}

const TITLES: Record<string, readonly string[]> = {
  labourDay: ['全民集中劳动日：清理村道杂物', '集中劳动：沟渠清淤', '人居环境整治集中劳动'],
  benefitProject: ['领办利民项目：村道亮化', '推动建设：农产品冷链仓储', '领办项目：灌溉水渠修缮'],
  livelihoodMatter: ['办理民生实事：修复饮水管道', '为困难户协调就医', '解决村民用电难题'],
  courtyard: ['指导新建美丽庭院', '美丽庭院创建入户指导'],
  visit: ['平安大走访入户', '接待群众来访', '入户走访了解诉求'],
  researchVisit: ['驻村调查研究：产业发展', '调研集体经济增收路径'],
  monthlyTheme: ['一月一主题：政策宣讲', '一月一主题：法律进村', '一月一主题：健康义诊'],
  jointMeeting: ['联建党委联席会议'],
  secretaryForum: ['书记论坛'],
  observation: ['联合党组织现场观摩'],
  training: ['小区党组织书记专题培训'],
};

// Rules whose activity type no other rule counts: a miss planted there stays a miss.
const PLANTABLE = new Set([
  'labourDay',
  'benefitProject',
  'livelihoodMatter',
  'courtyard',
  'researchVisit',
  'monthlyTheme',
  'training',
]);

function dayIn(random: Random, period: Period, asOf: string): string {
  const first = toEpochDay(period.start);
  const last = Math.min(toEpochDay(period.end), toEpochDay(asOf));
  return fromEpochDay(random.int(first, last));
}

/**
 * Activities for every ended period each rule is due in for each subject, up to `asOf`; about one
 * subject in seven (in three when there are few) misses one to three periods of rules only it can fill (planted).
 * The running period gets nothing yet: it shows as open, as a real month in progress does.
 */
export function demoActivities(
  subjects: readonly DemoSubject[],
  rules: readonly ObligationRule[],
  asOf: string,
  seed = 'lingyan-obligations',
): { activities: DemoActivity[]; planted: PlantedMiss[] } {
  const random = createRandom(seed);
  const activities: DemoActivity[] = [];
  const planted: PlantedMiss[] = [];
  // Counted per kind: one in seven of a county's pairings, every second one of a small county's.
  const ofKind = (kind: string) => subjects.filter((s) => s.kind === kind);
  subjects.forEach((subject) => {
    const peers = ofKind(subject.kind);
    const index = peers.indexOf(subject);
    const laggardEvery = peers.length >= 21 ? 7 : 2;
    const due = rules
      .filter((r) => r.subjectKind === subject.kind)
      .flatMap((rule) =>
        duePeriods(rule, subject, asOf)
          .filter((p) => p.end < asOf)
          .map((period) => ({ rule, period })),
      );
    const skip = new Set<string>();
    if (index % laggardEvery === laggardEvery - 1) {
      const candidates = due.filter((d) => PLANTABLE.has(d.rule.activityType));
      const misses = Math.min(candidates.length, 1 + (index % 3));
      for (const i of random.sample(candidates.length, misses)) {
        const d = candidates[i];
        if (!d) continue;
        skip.add(`${d.rule.code}|${d.period.key}`);
        planted.push({ subjectId: subject.id, ruleCode: d.rule.code, periodKey: d.period.key });
      }
    }
    for (const { rule, period } of due) {
      if (skip.has(`${rule.code}|${period.key}`)) continue;
      for (let n = 0; n < rule.atLeast; n++) {
        const visits = ['visit', 'livelihoodMatter', 'courtyard', 'researchVisit'].includes(
          rule.activityType,
        );
        const participants =
          rule.role === 'teamLeader' && subject.leaderId
            ? [subject.leaderId]
            : subject.memberIds.length > 0
              ? [random.pick(subject.memberIds)]
              : [];
        activities.push({
          subjectKind: subject.kind,
          subjectId: subject.id,
          village: subject.village,
          activityType: rule.activityType,
          occurredOn: dayIn(random, period, asOf),
          title: random.pick(TITLES[rule.activityType] ?? [rule.name]),
          participantIds: participants,
          householdIds:
            visits && subject.householdIds.length > 0 ? [random.pick(subject.householdIds)] : [],
        });
      }
    }
  });
  return { activities, planted };
}

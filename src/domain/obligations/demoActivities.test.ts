import { describe, expect, it } from 'vitest';
import { bucketKey, bucketOf, compliance, TallyIndex, type Tally } from './compliance.ts';
import { demoActivities, type DemoSubject } from './demoActivities.ts';
import { presetRules } from './rules.ts';

const rules = presetRules();

const subjects: DemoSubject[] = Array.from({ length: 30 }, (_, i) => ({
  id: `p${i}`,
  kind: i < 24 ? 'pairing' : 'village',
  village: `4105991012${String(i).padStart(2, '0')}`,
  activeFrom: '2026-01-01',
  activeTo: null,
  leaderId: `leader${i}`,
  memberIds: [`member${i}`],
  householdIds: [`h${i}a`, `h${i}b`],
}));

describe('demo activities', () => {
  it('leave exactly the planted misses short, and nothing else', () => {
    const asOf = '2026-12-04';
    const { activities, planted } = demoActivities(subjects, rules, asOf);
    expect(planted.length).toBeGreaterThan(3);
    expect(activities.every((a) => a.occurredOn <= asOf && a.occurredOn >= '2026-01-01')).toBe(
      true,
    );
    const tallies = new Map<string, Tally>();
    for (const a of activities)
      for (const bucket of [bucketOf('week'), bucketOf('month')]) {
        const key = bucketKey(a.occurredOn, bucket);
        const k = `${a.subjectId}|${a.activityType}|${bucket}|${key}`;
        const t = tallies.get(k) ?? {
          subjectId: a.subjectId,
          activityType: a.activityType,
          bucket,
          key,
          count: 0,
          withRole: 0,
        };
        t.count += 1;
        if (a.participantIds.includes(`leader${a.subjectId.slice(1)}`)) t.withRole += 1;
        tallies.set(k, t);
      }
    const clipped = subjects.map((s) => ({ ...s, activeTo: '2026-12-31' }));
    const rows = compliance(rules, clipped, new TallyIndex(tallies.values()), asOf);
    const short = rows
      .filter((r) => r.status === 'short')
      .map((r) => `${r.subjectId}|${r.ruleCode}|${r.period.key}`)
      .sort();
    expect(short).toEqual(planted.map((p) => `${p.subjectId}|${p.ruleCode}|${p.periodKey}`).sort());
  });
});

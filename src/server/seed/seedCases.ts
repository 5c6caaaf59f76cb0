import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../domain/access/policy.ts';
import { accountRoles, accounts, open311Keys, units } from '../db/schema/index.ts';
import { actOnCase } from '../modules/cases/actions.ts';
import { createCase } from '../modules/cases/intake.ts';
import { recordSweep } from '../modules/cases/disputeSweeps.ts';
import { createOpen311Key, hashApiKey } from '../modules/cases/open311Keys.ts';
import { transaction, type Ctx } from '../platform/context.ts';

/** Demo only: the Open311 key the README and the conformance tests use. Real keys are random and shown once. */
export const DEMO_OPEN311_KEY = 'demo-open311-key';

export async function actorOf(ctx: Ctx, username: string): Promise<Actor | null> {
  const [account] = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.username, username));
  if (!account) return null;
  const roles = await ctx.db
    .select()
    .from(accountRoles)
    .where(eq(accountRoles.accountId, account.id));
  return {
    accountId: account.id,
    username,
    grants: roles.map((r) => ({
      role: r.role as Actor['grants'][number]['role'],
      scope: r.scope,
      regionCode: r.regionCode,
    })),
  };
}

/**
 * A few realistic cases in the model village (振兴村) and the demo Open311 key, written through the
 * same services as the API. Runs once: the key marks it done, so a restart adds nothing.
 */
export async function seedCases(ctx: Ctx): Promise<void> {
  // One transaction: a start killed half-way leaves nothing, so the next start seeds it whole.
  await transaction(ctx, (tx) => seedCasesIn(tx));
}

async function seedCasesIn(ctx: Ctx): Promise<void> {
  const [done] = await ctx.db
    .select({ id: open311Keys.id })
    .from(open311Keys)
    .where(eq(open311Keys.keyHash, hashApiKey(DEMO_OPEN311_KEY)));
  if (done) return;
  const [county, villager, member, cadre] = await Promise.all(
    ['county', 'villager', 'member', 'village1'].map((u) => actorOf(ctx, u)),
  );
  if (!county || !villager || !member || !cadre) return; // not a demo database
  const as = (actor: Actor): Ctx => ({ ...ctx, actor });
  const village = cadre.grants[0]?.regionCode;
  if (!village) return;
  const [villagerPerson] = await ctx.db
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(eq(accounts.username, 'villager'));

  const road = await createCase(as(villager), {
    typeCode: 'road',
    title: '村东头路灯不亮',
    description: '村东头通往学校的三盏路灯坏了一周，晚上孩子放学路黑。',
    channel: 'app',
    place: '村东头学校路口',
    fields: {},
  });
  await actOnCase(as(member), road.id, { type: 'start', note: '已联系电工，明天上午来修' });
  const pension = await createCase(as(villager), {
    typeCode: 'svc-10',
    title: '母亲养老保险待遇资格认证',
    description: '母亲行动不便，想请村里代办今年的资格认证。',
    channel: 'app',
    fields: {},
  });
  await actOnCase(as(cadre), pension.id, { type: 'resolve', note: '已上门完成人脸认证' });
  if (villagerPerson?.personId) {
    await createCase(as(cadre), {
      typeCode: 'dispute',
      title: '两户宅基地边界纠纷',
      description: '邻里两户因院墙位置发生争执。',
      channel: 'walk_in',
      requesterPersonId: villagerPerson.personId,
      fields: { disputeType: '宅基地' },
      parties: [
        { name: '申请人', role: 'applicant' },
        { name: '邻户', role: 'respondent' },
      ],
    });
    await createCase(as(cadre), {
      typeCode: 'opinion',
      title: '建议增设农村公交站点',
      description: '接待日群众反映：村口到镇上没有公交站，老人就医不便。',
      channel: 'reception_day',
      requesterPersonId: villagerPerson.personId,
      fields: { category: '民生' },
    });
  }
  const wish = await createCase(as(villager), {
    typeCode: 'wish',
    title: '想给孙子买一套课外书',
    description: '孙子上三年级，家里没有课外书。',
    channel: 'app',
    fields: { budget: 150 },
  });
  await actOnCase(as(member), wish.id, { type: 'claim', team: '红色志愿服务队' });
  const [unit] = await ctx.db
    .select({ id: units.id })
    .from(units)
    .where(
      and(eq(units.countyCode, village.slice(0, 6)), inArray(units.kind, ['agency', 'stateOwned'])),
    )
    .limit(1);
  if (villagerPerson?.personId) {
    const matter = await createCase(as(cadre), {
      typeCode: 'matter',
      title: '村卫生室修缮',
      description: '卫生室屋顶漏雨，需要修缮。',
      channel: 'visit',
      requesterPersonId: villagerPerson.personId,
      fields: {},
    });
    if (unit) await actOnCase(as(cadre), matter.id, { type: 'claim', unitId: unit.id });
  }
  await recordSweep(as(cadre), {
    regionCode: village,
    sweptOn: ctx.clock().toISOString().slice(0, 10),
    personTimes: 36,
    found: 2,
    resolved: 2,
    note: '“六防六促”月度排查',
  });
  await createOpen311Key(
    as(county),
    { name: '演示 Open311 客户端 / demo client', county: village.slice(0, 6) + '000000' },
    DEMO_OPEN311_KEY,
  );
}

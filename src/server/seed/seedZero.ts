import { shanghaiDate } from '../../domain/time/shanghai.ts';
import { zeroEvents } from '../db/schema/index.ts';
import { recordSweep } from '../modules/cases/disputeSweeps.ts';
import { acceptZeroYear } from '../modules/zero/accept.ts';
import { recordZeroEvent } from '../modules/zero/recordEvent.ts';
import { transaction, type Ctx } from '../platform/context.ts';
import { actorOf } from './seedCases.ts';

/**
 * 三零 records and 排查 sweeps of the demo township, written through the services as the API does,
 * so the 三零 and 平安法治星 figures read non-trivial records: the model village (village1) swept
 * twice and stayed at zero (last year accepted by the county); its neighbour (village2) had an
 * accident and a petition. Runs once: the events mark it done.
 */
export async function seedZero(ctx: Ctx): Promise<void> {
  await transaction(ctx, async (tx) => {
    const [done] = await tx.db.select({ id: zeroEvents.id }).from(zeroEvents).limit(1);
    if (done) return;
    const [county, model, neighbour] = await Promise.all(
      ['county', 'village1', 'village2'].map((u) => actorOf(tx, u)),
    );
    const village1 = model?.grants[0]?.regionCode;
    const village2 = neighbour?.grants[0]?.regionCode;
    if (!county || !model || !neighbour || !village1 || !village2) return; // not a demo database
    const today = shanghaiDate(tx.clock());
    const year = Number(today.slice(0, 4));
    // Earlier days of this year, never after today (a demo started on 1 January uses today).
    const day = (monthDay: string) =>
      `${year}-${monthDay}` <= today ? `${year}-${monthDay}` : today;
    const as = (actor: typeof model): Ctx => ({ ...tx, actor });

    await recordSweep(as(model), {
      regionCode: village1,
      sweptOn: day('03-15'),
      personTimes: 42,
      found: 18,
      resolved: 18,
      note: '春耕前土地边界排查，当场调处',
    });
    await recordSweep(as(neighbour), {
      regionCode: village2,
      sweptOn: day('06-20'),
      personTimes: 28,
      found: 5,
      resolved: 4,
      note: '“六防六促”排查，一起宅基地纠纷转为调解案件',
    });
    await recordZeroEvent(as(neighbour), {
      regionCode: village2,
      kind: 'accident',
      occurredOn: day('08-09'),
      description: '麦收期间农用三轮车侧翻，一人轻伤',
    });
    await recordZeroEvent(as(neighbour), {
      regionCode: village2,
      kind: 'petition',
      occurredOn: day('09-18'),
      description: '一户因征地补偿越级到市信访',
    });
    await acceptZeroYear(as(county), {
      regionCode: village1,
      year: year - 1,
      accepted: true,
      comment: '全年无越级上访、无安全事故、无刑事案件，验收通过',
    });
  });
}

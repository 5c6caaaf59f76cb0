import type { UnionEventKind } from '../../../domain/unions/forms.ts';
import { unionEvents } from '../../db/schema/index.ts';
import { requireActor, type Ctx } from '../../platform/context.ts';
import { uuidv7 } from '../../platform/uuidv7.ts';

/** One line of a union's history, written in the change's own transaction. */
export async function recordUnionEvent(
  tx: Ctx,
  union: { id: string; regionCode: string; countyCode: string },
  kind: UnionEventKind,
  detail: Record<string, unknown>,
): Promise<void> {
  const at = tx.clock();
  const { regionCode, countyCode } = union;
  const actorId = requireActor(tx).accountId;
  const id = uuidv7(at.getTime());
  await tx.db
    .insert(unionEvents)
    .values({ id, unionId: union.id, kind, at, actorId, detail, regionCode, countyCode });
}

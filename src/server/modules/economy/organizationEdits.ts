import { eq } from 'drizzle-orm';
import { shanghaiDate } from '../../../domain/time/shanghai.ts';
import { economyOrganizations } from '../../db/schema/index.ts';
import { patchAudited } from '../../platform/auditedWrite.ts';
import { transaction, type Ctx } from '../../platform/context.ts';
import { AppError, validationError } from '../../platform/errors.ts';
import { moveStatusAudited } from '../../platform/statusMove.ts';
import { DISSOLVE_ACTION } from './organizationDissolutions.ts';
import type { Dissolution, OrganizationPatch } from './organizationSchema.ts';
import { organizationView } from './organizationViews.ts';
import { nameTaken, orgForWrite, unionInTownship } from './organizations.ts';

// An economic organization's corrections (name, registration day, the union a 联建公司 serves) and
// its 注销 (dissolution: status → dissolved with a day and a reason). Both only while it is active,
// by those who write it (organizations.ts orgForWrite: 404 out of scope, 403, 409 dissolved).

const fail = (path: string, message: string) => validationError([{ path, message }]);

/** Corrects an active organization's name, registration day or union; audited with the fields. */
export async function editOrganization(ctx: Ctx, id: string, patch: OrganizationPatch) {
  return transaction(ctx, async (tx) => {
    const org = await orgForWrite(tx, id);
    const today = shanghaiDate(tx.clock());
    if (patch.registeredOn !== undefined && patch.registeredOn > today)
      throw fail('body.registeredOn', 'not in the future');
    if (patch.unionId) {
      if (org.kind !== 'unionCompany')
        throw fail('body.unionId', 'only a 联建公司 (unionCompany) serves a union');
      await unionInTownship(tx, patch.unionId, org.regionCode);
    }
    if (patch.name !== undefined && (await nameTaken(tx, org.regionCode, patch.name, org.id)))
      throw new AppError(
        'CONFLICT',
        {
          zh: `body.name: 已有名为「${patch.name}」的经济组织`,
          en: `body.name: an organization named “${patch.name}” is already registered here`,
        },
        { issues: [{ path: 'body.name', message: 'already the name of another organization' }] },
      );
    const row = await patchAudited(
      tx,
      {
        table: economyOrganizations,
        where: eq(economyOrganizations.id, org.id),
        load: async () => {
          const [after] = await tx.db
            .select()
            .from(economyOrganizations)
            .where(eq(economyOrganizations.id, org.id));
          if (!after) throw new Error('unreachable: the organization was just updated');
          return after;
        },
      },
      {
        action: 'economy.organization.edit',
        objectType: 'economyOrganization',
        objectId: org.id,
        patch,
        before: org,
      },
    );
    return organizationView(tx, row);
  });
}

/**
 * 注销: the organization is dissolved on a day (not before it was registered, not in the future)
 * for a reason. It stays in the lists, marked; it takes no new members, bindings, orders, land
 * transfers or dividend runs. The day and reason are kept in the event (organizationDissolutions.ts).
 */
export async function dissolveOrganization(ctx: Ctx, id: string, body: Dissolution) {
  return transaction(ctx, async (tx) => {
    const org = await orgForWrite(tx, id);
    if (body.dissolvedOn > shanghaiDate(tx.clock()))
      throw fail('body.dissolvedOn', 'not in the future');
    if (body.dissolvedOn < org.registeredOn)
      throw fail(
        'body.dissolvedOn',
        `before the organization was registered (${org.registeredOn})`,
      );
    const now = tx.clock();
    await moveStatusAudited(
      tx,
      economyOrganizations,
      org,
      { status: 'dissolved', updatedAt: now },
      {
        action: DISSOLVE_ACTION,
        objectType: 'economyOrganization',
        after: body,
        // the log keeps digests of before/after; the day and reason are read in the clear
        detail: { dissolvedOn: body.dissolvedOn, reason: body.reason },
      },
    );
    const after = { ...org, status: 'dissolved', updatedAt: now };
    // the event is written at commit, so this answer names the day and reason itself
    return { ...(await organizationView(tx, after)), dissolution: body };
  });
}

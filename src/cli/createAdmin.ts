import { eq } from 'drizzle-orm';
import { parseRegionCode } from '../domain/region/regionCode.ts';
import { checkPassword } from '../domain/auth/passwordPolicy.ts';
import { appendAudit } from '../server/audit/appendAudit.ts';
import { loadConfig } from '../server/config.ts';
import { accounts, regions } from '../server/db/schema/index.ts';
import { insertAccount } from '../server/modules/accounts/insertAccount.ts';
import { regionRow } from '../server/modules/regions/regionRow.ts';
import { hashPassword } from '../server/modules/auth/passwords.ts';
import { transaction } from '../server/platform/context.ts';
import { openRuntime, systemCtx } from '../server/runtime.ts';
import { parseOptions } from './args.ts';

/**
 * `lingyan create-admin`: the first county admin of a non-demo install. The password comes from
 * LINGYAN_ADMIN_PASSWORD so it never lands in shell history.
 */
export async function runCreateAdmin(argv: string[]): Promise<number> {
  const { options } = parseOptions(argv);
  const username = options.get('username');
  const region = options.get('region');
  const password = process.env.LINGYAN_ADMIN_PASSWORD;
  if (typeof username !== 'string' || typeof region !== 'string') {
    process.stderr.write(
      'usage: lingyan create-admin --username NAME --region CODE [--region-name NAME] [--display-name NAME]\n',
    );
    return 2;
  }
  const parsed = parseRegionCode(region);
  if (!parsed.ok) {
    process.stderr.write(`--region ${region}: ${parsed.reason}\n`);
    return 2;
  }
  const config = loadConfig();
  if (!password || checkPassword(password, config.password, username).length > 0) {
    process.stderr.write(
      'set LINGYAN_ADMIN_PASSWORD to a password of at least 8 characters that is not a common one\n',
    );
    return 2;
  }
  const runtime = await openRuntime(config);
  try {
    const ctx = systemCtx(runtime, 'cli:create-admin');
    const passwordHash = await hashPassword(password);
    await transaction(ctx, async (tx) => {
      const [taken] = await tx.db
        .select({ id: accounts.id })
        .from(accounts)
        .where(eq(accounts.username, username));
      if (taken) throw new Error(`username ${username} already exists`);
      const now = ctx.clock();
      const [existing] = await tx.db
        .select({ code: regions.code })
        .from(regions)
        .where(eq(regions.code, region));
      if (!existing) {
        const name = options.get('region-name');
        if (typeof name !== 'string')
          throw new Error(`region ${region} does not exist yet: give --region-name to create it`);
        await tx.db.insert(regions).values(regionRow({ code: region, name }, now));
      }
      const displayName = options.get('display-name');
      const id = await insertAccount(
        tx.db,
        tx.cipher,
        {
          username,
          displayName: typeof displayName === 'string' ? displayName : username,
          passwordHash,
          roles: [{ role: 'county_admin', scope: region }],
        },
        now,
      );
      await appendAudit(tx, {
        action: 'account.create_admin',
        objectType: 'account',
        objectId: id,
        regionCode: region,
        actorUsername: 'cli',
      });
    });
    process.stdout.write(`created county_admin ${username} for ${region}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  } finally {
    await runtime.close();
  }
}

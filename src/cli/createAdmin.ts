import { parseRegionCode } from '../domain/region/regionCode.ts';
import { checkPassword } from '../domain/auth/passwordPolicy.ts';
import { loadConfig } from '../server/config.ts';
import { createFirstAdmin } from '../server/modules/accounts/firstAdmin.ts';
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
    const regionName = options.get('region-name');
    const displayName = options.get('display-name');
    await createFirstAdmin(systemCtx(runtime, 'cli:create-admin'), {
      username,
      region,
      password,
      ...(typeof regionName === 'string' ? { regionName } : {}),
      ...(typeof displayName === 'string' ? { displayName } : {}),
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

import { loadConfig, type AuditCheckpointConfig } from '../server/config.ts';
import { KeyRefusedError } from '../server/crypto/masterKey.ts';
import { DataDirLockedError } from '../server/db/dataDirLock.ts';
import { demoCountySmall } from '../domain/directory/demoCounty/options.ts';
import { failInterruptedJobs } from '../server/platform/jobs/runJob.ts';
import { runInBackground } from '../server/db/workPriority.ts';
import { openRuntime, serve, systemCtx } from '../server/runtime.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../server/seed/demoAccounts.ts';
import { seedDemoCounty, type DemoSeeding } from '../server/seed/seedDemo.ts';
import { parseOptions } from './args.ts';
import { e2eClockFromEnv } from './e2eClock.ts';
import { DEMO_UNIT_USERNAME } from '../server/seed/seedObligations.ts';
import { DEMO_UNION_USERNAME } from '../server/seed/seedUnions.ts';

function banner(
  url: string,
  demo: boolean,
  db: string,
  keyInData: boolean,
  checkpoints: string,
  replicaNote: string | null,
): string {
  const lines = [
    ``,
    `  领雁 Lingyan 已启动 / is running: ${url}`,
    `  数据库 / database: ${db}`,
    `  API 文档 / docs: ${url}/api/docs`,
    `  审计检查点 / audit checkpoints: ${checkpoints}`,
  ];
  if (replicaNote) lines.push(`  只读副本 / read replica: ${replicaNote}`);
  if (keyInData)
    lines.push(
      `  !! 主密钥保存在数据目录内（DATA_DIR/keys/master.key）：数据目录的副本即可解密身份证号和手机号。`,
      `     正式使用请用 LINGYAN_MASTER_KEY 或 LINGYAN_MASTER_KEY_FILE 把密钥放在数据目录之外（见 docs/SECURITY.md）。`,
      `  !! The master key sits inside DATA_DIR: a copy of the data folder decrypts ID and phone numbers.`,
      `     In production keep it outside with LINGYAN_MASTER_KEY or LINGYAN_MASTER_KEY_FILE (docs/SECURITY.md).`,
    );
  if (demo) {
    lines.push(``, `  演示账号 / demo accounts (密码 password: ${DEMO_PASSWORD})`);
    for (const a of DEMO_ACCOUNTS)
      lines.push(`    ${a.username.padEnd(9)} ${a.role.padEnd(15)} ${a.displayName}`);
    // Bound to a unit, not a place: created once the demo's pairings exist (seedObligations.ts).
    lines.push(
      `    ${DEMO_UNIT_USERNAME.padEnd(9)} ${'unit_staff'.padEnd(15)} 结对单位干部（组长），演示数据加载完成后可用 / once the demo has loaded`,
      `    ${DEMO_UNION_USERNAME.padEnd(9)} ${'union_cadre'.padEnd(15)} 联建干部（第一个跨村联建），演示数据加载完成后可用 / once the demo has loaded`,
    );
    lines.push(
      ``,
      `  打开浏览器访问上面的地址，用任一演示账号登录。/ Open the address above and log in with any demo account.`,
    );
  }
  return lines.join('\n') + '\n';
}

const checkpointTargets = (c: AuditCheckpointConfig): string =>
  [c.file, c.url].filter(Boolean).join(' + ') ||
  '无（LINGYAN_AUDIT_CHECKPOINT_FILE=off）/ none: a cut audit tail would go unseen';

export async function runServe(argv: string[]): Promise<number> {
  const { options } = parseOptions(argv);
  const config = loadConfig();
  let runtime;
  const testClock = e2eClockFromEnv(process.env);
  if (testClock)
    process.stdout.write(
      '  !! 测试时钟已启用（仅限浏览器测试）/ TEST CLOCK ENABLED (browser tests only: LINGYAN_E2E_CLOCK_FILE)\n',
    );
  try {
    runtime = await openRuntime(config, testClock ?? undefined);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\n`);
      return 3;
    }
    if (error instanceof KeyRefusedError) {
      process.stderr.write(`无法启动 / cannot start: ${error.message}\n`);
      return 4;
    }
    throw error;
  }
  if (options.has('migrate-only')) {
    await runtime.close();
    process.stdout.write('migrations applied\n');
    return 0;
  }
  const interrupted = await failInterruptedJobs(systemCtx(runtime, 'system:start'));
  if (interrupted > 0)
    process.stdout.write(
      `  ${interrupted} 个后台任务因重启中断 / background jobs interrupted by the restart\n`,
    );
  const demo = options.has('demo') || process.env.LINGYAN_DEMO === '1';
  const log = (line: string) => process.stdout.write(`${line}\n`);
  let seeding: DemoSeeding = { loadRest: null };
  if (demo)
    seeding = await seedDemoCounty(
      runtime,
      log,
      process.env.LINGYAN_DEMO_SIZE === 'small' ? demoCountySmall : {},
    );
  await serve(runtime);
  const url = `http://${config.host}:${config.port}`;
  process.stdout.write(
    banner(
      url,
      demo,
      runtime.deps.database.kind,
      runtime.keySource === 'dataDir',
      checkpointTargets(runtime.deps.config.auditCheckpoints),
      runtime.replicaNote ?? null,
    ),
  );
  process.stdout.write(`Lingyan listening on ${url}\n`);
  // Background work: every request waiting for the embedded database goes before its next slice.
  const loadRest = seeding.loadRest;
  if (loadRest)
    runInBackground(loadRest).catch((error: unknown) =>
      log(
        `  演示数据加载中断，下次启动将继续 / demo load interrupted, resumes at next start: ${(error as Error).message}`,
      ),
    );
  return 0;
}

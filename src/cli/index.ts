import { runAuditVerify } from './auditVerify.ts';
import { runCreateAdmin } from './createAdmin.ts';
import { runServe } from './serve.ts';

const USAGE = `领雁 Lingyan CLI

  lingyan serve [--demo]          start the platform (PORT, HOST, DATA_DIR, DATABASE_URL)
  lingyan migrate                 apply database migrations and exit
  lingyan audit verify            check the audit chains (links, hashes, seals) against the latest
                                  checkpoint; exit 1 naming each broken row or cut chain
  lingyan keys rotate --new-key-file PATH
                                  re-encrypt every encrypted field under a new master key (resumable)
  lingyan create-admin --username NAME --region CODE [--region-name NAME] [--display-name NAME]
                                  create the first county admin (password from LINGYAN_ADMIN_PASSWORD)
  lingyan gen [--small] [--seed S] [--villages N] [--people-per-village N] [--counties N]
                                  write the demo county into an empty database (COPY)
  lingyan plan unions|pmedian|pairings …   planners (see docs)
  lingyan insights rebuild|fold   rebuild the dashboards' roll-ups from the records, or fold new changes
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return runServe(rest);
    case 'migrate':
      return runServe(['--migrate-only']);
    case 'audit':
      if (rest[0] === 'verify') return runAuditVerify();
      break;
    case 'keys': {
      const { runKeysCommand } = await import('./keys.ts');
      return runKeysCommand(rest);
    }
    case 'gen': {
      const { runGen } = await import('./gen.ts');
      return runGen(rest);
    }
    case 'create-admin':
      return runCreateAdmin(rest);
    case 'plan': {
      const { runPlanCommand } = await import('./plan.ts');
      return runPlanCommand(rest);
    }
    case 'insights': {
      const { runInsightsCommand } = await import('./insights.ts');
      return runInsightsCommand(rest);
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return 0;
  }
  process.stderr.write(`unknown command: ${argv.join(' ')}\n\n${USAGE}`);
  return 2;
}

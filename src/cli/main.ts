import { Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { roles } from '../core/permissions.ts';
import { openDatabase } from '../db/open.ts';
import { demoCommand } from './demo.ts';
import { importRevenueCommand } from './import-revenue.ts';
import { addUserCommand } from './user-add.ts';

/** The `kontor` command: works on the same database as the server, whether or not it runs. */
const program = new Command('kontor').description('Kontor, the open-source Key Account Management platform');

async function withDatabase(run: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>) {
  const database = await openDatabase(loadConfig(), 'cli');
  try {
    await run(database);
  } finally {
    await database.close();
  }
}

program
  .command('migrate')
  .description('Bring the database schema up to date (the server also does this on start)')
  .action(() =>
    withDatabase(async (database) => {
      console.log(`Database is up to date (${database.description}).`);
    }),
  );

const user = program.command('user').description('Manage users');
user
  .command('add')
  .description('Add a user; creates the workspace when there is none yet')
  .requiredOption('--email <email>', 'e-mail address (the login)')
  .requiredOption('--name <name>', 'full name')
  .requiredOption('--password <password>', 'first password (at least 10 characters)')
  .addOption(new Option('--role <role>', 'role').choices(roles).default('admin'))
  .option('--workspace <name>', 'workspace name (default: the only one, or "Kontor" for a new one)')
  .option('--locale <locale>', 'de or en', 'de')
  .action((options) => withDatabase((database) => addUserCommand(database.db, options)));

const importCommand = program.command('import').description('Bring data in');
importCommand
  .command('revenue <file>')
  .description('Import invoice lines (CSV or XLSX) for the portfolio analysis; all lines or none')
  .option('--map <field=Header...>', 'map a field to a column, e.g. --map netRevenue=Umsatz', [])
  .option('--create-accounts', 'create accounts for unknown customer numbers', false)
  .option('--as <email>', 'act as this user (default: the first admin)')
  .option('--workspace <name>', 'the workspace, when there are several')
  .option('--currency <code>', 'currency of files without a currency column', 'EUR')
  .action((file, options) =>
    withDatabase((database) =>
      importRevenueCommand(database.db, file, {
        ...options,
        maxMb: loadConfig().importMaxBytes / 1024 / 1024,
      }),
    ),
  );

program
  .command('demo')
  .description(
    'Fill a demo workspace: accounts, contacts, two years of revenue, key accounts and their relationship work, one user per role',
  )
  .option('--accounts <n>', 'number of accounts', '600')
  .action((options) =>
    withDatabase((database) =>
      demoCommand(database.db, {
        accounts: Number(options.accounts),
        importMaxBytes: loadConfig().importMaxBytes,
      }),
    ),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

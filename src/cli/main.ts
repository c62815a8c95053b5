import { Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { roles } from '../core/permissions.ts';
import { openDatabase } from '../db/open.ts';
import { demoCommand } from './demo.ts';
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

program
  .command('demo')
  .description('Fill a demo workspace with realistic accounts, contacts and one user per role')
  .option('--accounts <n>', 'number of accounts', '600')
  .action((options) => withDatabase((database) => demoCommand(database.db, Number(options.accounts))));

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

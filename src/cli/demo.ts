import type { Queryable } from '../db/client.ts';
import { createDemoWorkspace } from '../features/demo/demo.service.ts';

export async function demoCommand(db: Queryable, accountCount: number) {
  if (!Number.isInteger(accountCount) || accountCount < 1 || accountCount > 100_000) {
    throw new Error('--accounts must be a whole number from 1 to 100000');
  }
  const started = Date.now();
  const result = await createDemoWorkspace(db, accountCount);
  if (result.created) {
    console.log(
      `Created "${result.workspaceName}": ${result.accounts} accounts, ${result.contacts} contacts (${((Date.now() - started) / 1000).toFixed(1)} s).`,
    );
  } else {
    console.log(`"${result.workspaceName}" already exists; nothing changed.`);
  }
  console.log(`\nSign in with any of these (password: ${result.password}):`);
  for (const user of result.users) console.log(`  ${user.role.padEnd(20)} ${user.email}`);
}

import { systemClock } from '../core/clock.ts';
import type { Db } from '../db/client.ts';
import { createDemoWorkspace } from '../demo/demo.service.ts';

export async function demoCommand(db: Db, options: { accounts: number; importMaxBytes: number }) {
  if (!Number.isInteger(options.accounts) || options.accounts < 1 || options.accounts > 100_000) {
    throw new Error('--accounts must be a whole number from 1 to 100000');
  }
  const started = Date.now();
  const result = await createDemoWorkspace(db, systemClock, options);
  if (result.created) {
    console.log(
      `Created "${result.workspaceName}" (${((Date.now() - started) / 1000).toFixed(1)} s): ${result.accounts} accounts, ${result.contacts} contacts, ${result.revenueLines} revenue lines imported, ${result.keyAccounts} key accounts, ${result.interactions} interactions, ${result.visits} visits.`,
    );
  } else {
    console.log(`"${result.workspaceName}" already exists; nothing changed.`);
  }
  console.log(`\nSign in with any of these (password: ${result.password}):`);
  for (const user of result.users) console.log(`  ${user.role.padEnd(20)} ${user.email}`);
}

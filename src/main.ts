import { loadConfig } from './config.ts';
import { openDatabase } from './db/open.ts';
import { acquireServerLock, DataDirInUseError } from './db/server-lock.ts';
import { buildApp } from './http/app.ts';

/** `npm start`: one process serving the API and the web app, on the embedded or an external PostgreSQL. */
async function main() {
  const config = loadConfig();
  const releaseLock = config.databaseUrl ? async () => undefined : await acquireServerLock(config.dataDir);
  const database = await openDatabase(config, 'server');
  const app = await buildApp(database.db, config);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: stopping`);
    await app.close();
    await database.close();
    await releaseLock();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(`Kontor is running at http://${shown}:${config.port} (data: ${database.description})`);
}

main().catch((error: unknown) => {
  if (error instanceof DataDirInUseError) console.error(error.message);
  else console.error('Kontor could not start:', error);
  process.exit(1);
});

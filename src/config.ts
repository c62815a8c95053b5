import path from 'node:path';
import { z } from 'zod';

/** Every setting Kontor reads from the environment; README.md documents each one. */
const ZEnvironment = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Only this machine by default: a laptop's Kontor (and its first-start onboarding) must not be
  // reachable from the café's network. Servers and containers set HOST=0.0.0.0.
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z.string().url().optional(),
  KONTOR_DATA_DIR: z.string().min(1).default('./data'),
  KONTOR_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  KONTOR_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  KONTOR_SECURE_COOKIES: z.enum(['auto', 'true', 'false']).default('auto'),
  KONTOR_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  // Empty, as compose templates often leave it, means not set.
  KONTOR_PUBLIC_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url({ protocol: /^https?$/ }).optional(),
  ),
  KONTOR_IMPORT_MAX_MB: z.coerce.number().int().min(1).max(100_000).default(1024),
  KONTOR_MATERIAL_MAX_MB: z.coerce.number().int().min(1).max(1024).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  dbPoolSize: number;
  sessionDays: number;
  secureCookies: 'auto' | 'true' | 'false';
  trustProxy: boolean;
  /** Where users reach Kontor (`https://kontor.example.com`), for links it hands out; else the request's. */
  publicUrl: string | undefined;
  logLevel: string;
  importMaxBytes: number;
  /** The largest file a visit's material may be. */
  materialMaxBytes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnvironment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.KONTOR_DATA_DIR),
    dbPoolSize: e.KONTOR_DB_POOL_SIZE,
    sessionDays: e.KONTOR_SESSION_DAYS,
    secureCookies: e.KONTOR_SECURE_COOKIES,
    trustProxy: e.KONTOR_TRUST_PROXY === 'true',
    publicUrl: e.KONTOR_PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    importMaxBytes: e.KONTOR_IMPORT_MAX_MB * 1024 * 1024,
    materialMaxBytes: e.KONTOR_MATERIAL_MAX_MB * 1024 * 1024,
  };
}

import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Clock } from '../../src/core/clock.ts';
import { connect, type Database } from '../../src/db/client.ts';
import { buildApp } from '../../src/http/app.ts';

/** A fresh, migrated database of its own on the run's PostgreSQL server: a copy of the template. */
export async function freshDatabase(): Promise<Database & { url: string }> {
  const serverUrl = inject('serverUrl');
  const name = `kontor_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = connect(url.toString(), 5);
  return { ...database, url: url.toString() };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/**
 * The real app (routes, services, PostgreSQL) on a fresh database, driven by HTTP injection;
 * `environment` sets what an operator would (KONTOR_PUBLIC_URL, …); `clock` fixes "now" for a
 * test of what is due today (see test-clock.ts), else the app runs on the system's time.
 */
export async function createTestApp(
  environment: NodeJS.ProcessEnv = {},
  options: { clock?: Clock } = {},
): Promise<TestApp> {
  const database = await freshDatabase();
  const config = {
    ...loadConfig({ LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', ...environment }),
    databaseUrl: database.url,
  };
  const app = await buildApp(database.db, config, options);
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export interface Client {
  /** The Cookie header this client sends, for raw requests. */
  cookie: string | undefined;
  /** A Buffer body goes as it is, with `contentType`; anything else as JSON. */
  request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    contentType?: string,
  ): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body: unknown): Promise<Response>;
  put(url: string, body: unknown): Promise<Response>;
  delete(url: string): Promise<Response>;
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON they expect; a wrong guess fails the assertion.
  body: any;
}

/** An HTTP client for the app, signed in by cookie or token (or anonymous). */
export function clientFor(
  app: FastifyInstance,
  credentials: { cookie?: string; token?: string } = {},
): Client {
  const request = async (
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    contentType?: string,
  ): Promise<Response> => {
    const headers: Record<string, string> = {};
    if (contentType) headers['content-type'] = contentType;
    if (credentials.cookie) {
      headers.cookie = credentials.cookie;
      // As a browser on Kontor's own pages says; a foreign page's request would say cross-site.
      headers['sec-fetch-site'] = 'same-origin';
    }
    if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
    const response = await app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const type = String(response.headers['content-type'] ?? '');
    return {
      status: response.statusCode,
      headers: response.headers,
      body: type.includes('json') ? response.json() : response.body,
    };
  };
  return {
    cookie: credentials.cookie,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body),
    put: (url, body) => request('PUT', url, body),
    delete: (url) => request('DELETE', url),
  };
}

import type { APIRequestContext } from 'playwright-core';

export const admin = {
  workspaceName: 'Schwarzwald Maschinenbau AG',
  name: 'Katrin Vogel',
  email: 'katrin.vogel@example.com',
  password: 'Sicher-und-lang-2026',
};

/**
 * Signs the request context in as the e2e admin: sets up the workspace when the database is fresh,
 * otherwise logs in (several files share one database when DATABASE_URL is given).
 */
export async function signInByApi(request: APIRequestContext, baseUrl: string): Promise<void> {
  const setup = await request.get(`${baseUrl}/api/v1/setup`);
  const { needed } = (await setup.json()) as { needed: boolean };
  const response = needed
    ? await request.post(`${baseUrl}/api/v1/setup`, { data: { ...admin, locale: 'de' } })
    : await request.post(`${baseUrl}/api/v1/auth/login`, {
        data: { email: admin.email, password: admin.password },
      });
  if (!response.ok()) throw new Error(`Sign-in failed: ${response.status()} ${await response.text()}`);
}

/** Signs a request context (and the pages sharing its cookies) in as someone. */
export async function signInAs(
  request: APIRequestContext,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  const response = await request.post(`${baseUrl}/api/v1/auth/login`, { data: { email, password } });
  if (!response.ok()) throw new Error(`Sign-in failed: ${response.status()} ${await response.text()}`);
}

/**
 * What a fixture's API request made with the session cookie must say, as the pages' own requests
 * do: it comes from Kontor's own origin, or the server's CSRF check refuses it.
 */
export const sameOrigin = { 'sec-fetch-site': 'same-origin' };

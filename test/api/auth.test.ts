import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/permissions.ts';
import { type Client, clientFor, createTestApp, type Response, type TestApp } from '../setup/test-app.ts';
import {
  PASSWORD,
  signIn,
  type WorkspaceFixture,
  workspaceWithAllRoles,
} from '../setup/workspace-fixture.ts';

/** Onboarding, sign-in, sessions, API tokens and the account rules around them. */

function expectProblem(response: Response, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  expect(response.body.code).toBe(code);
}

/** The kontor_session Set-Cookie line of a response: `cookie` to send back, `line` with its attributes. */
function sessionCookie(response: Response): { cookie: string; line: string } {
  const header = response.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : [String(header ?? '')];
  const line = lines.find((candidate) => candidate.startsWith('kontor_session='));
  if (!line) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return { cookie: line.split(';')[0] ?? '', line };
}

const setupBody = (email: string) => ({
  workspaceName: 'Müller Maschinenbau',
  name: 'Mia Müller',
  email,
  password: PASSWORD,
  locale: 'de',
});

describe('onboarding', () => {
  let fresh: TestApp;
  let neededBefore: Response;
  let setUp: Response;

  beforeAll(async () => {
    fresh = await createTestApp();
    neededBefore = await clientFor(fresh.app).get('/api/v1/setup');
    setUp = await clientFor(fresh.app).post('/api/v1/setup', setupBody('mia@mueller.example'));
  });

  afterAll(async () => {
    await fresh?.close();
  });

  it('is needed until the first workspace exists', async () => {
    expect(neededBefore.status).toBe(200);
    expect(neededBefore.body).toEqual({ needed: true });
    expect(setUp.status, JSON.stringify(setUp.body)).toBe(201);
    expect((await clientFor(fresh.app).get('/api/v1/setup')).body).toEqual({ needed: false });
  });

  it('signs the new admin in with a session cookie', async () => {
    const me = await clientFor(fresh.app, { cookie: sessionCookie(setUp).cookie }).get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email: 'mia@mueller.example', role: 'admin', active: true });
    expect(me.body.workspace.name).toBe('Müller Maschinenbau');
  });

  it('answers 409 setup_done to a second onboarding, which creates no user', async () => {
    const again = await clientFor(fresh.app).post('/api/v1/setup', setupBody('intruder@mueller.example'));
    expectProblem(again, 409, 'setup_done');
    const login = await clientFor(fresh.app).post('/api/v1/auth/login', {
      email: 'intruder@mueller.example',
      password: PASSWORD,
    });
    expectProblem(login, 401, 'unauthenticated');
  });

  it('lets exactly one of several concurrent onboardings win', async () => {
    const race = await createTestApp();
    try {
      const emails = ['first', 'second', 'third', 'fourth'].map((name) => `${name}@race.example`);
      const answers = await Promise.all(
        emails.map((email) => clientFor(race.app).post('/api/v1/setup', setupBody(email))),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409]);
      for (const lost of answers.filter((answer) => answer.status !== 201))
        expect(lost.body.code).toBe('setup_done');
    } finally {
      await race.close();
    }
  });
});

let testApp: TestApp;
let ws: WorkspaceFixture;

const anonymous = () => clientFor(testApp.app);
const login = (email: string, password = PASSWORD) =>
  anonymous().post('/api/v1/auth/login', { email, password });
const bearer = (token: string) => clientFor(testApp.app, { token });
/** A sign-in from a given address (the app sees it as the client's IP). */
async function loginFrom(ip: string, email: string, password = PASSWORD) {
  const answer = await testApp.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: ip,
    payload: { email, password },
  });
  return { status: answer.statusCode, headers: answer.headers, body: answer.json() };
}

/** A new user of the workspace, invited by its admin, and a signed-in client of theirs. */
async function newUser(role: Role): Promise<{ id: string; email: string; client: Client }> {
  const email = `${role}.${randomBytes(4).toString('hex')}@kontor.example`;
  const invited = await ws.as.admin.post('/api/v1/users', {
    email,
    name: `New ${role}`,
    role,
    password: PASSWORD,
  });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  return { id: invited.body.id, email, client: await signIn(testApp.app, email) };
}

async function createToken(client: Client, scopes: string[]): Promise<{ id: string; token: string }> {
  const created = await client.post('/api/v1/me/tokens', { name: `script ${scopes.join('+')}`, scopes });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

/** Changes a user as the admin, sending the version just read. */
async function adminPatchesUser(id: string, changes: object): Promise<Response> {
  const current = await ws.as.admin.get(`/api/v1/users/${id}`);
  return ws.as.admin.patch(`/api/v1/users/${id}`, { version: current.body.version, ...changes });
}

beforeAll(async () => {
  testApp = await createTestApp();
  ws = await workspaceWithAllRoles(testApp.app, testApp.database);
});

afterAll(async () => {
  await testApp?.close();
});

describe('login', () => {
  it('answers a wrong password and an unknown e-mail alike, with 401 and no cookie', async () => {
    const wrongPassword = await login(ws.users.head_of_sales.email, 'not the password');
    const unknownEmail = await login('nobody@kontor.example');
    for (const answer of [wrongPassword, unknownEmail]) {
      expectProblem(answer, 401, 'unauthenticated');
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
    expect(wrongPassword.body).toEqual(unknownEmail.body);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie that signs in', async () => {
    const answer = await login(ws.users.key_account_manager.email);
    expect(answer.status).toBe(200);
    const { cookie, line } = sessionCookie(answer);
    expect(line).toMatch(/;\s*HttpOnly/i);
    expect(line).toMatch(/;\s*SameSite=Lax/i);
    const me = await clientFor(testApp.app, { cookie }).get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(ws.users.key_account_manager.id);
  });

  it('logout with an API token revokes that token, not my other tokens or sessions', async () => {
    const user = await newUser('account_manager');
    const [leaving, staying] = [
      await createToken(user.client, ['read', 'write']),
      await createToken(user.client, ['read']),
    ];
    expect((await bearer(leaving.token).post('/api/v1/auth/logout')).status).toBe(204);
    expectProblem(await bearer(leaving.token).get('/api/v1/me'), 401, 'unauthenticated');
    expect((await bearer(staying.token).get('/api/v1/me')).status).toBe(200);
    expect((await user.client.get('/api/v1/me')).status).toBe(200);
  });

  it('logout ends that session only and clears the cookie', async () => {
    const leaving = await signIn(testApp.app, ws.users.account_manager.email);
    const staying = await signIn(testApp.app, ws.users.account_manager.email);
    const answer = await leaving.post('/api/v1/auth/logout');
    expect(answer.status).toBe(204);
    expect(sessionCookie(answer).cookie).toBe('kontor_session=');
    expectProblem(await leaving.get('/api/v1/me'), 401, 'unauthenticated');
    expect((await staying.get('/api/v1/me')).status).toBe(200);
  });

  it('makes an address that failed an account five times wait, even with the right password', async () => {
    const { email } = await newUser('viewer');
    for (let attempt = 0; attempt < 5; attempt++) {
      // Changing the case of the e-mail must not get round the limit.
      const answer = await loginFrom(
        '10.9.0.1',
        attempt % 2 ? email.toUpperCase() : email,
        `wrong ${attempt}`,
      );
      expectProblem(answer, 401, 'unauthenticated');
    }
    const waiting = await loginFrom('10.9.0.1', email);
    expectProblem(waiting, 429, 'too_many_requests');
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(0);
    expect((await loginFrom('10.9.0.1', ws.users.internal.email)).status).toBe(200);
  });

  it('never locks the owner out: guesses from elsewhere only slow their account down', async () => {
    const { email } = await newUser('viewer');
    for (let attempt = 0; attempt < 5; attempt++) {
      expectProblem(await loginFrom('10.9.1.1', email, `stranger guess ${attempt}`), 401, 'unauthenticated');
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      expectProblem(
        await loginFrom(`10.9.2.${attempt}`, email, `botnet guess ${attempt}`),
        401,
        'unauthenticated',
      );
    }
    expectProblem(await loginFrom('10.9.1.1', email), 429, 'too_many_requests');
    const owner = await loginFrom('192.168.7.20', email);
    expect(owner.status, JSON.stringify(owner.body)).toBe(200);
  });

  it('keeps the limit per address across accounts', async () => {
    await testApp.database.pool.query(
      `INSERT INTO login_failures (id, email, ip) SELECT gen_random_uuid(), 'someone' || n || '@kontor.example', '10.9.3.3' FROM generate_series(1, 100) n`,
    );
    expectProblem(await loginFrom('10.9.3.3', ws.users.internal.email), 429, 'too_many_requests');
    expect((await loginFrom('10.9.3.4', ws.users.internal.email)).status).toBe(200);
  });

  it('checks no more than five of many wrong passwords sent at once', async () => {
    const { email } = await newUser('viewer');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, guess) => login(email, `parallel guess ${guess}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(
      statuses.every((status) => status === 401 || status === 429),
      statuses.join(),
    ).toBe(true);
    expect(statuses.filter((status) => status === 401).length, statuses.join()).toBeLessThanOrEqual(5);
  });
});

describe('sessions', () => {
  it('lists my sessions and marks the current one; revoking another signs that client out', async () => {
    const email = ws.users.head_of_sales.email;
    const [laptop, phone] = [await signIn(testApp.app, email), await signIn(testApp.app, email)];
    const currentOf = async (client: Client) => {
      const sessions = await client.get('/api/v1/me/sessions');
      expect(sessions.status).toBe(200);
      const current = sessions.body.items.filter((session: { current: boolean }) => session.current);
      expect(current).toHaveLength(1);
      return {
        id: current[0].id as string,
        ids: sessions.body.items.map((session: { id: string }) => session.id),
      };
    };
    const [onLaptop, onPhone] = [await currentOf(laptop), await currentOf(phone)];
    expect(onLaptop.id).not.toBe(onPhone.id);
    expect(onLaptop.ids).toContain(onPhone.id);

    expect((await laptop.delete(`/api/v1/me/sessions/${onPhone.id}`)).status).toBe(204);
    expectProblem(await phone.get('/api/v1/me'), 401, 'unauthenticated');
    expect((await currentOf(laptop)).ids).not.toContain(onPhone.id);
    expectProblem(await laptop.delete(`/api/v1/me/sessions/${onPhone.id}`), 404, 'not_found');
  });
});

describe('API tokens', () => {
  it('a read token may GET but not write', async () => {
    const { token } = await createToken(ws.as.key_account_manager, ['read']);
    expect(token).toMatch(/^kontor_/);
    expect((await bearer(token).get('/api/v1/accounts')).status).toBe(200);
    expectProblem(await bearer(token).post('/api/v1/accounts', { name: 'Via read token' }), 403, 'forbidden');
  });

  it("a write token acts as its user, within the user's role", async () => {
    const { token } = await createToken(ws.as.key_account_manager, ['write']);
    const me = await bearer(token).get('/api/v1/me');
    expect(me.body.user.id).toBe(ws.users.key_account_manager.id);
    const account = await bearer(token).post('/api/v1/accounts', { name: 'Via write token' });
    expect(account.status, JSON.stringify(account.body)).toBe(201);
    const archive = await bearer(token).post(`/api/v1/accounts/${account.body.id}/archive`, {
      version: account.body.version,
    });
    expectProblem(archive, 403, 'forbidden');
  });

  it('shows the token value once, never in the list', async () => {
    const created = await createToken(ws.as.key_account_manager, ['read']);
    const list = await ws.as.key_account_manager.get('/api/v1/me/tokens');
    const listed = list.body.items.find((item: { id: string }) => item.id === created.id);
    expect(listed).toBeDefined();
    expect(listed).not.toHaveProperty('token');
    expect(JSON.stringify(list.body)).not.toContain(created.token);
  });

  it('a revoked token answers 401', async () => {
    const { id, token } = await createToken(ws.as.key_account_manager, ['read']);
    expect((await bearer(token).get('/api/v1/me')).status).toBe(200);
    expect((await ws.as.key_account_manager.delete(`/api/v1/me/tokens/${id}`)).status).toBe(204);
    expectProblem(await bearer(token).get('/api/v1/me'), 401, 'unauthenticated');
  });

  it.each(['garbage', `kontor_${'x'.repeat(43)}`])('a made-up bearer %s answers 401', async (token) => {
    expectProblem(await bearer(token).get('/api/v1/me'), 401, 'unauthenticated');
  });
});

describe('user administration', () => {
  it('deactivating a user ends their sessions and tokens, and they can no longer sign in', async () => {
    const user = await newUser('account_manager');
    const { token } = await createToken(user.client, ['read']);
    expect((await adminPatchesUser(user.id, { active: false })).status).toBe(200);
    expectProblem(await user.client.get('/api/v1/me'), 401, 'unauthenticated');
    expectProblem(await bearer(token).get('/api/v1/me'), 401, 'unauthenticated');
    expectProblem(await login(user.email), 401, 'unauthenticated');
  });

  it("resetting a user's password ends their sessions and tokens; only the new password signs in", async () => {
    const user = await newUser('internal');
    const { token } = await createToken(user.client, ['read']);
    expect((await adminPatchesUser(user.id, { password: 'a brand new secret' })).status).toBe(200);
    expectProblem(await user.client.get('/api/v1/me'), 401, 'unauthenticated');
    expectProblem(await bearer(token).get('/api/v1/me'), 401, 'unauthenticated');
    expectProblem(await login(user.email), 401, 'unauthenticated');
    expect((await login(user.email, 'a brand new secret')).status).toBe(200);
  });

  it.each([
    { change: { role: 'head_of_sales' }, path: 'role' },
    { change: { active: false }, path: 'active' },
  ])('the last admin cannot lose $path', async ({ change, path }) => {
    const answer = await adminPatchesUser(ws.users.admin.id, change);
    expectProblem(answer, 400, 'validation_failed');
    expect(answer.body.errors.map((error: { path: string }) => error.path)).toEqual([path]);
    const admin = await ws.as.admin.get('/api/v1/me');
    expect(admin.body.user).toMatchObject({ role: 'admin', active: true });
  });

  it('two admins demoting each other at once still leave the workspace an admin', async () => {
    // A workspace of its own, so that the other tests keep their admin if this goes wrong.
    const other = await workspaceWithAllRoles(testApp.app, testApp.database, 'race');
    const email = `second.admin.${other.workspaceId}@kontor.example`;
    const invited = await other.as.admin.post('/api/v1/users', {
      email,
      name: 'Second',
      role: 'admin',
      password: PASSWORD,
    });
    expect(invited.status).toBe(201);
    const first = await other.as.admin.get(`/api/v1/users/${other.users.admin.id}`);
    const moves = [
      { by: other.as.admin, target: invited.body },
      { by: await signIn(testApp.app, email), target: first.body },
    ];
    // Each also resets the other's password (hashing it takes a moment): both requests surely overlap.
    const answers = await Promise.all(
      moves.map(({ by, target }) =>
        by.patch(`/api/v1/users/${target.id}`, {
          version: target.version,
          role: 'viewer',
          password: 'taken over 2026',
        }),
      ),
    );
    const admins = await other.as.viewer.get('/api/v1/users?role=admin&active=true');
    const statuses = answers.map((answer) => answer.status).join();
    expect(admins.body.items.length, `answers ${statuses}`).toBeGreaterThanOrEqual(1);
  });

  it('an admin who is not the last one can be demoted', async () => {
    const second = await newUser('admin');
    const answer = await adminPatchesUser(second.id, { role: 'head_of_sales' });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.role).toBe('head_of_sales');
  });
});

describe('my profile', () => {
  it('a stale version answers 409 version_conflict and keeps the newer change', async () => {
    const me = ws.as.head_of_sales;
    const { version } = (await me.get('/api/v1/me')).body.user;
    expect((await me.patch('/api/v1/me', { version, name: 'Hanna Head' })).status).toBe(200);
    expectProblem(await me.patch('/api/v1/me', { version, name: 'Stale Name' }), 409, 'version_conflict');
    expect((await me.get('/api/v1/me')).body.user.name).toBe('Hanna Head');
  });

  it('changing my password ends my other sessions, keeps this one, and needs the current password', async () => {
    const user = await newUser('key_account_manager');
    const laptop = await signIn(testApp.app, user.email);
    const { version } = (await user.client.get('/api/v1/me')).body.user;
    const wrong = await user.client.patch('/api/v1/me', {
      version,
      currentPassword: 'not my password',
      newPassword: 'my fresh password',
    });
    expectProblem(wrong, 400, 'validation_failed');
    const changed = await user.client.patch('/api/v1/me', {
      version,
      currentPassword: PASSWORD,
      newPassword: 'my fresh password',
    });
    expect(changed.status).toBe(200);
    expect((await user.client.get('/api/v1/me')).status).toBe(200);
    expectProblem(await laptop.get('/api/v1/me'), 401, 'unauthenticated');
    expect((await login(user.email, 'my fresh password')).status).toBe(200);
  });

  it('refuses guessing the current password through a session as a sign-in would', async () => {
    const user = await newUser('key_account_manager');
    const { version } = (await user.client.get('/api/v1/me')).body.user;
    const change = (currentPassword: string) =>
      user.client.patch('/api/v1/me', { version, currentPassword, newPassword: 'my fresh password' });
    for (let attempt = 0; attempt < 5; attempt++) {
      expectProblem(await change(`guess ${attempt}`), 400, 'validation_failed');
    }
    const waiting = await change(PASSWORD);
    expectProblem(waiting, 429, 'too_many_requests');
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(0);
    // Nothing changed: the old password still signs in, from an address that did not guess.
    expect((await loginFrom('10.9.4.4', user.email)).status).toBe(200);
  });

  it('a new password revokes my API tokens unless I keep them', async () => {
    const user = await newUser('key_account_manager');
    const first = await createToken(user.client, ['read']);
    let { version } = (await user.client.get('/api/v1/me')).body.user;
    const kept = await user.client.patch('/api/v1/me', {
      version,
      currentPassword: PASSWORD,
      newPassword: 'second password',
      revokeTokens: false,
    });
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    expect((await bearer(first.token).get('/api/v1/me')).status).toBe(200);
    version = kept.body.version;
    const revoked = await user.client.patch('/api/v1/me', {
      version,
      currentPassword: 'second password',
      newPassword: 'third password',
    });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expectProblem(await bearer(first.token).get('/api/v1/me'), 401, 'unauthenticated');
  });

  it('a locale changed to en is what GET /api/v1/me returns', async () => {
    const me = ws.as.internal;
    const { version, locale } = (await me.get('/api/v1/me')).body.user;
    expect(locale).toBe('de');
    expect((await me.patch('/api/v1/me', { version, locale: 'en' })).status).toBe(200);
    expect((await me.get('/api/v1/me')).body.user.locale).toBe('en');
  });
});

describe('passwords', () => {
  it('never appear in a response, neither in plain text nor as a hash', async () => {
    const user = await newUser('viewer');
    const { version } = (await user.client.get('/api/v1/me')).body.user;
    const invite = { email: 'invited@kontor.example', name: 'Invited', role: 'viewer', password: PASSWORD };
    const answers: [string, Response][] = [
      ['login', await login(ws.users.key_account_manager.email)],
      ['POST /api/v1/users', await ws.as.admin.post('/api/v1/users', invite)],
      ['GET /api/v1/me', await ws.as.admin.get('/api/v1/me')],
      ['GET /api/v1/users', await ws.as.admin.get('/api/v1/users?limit=200')],
      ['GET /api/v1/users/:id', await ws.as.admin.get(`/api/v1/users/${user.id}`)],
      ['PATCH /api/v1/users/:id', await adminPatchesUser(user.id, { password: 'reset by the admin' })],
      [
        'PATCH /api/v1/me',
        await (await signIn(testApp.app, user.email, 'reset by the admin')).patch('/api/v1/me', {
          version: version + 1,
          currentPassword: 'reset by the admin',
          newPassword: 'chosen by the user',
        }),
      ],
    ];
    // The audit trail keeps every user change above, before and after.
    answers.push(['GET /api/v1/audit', await ws.as.admin.get('/api/v1/audit?entityType=user&limit=200')]);
    for (const [name, answer] of answers) {
      expect(answer.status, `${name}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
      const json = JSON.stringify(answer.body).toLowerCase();
      for (const secret of ['password', 'scrypt', PASSWORD, 'reset by the admin', 'chosen by the user']) {
        expect(json, `${name} shows "${secret}"`).not.toContain(secret);
      }
    }
  });
});

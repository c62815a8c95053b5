import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
});
afterAll(() => t.close());

const head = () => ws.as.head_of_sales;

async function newAccount(name: string) {
  return (await head().post('/api/v1/accounts', { name, lifecycleStatus: 'customer' })).body;
}

async function decide(account: { id: string }, decision: object) {
  const { version } = (await head().get(`/api/v1/accounts/${account.id}`)).body;
  return head().post(`/api/v1/accounts/${account.id}/key-account-decisions`, { version, ...decision });
}

describe('key-account decisions', () => {
  it('designate an account with tier and KAM, keep the decision in its history, and hand it over later', async () => {
    const account = await newAccount('Autovermietung Europa SE');
    const designated = await decide(account, {
      kind: 'designate',
      tier: 1,
      ownerId: ws.users.key_account_manager.id,
      reason: 'Kauft jährlich 2.000 Fahrzeuge',
      effectiveOn: '2026-11-26',
    });
    expect(designated.status, JSON.stringify(designated.body)).toBe(201);
    expect(designated.body).toMatchObject({
      isKeyAccount: true,
      keyAccountTier: 1,
      owner: { id: ws.users.key_account_manager.id },
    });

    const handed = await decide(account, {
      kind: 'hand_to_account_manager',
      ownerId: ws.users.account_manager.id,
      reason: 'Volumen rückläufig',
    });
    expect(handed.body).toMatchObject({
      isKeyAccount: false,
      keyAccountTier: null,
      owner: { id: ws.users.account_manager.id },
    });

    const history = await ws.as.viewer.get(`/api/v1/accounts/${account.id}/key-account-decisions`);
    expect(history.body.items.map((d: { kind: string }) => d.kind)).toEqual([
      'hand_to_account_manager',
      'designate',
    ]);
    expect(history.body.items[1]).toMatchObject({
      tier: 1,
      reason: 'Kauft jährlich 2.000 Fahrzeuge',
      effectiveOn: '2026-11-26',
      decidedBy: { id: ws.users.head_of_sales.id },
      owner: { id: ws.users.key_account_manager.id },
    });
  });

  it.each([
    [{ kind: 'designate', tier: 1, reason: 'Ohne KAM' }, 'ownerId'],
    [{ kind: 'designate', ownerId: 'kam', reason: 'Ohne Stufe' }, 'tier'],
    [{ kind: 'designate', tier: 2, ownerId: 'am', reason: 'AM als Betreuer' }, 'ownerId'],
    [{ kind: 'change', tier: 2, reason: 'Kein Key Account' }, 'kind'],
  ])('refuses %j and changes nothing', async (decision, path) => {
    const account = await newAccount(`Abgelehnt ${path} ${Math.random()}`);
    const ids: Record<string, string> = {
      kam: ws.users.key_account_manager.id,
      am: ws.users.account_manager.id,
    };
    const body = {
      ...decision,
      ...('ownerId' in decision ? { ownerId: ids[decision.ownerId as string] } : {}),
    };
    const refused = await decide(account, body);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await head().get(`/api/v1/accounts/${account.id}`)).body).toMatchObject({
      isKeyAccount: false,
      version: 1,
    });
    expect((await head().get(`/api/v1/accounts/${account.id}/key-account-decisions`)).body.items).toEqual([]);
  });

  it('refuses a decision on a stale version', async () => {
    const account = await newAccount('Veraltet AG');
    await head().patch(`/api/v1/accounts/${account.id}`, { version: 1, city: 'Bonn' });
    const stale = await head().post(`/api/v1/accounts/${account.id}/key-account-decisions`, {
      version: 1,
      kind: 'designate',
      tier: 1,
      ownerId: ws.users.key_account_manager.id,
      reason: 'Zu spät',
    });
    expect(stale.status).toBe(409);
    expect((await head().get(`/api/v1/accounts/${account.id}/key-account-decisions`)).body.items).toEqual([]);
  });
});

describe('key-account portfolio and KAM workload', () => {
  it('lists the key accounts with their KAM and warns when a KAM holds more than the limit', async () => {
    const settings = (await head().get('/api/v1/portfolio/settings')).body;
    expect(settings).toMatchObject({ abcThresholdA: 0.8, abcThresholdB: 0.95, keyAccountsPerKam: 8 });
    const changed = await head().patch('/api/v1/portfolio/settings', {
      version: settings.version,
      keyAccountsPerKam: 1,
    });
    expect(changed.body.keyAccountsPerKam).toBe(1);
    for (const name of ['Erster Schlüsselkunde', 'Zweiter Schlüsselkunde']) {
      await decide(await newAccount(name), {
        kind: 'designate',
        tier: 2,
        ownerId: ws.users.key_account_manager.id,
        reason: 'Strategisch',
      });
    }
    const portfolio = await head().get('/api/v1/portfolio/key-accounts');
    const names = portfolio.body.items.map((row: { name: string }) => row.name);
    expect(names).toEqual(expect.arrayContaining(['Erster Schlüsselkunde', 'Zweiter Schlüsselkunde']));
    expect(portfolio.body.items[0]).toMatchObject({
      revenueCents: 0,
      abcClass: null,
      owner: { id: ws.users.key_account_manager.id },
    });

    const workload = await head().get('/api/v1/portfolio/kam-workload');
    const kam = workload.body.items.find(
      (row: { user: { id: string } }) => row.user.id === ws.users.key_account_manager.id,
    );
    expect(workload.body.limit).toBe(1);
    expect(kam).toMatchObject({ keyAccounts: 2, overLimit: true });

    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/portfolio/key-accounts/export?format=csv&locale=de',
      headers: { cookie: head().cookie ?? '' },
    });
    expect(exported.headers['content-disposition']).toMatch(/filename="key-accounts-\d{4}-\d{2}-\d{2}-/);
    const lines = exported.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Kundennummer;Key Account;Stufe;KAM;Umsatz;Anteil (%);ABC-Klasse;Wachstum (%)');
    expect(lines).toContain(';Erster Schlüsselkunde;2;key_account_manager user;0,00;0,00;;');
  });

  it('refuses settings with the A threshold above B', async () => {
    const { version } = (await head().get('/api/v1/portfolio/settings')).body;
    const refused = await head().patch('/api/v1/portfolio/settings', { version, abcThresholdA: 0.97 });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ path: 'abcThresholdA', code: 'threshold_order' });
  });
});

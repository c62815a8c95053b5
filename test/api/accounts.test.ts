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

const kam = () => ws.as.key_account_manager;

async function create(body: Record<string, unknown>) {
  const response = await kam().post('/api/v1/accounts', body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function names(query: string): Promise<string[]> {
  const response = await kam().get(`/api/v1/accounts?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.items.map((item: { name: string }) => item.name);
}

describe('creating an account', () => {
  it('needs only a name; everything else can come later', async () => {
    const account = await create({ name: 'Neukunde Prospect GmbH' });
    expect(account).toMatchObject({
      name: 'Neukunde Prospect GmbH',
      customerNumber: null,
      lifecycleStatus: 'prospect',
      isKeyAccount: false,
      keyAccountTier: null,
      owner: null,
      parent: null,
      team: [],
      version: 1,
      archivedAt: null,
    });
  });

  it('keeps every field of a fully described key account', async () => {
    const body = {
      name: 'Autovermietung Europa',
      legalName: 'Autovermietung Europa SE',
      customerNumber: 'K-100200',
      industryKey: 'automotive',
      customerType: 'corporation',
      countryCode: 'de',
      region: 'Deutschland Süd',
      language: 'de',
      website: 'https://autovermietung.example',
      street: 'Leopoldstraße 1',
      postalCode: '80802',
      city: 'München',
      businessModel: 'Vermietet Flotten an Geschäftskunden.',
      processes: 'Zentraler Einkauf, Rahmenverträge über 3 Jahre.',
      lifecycleStatus: 'customer',
      isKeyAccount: true,
      keyAccountTier: 1,
      ownerId: ws.users.key_account_manager.id,
      team: [{ userId: ws.users.internal.id, teamRole: 'Kundenservice' }],
    };
    const account = await create(body);
    const { ownerId: _, team: __, ...plain } = body;
    expect(account).toMatchObject({ ...plain, countryCode: 'DE' });
    expect(account.owner).toEqual({ id: ws.users.key_account_manager.id, name: 'key_account_manager user' });
    expect(account.team).toEqual([
      { userId: ws.users.internal.id, name: 'internal user', teamRole: 'Kundenservice' },
    ]);
    const read = await kam().get(`/api/v1/accounts/${account.id}`);
    expect(read.body).toEqual(account);
  });

  it('stores SQL and HTML as the text they are', async () => {
    const name = `Robert'); DROP TABLE accounts;-- <script>alert(1)</script>`;
    const account = await create({ name, businessModel: '<img src=x onerror=alert(1)>' });
    expect((await kam().get(`/api/v1/accounts/${account.id}`)).body).toMatchObject({
      name,
      businessModel: '<img src=x onerror=alert(1)>',
    });
  });
});

describe('finding accounts', () => {
  beforeAll(async () => {
    await create({
      name: 'Müller GmbH',
      customerNumber: '4711',
      city: 'Köln',
      industryKey: 'fmcg',
      customerType: 'sme',
    });
    await create({
      name: 'Straßenbau Krämer AG',
      city: 'Würzburg',
      region: 'Deutschland Süd',
      industryKey: 'construction_real_estate',
    });
    await create({
      name: 'Nordlicht Energie',
      city: 'Kiel',
      lifecycleStatus: 'customer',
      isKeyAccount: true,
      keyAccountTier: 2,
    });
  });

  it.each([
    ['muller', 'Müller GmbH'],
    ['Mueller', 'Müller GmbH'],
    ['MÜLLER', 'Müller GmbH'],
    ['Mülller', 'Müller GmbH'],
    ['4711', 'Müller GmbH'],
    ['koeln', 'Müller GmbH'],
    ['strasse', 'Straßenbau Krämer AG'],
    ['kramer wurzburg', 'Straßenbau Krämer AG'],
    ['Nordlict', 'Nordlicht Energie'],
  ])('"%s" finds %s, first', async (q, expected) => {
    expect((await names(`q=${encodeURIComponent(q)}`))[0]).toBe(expected);
  });

  it('finds nothing for a word that is nowhere', async () => {
    expect(await names('q=Zyxwvut')).toEqual([]);
  });

  it('filters by industry, type, region, key account and status', async () => {
    expect(await names('industry=fmcg')).toEqual(['Müller GmbH']);
    expect(await names('customerType=sme')).toEqual(['Müller GmbH']);
    expect(await names(`region=${encodeURIComponent('Deutschland Süd')}`)).toContain('Straßenbau Krämer AG');
    expect(await names('keyAccount=true')).toContain('Nordlicht Energie');
    expect(await names('keyAccount=true')).not.toContain('Müller GmbH');
    expect(await names('status=customer&keyAccount=true&q=nordlicht')).toEqual(['Nordlicht Energie']);
  });

  it('lists the regions in use, and filters by region whatever the case', async () => {
    const regions = await kam().get('/api/v1/accounts/regions');
    expect(regions.body.items).toContain('Deutschland Süd');
    expect(await names(`region=${encodeURIComponent('deutschland süd')}`)).toContain('Straßenbau Krämer AG');
  });

  it('filters by owner', async () => {
    const owned = await create({ name: 'Eigentum Test GmbH', ownerId: ws.users.account_manager.id });
    const listed = await kam().get(`/api/v1/accounts?ownerId=${ws.users.account_manager.id}`);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([owned.id]);
  });
});

describe('paging through a list', () => {
  it('reaches every account exactly once, in order, with any page size and sort', async () => {
    const { status } = await kam().post('/api/v1/accounts', {
      name: 'Ärzteversorgung Aachen',
      city: 'Aachen',
    });
    expect(status).toBe(201);
    for (const [sort, order] of [
      ['name', 'asc'],
      ['city', 'desc'],
      ['createdAt', 'desc'],
      ['customerNumber', 'asc'],
    ] as const) {
      const all = await kam().get(`/api/v1/accounts?limit=200&sort=${sort}&order=${order}`);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url = `/api/v1/accounts?limit=3&sort=${sort}&order=${order}${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await kam().get(url);
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((item: { id: string }) => item.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.body.items.map((item: { id: string }) => item.id));
    }
  });

  it('files umlauts where a German reader expects them (Ä under A)', async () => {
    const list = await names('limit=200&sort=name');
    expect(list.indexOf('Ärzteversorgung Aachen')).toBeLessThan(list.indexOf('Autovermietung Europa'));
  });

  it.each([
    'limit=0',
    'limit=-5',
    'limit=100000',
    'limit=abc',
    'cursor=garbage',
    'sort=password',
    'keyAccount=maybe',
  ])('refuses %s with a field error', async (query) => {
    const response = await kam().get(`/api/v1/accounts?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors[0].path).toBe(query.split('=')[0]);
  });
});

describe('changing an account', () => {
  it('applies a change with the version read, and refuses a stale one without changing anything', async () => {
    const account = await create({ name: 'Versioniert GmbH', city: 'Bonn' });
    const first = await kam().patch(`/api/v1/accounts/${account.id}`, { version: 1, city: 'Berlin' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ city: 'Berlin', name: 'Versioniert GmbH', version: 2 });
    const stale = await ws.as.account_manager.patch(`/api/v1/accounts/${account.id}`, {
      version: 1,
      city: 'Hamburg',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
    expect((await kam().get(`/api/v1/accounts/${account.id}`)).body).toMatchObject({
      city: 'Berlin',
      version: 2,
    });
  });

  it('lets exactly one of two simultaneous edits of the same version win', async () => {
    const account = await create({ name: 'Gleichzeitig AG' });
    const results = await Promise.all(
      ['Erster', 'Zweiter', 'Dritter'].map((city) =>
        kam().patch(`/api/v1/accounts/${account.id}`, { version: 1, city }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const winner = results.find((r) => r.status === 200)?.body.city;
    expect((await kam().get(`/api/v1/accounts/${account.id}`)).body).toMatchObject({
      city: winner,
      version: 2,
    });
  });

  it('clears the tier when an account stops being a key account', async () => {
    const account = await create({ name: 'Tier Wechsel GmbH', isKeyAccount: true, keyAccountTier: 3 });
    const demoted = await kam().patch(`/api/v1/accounts/${account.id}`, { version: 1, isKeyAccount: false });
    expect(demoted.body).toMatchObject({ isKeyAccount: false, keyAccountTier: null });
  });

  it('writes an audit entry with the record before and after', async () => {
    const account = await create({ name: 'Prüfpfad GmbH' });
    await kam().patch(`/api/v1/accounts/${account.id}`, { version: 1, name: 'Prüfpfad Holding GmbH' });
    const audit = await ws.as.admin.get(`/api/v1/audit?entityType=account&entityId=${account.id}`);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(['update', 'create']);
    const [update] = audit.body.items;
    expect(update.actorUserId).toBe(ws.users.key_account_manager.id);
    expect(update.before.name).toBe('Prüfpfad GmbH');
    expect(update.after.name).toBe('Prüfpfad Holding GmbH');
  });

  it('archives and restores instead of deleting', async () => {
    const account = await create({ name: 'Archiv Kandidat GmbH' });
    const archived = await ws.as.head_of_sales.post(`/api/v1/accounts/${account.id}/archive`, { version: 1 });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect(await names('q=Archiv%20Kandidat')).toEqual([]);
    expect(await names('q=Archiv%20Kandidat&archived=true')).toEqual(['Archiv Kandidat GmbH']);
    const restored = await ws.as.head_of_sales.post(`/api/v1/accounts/${account.id}/restore`, { version: 2 });
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 });
    expect(await names('q=Archiv%20Kandidat')).toEqual(['Archiv Kandidat GmbH']);
  });
});

describe('groups', () => {
  it('shows the whole group from its top, and refuses a parent that would close a circle', async () => {
    const holding = await create({ name: 'Gruppe Holding AG' });
    const sub = await create({ name: 'Gruppe Deutschland GmbH', parentId: holding.id });
    const subSub = await create({ name: 'Gruppe Bayern GmbH', parentId: sub.id });
    const tree = await kam().get(`/api/v1/accounts/${subSub.id}/hierarchy`);
    expect(tree.body.truncated).toBe(false);
    expect(tree.body.root.name).toBe('Gruppe Holding AG');
    expect(tree.body.root.children[0].name).toBe('Gruppe Deutschland GmbH');
    expect(tree.body.root.children[0].children[0].id).toBe(subSub.id);

    for (const [account, parentId] of [
      [holding, subSub.id],
      [holding, holding.id],
    ] as const) {
      const cycle = await kam().patch(`/api/v1/accounts/${account.id}`, {
        version: account.version,
        parentId,
      });
      expect(cycle.status).toBe(422);
      expect(cycle.body).toMatchObject({
        code: 'hierarchy_cycle',
        errors: [{ path: 'parentId', code: 'cycle' }],
      });
    }
    expect((await kam().get(`/api/v1/accounts/${holding.id}`)).body.parent).toBeNull();
  });
});

describe('bad input is refused with a clear error and stores nothing', () => {
  const countAll = async () => (await kam().get('/api/v1/accounts?limit=200&archived=all')).body.items.length;

  it.each([
    ['a missing name', {}, 'name'],
    ['a name of the wrong type', { name: 42 }, 'name'],
    ['an empty name', { name: '   ' }, 'name'],
    ['a 1 MB name', { name: 'x'.repeat(1_000_000) }, 'name'],
    ['an unknown industry', { name: 'X', industryKey: 'astrology' }, 'industryKey'],
    ['an unknown field', { name: 'X', secret: true }, ''],
    ['a tier outside 1–3', { name: 'X', isKeyAccount: true, keyAccountTier: 4 }, 'keyAccountTier'],
    ['a website that is not one', { name: 'X', website: 'javascript:alert(1)' }, 'website'],
    ['a country that is not a code', { name: 'X', countryCode: 'Germany' }, 'countryCode'],
    ['an unknown parent', { name: 'X', parentId: '01900000-0000-7000-8000-000000000000' }, 'parentId'],
    ['an owner who is not a seller', { name: 'X', ownerId: 'viewer' }, 'ownerId'],
    [
      'an account manager as owner of a key account',
      { name: 'X', isKeyAccount: true, ownerId: 'account_manager' },
      'ownerId',
    ],
  ])('%s', async (_, body, path) => {
    const before = await countAll();
    const withIds = Object.fromEntries(
      Object.entries(body).map(([key, value]) => [
        key,
        key === 'ownerId' ? ws.users[value as keyof typeof ws.users].id : value,
      ]),
    );
    const response = await kam().post('/api/v1/accounts', withIds);
    expect([400, 413, 422]).toContain(response.status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    if (response.status !== 413)
      expect(response.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await countAll()).toBe(before);
  });

  it('refuses a customer number that another account already has', async () => {
    await create({ name: 'Erster Inhaber', customerNumber: 'DUP-1' });
    const second = await kam().post('/api/v1/accounts', { name: 'Zweiter Inhaber', customerNumber: 'DUP-1' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      code: 'duplicate',
      errors: [{ path: 'customerNumber', code: 'taken' }],
    });
  });

  it.each([
    ['malformed JSON', '{"name": ', 'application/json', 400],
    [
      'a body over 1 MiB',
      JSON.stringify({ name: 'x', processes: 'y'.repeat(1_100_000) }),
      'application/json',
      413,
    ],
    ['a form post', 'name=x', 'application/x-www-form-urlencoded', 415],
    ['a text/plain post (what a foreign page may send without asking)', '{"name":"x"}', 'text/plain', 415],
  ])('answers %s with problem+json and keeps serving', async (_, payload, type, status) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: { 'content-type': type, cookie: kam().cookie ?? '', 'sec-fetch-site': 'same-origin' },
      payload,
    });
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect((await kam().get('/api/v1/accounts?limit=1')).status).toBe(200);
  });

  it('answers 404 for an account that does not exist, and 400 for an id that is not one', async () => {
    expect((await kam().get('/api/v1/accounts/01900000-0000-7000-8000-000000000000')).status).toBe(404);
    expect((await kam().get('/api/v1/accounts/not-an-id')).status).toBe(400);
  });
});

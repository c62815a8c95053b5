import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRevenueLine } from '../setup/revenue-lines.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';
import { type WorkspaceFixture, workspaceWithAllRoles } from '../setup/workspace-fixture.ts';

let t: TestApp;
let ws: WorkspaceFixture;
const ids: Record<string, string> = {};

const line = (
  account: string,
  date: string,
  euros: number,
  productLine: string,
  costEuros: number | null = null,
) =>
  insertRevenueLine(t.database, ws.workspaceId, ids[account] as string, date, euros, {
    productLine,
    costEuros,
  });

const head = () => ws.as.head_of_sales;

beforeAll(async () => {
  t = await createTestApp();
  ws = await workspaceWithAllRoles(t.app, t.database);
  for (const name of ['Grosskunde', 'Kleinkunde']) {
    ids[name] = (await head().post('/api/v1/accounts', { name: `${name} GmbH` })).body.id;
  }
  // Grosskunde: 1.2 M€ this half-year (500 k€ a year before: growth 140 %), margin 50 %, 6 product lines.
  for (const [index, productLine] of ['A', 'B', 'C', 'D', 'E', 'F'].entries()) {
    await line('Grosskunde', `2026-0${index + 1}-10`, 200_000, productLine, 100_000);
  }
  await line('Grosskunde', '2025-02-10', 500_000, 'A');
  // Kleinkunde: 5 k€, one product line, no cost, no history.
  await line('Kleinkunde', '2026-03-01', 5_000, 'A');
});
afterAll(() => t.close());

describe('selection matrix', () => {
  it('scores computed criteria from the data, manual ones as scored, and suggests the quadrant', async () => {
    const review = await head().post('/api/v1/portfolio/matrix/reviews', {
      name: '2026 H1',
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(review.status).toBe(201);
    const scored = await ws.as.key_account_manager.put(
      `/api/v1/portfolio/matrix/reviews/${review.body.id}/scores/${ids.Grosskunde}`,
      {
        scores: {
          strategic_fit: 5,
          prestige: 4,
          share_of_wallet: 4,
          relationship: 5,
          competitive_position: 4,
        },
      },
    );
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    await ws.as.key_account_manager.put(
      `/api/v1/portfolio/matrix/reviews/${review.body.id}/scores/${ids.Kleinkunde}`,
      {
        scores: {
          strategic_fit: 1,
          prestige: 1,
          share_of_wallet: 2,
          relationship: 2,
          competitive_position: 1,
        },
      },
    );

    const { body, status } = await ws.as.viewer.get(`/api/v1/portfolio/matrix?reviewId=${review.body.id}`);
    expect(status, JSON.stringify(body)).toBe(200);
    const byName = Object.fromEntries(body.items.map((item: { name: string }) => [item.name, item]));
    const big = byName['Grosskunde GmbH'];
    expect(big.scores.purchase_volume).toEqual({ score: 5, source: 'computed', value: 120_000_000 });
    expect(big.scores.growth_potential).toMatchObject({ score: 5, source: 'computed', value: 1.4 });
    expect(big.scores.profitability).toMatchObject({ score: 5, value: 0.5 });
    expect(big.scores.product_breadth).toMatchObject({ score: 4, value: 6 });
    // Attractiveness: (3·5 + 2·5 + 2·5 + 2·5 + 1·4) / 10 = 4.9; strength: (2·4 + 3·5 + 2·4 + 1·4) / 8 = 4.375.
    expect(big.attractiveness).toBeCloseTo(4.9);
    expect(big.strength).toBeCloseTo(4.375);
    expect(big.strategy).toBe('invest_for_growth');
    expect(big.previous).toBeNull();
    const small = byName['Kleinkunde GmbH'];
    expect(small.scores.growth_potential).toBeUndefined(); // no revenue a year earlier: no growth rate
    expect(small.strategy).toBe('serve_via_account_manager');
  });

  it('shows how an account moved since the previous review', async () => {
    const later = await head().post('/api/v1/portfolio/matrix/reviews', {
      name: '2026 H2',
      from: '2026-07-01',
      to: '2026-12-31',
    });
    await ws.as.key_account_manager.put(
      `/api/v1/portfolio/matrix/reviews/${later.body.id}/scores/${ids.Grosskunde}`,
      {
        scores: {
          strategic_fit: 2,
          prestige: 2,
          share_of_wallet: 1,
          relationship: 2,
          competitive_position: 1,
        },
      },
    );
    const { body } = await head().get('/api/v1/portfolio/matrix');
    expect(body.review.name).toBe('2026 H2');
    expect(body.previousReview.name).toBe('2026 H1');
    const big = body.items.find((item: { name: string }) => item.name === 'Grosskunde GmbH');
    expect(big.strategy).toBe('serve_via_account_manager');
    expect(big.previous.strategy).toBe('invest_for_growth');
  });

  it('keeps who scored what when in the audit trail', async () => {
    const audit = await ws.as.admin.get(`/api/v1/audit?entityType=matrix_scores&entityId=${ids.Grosskunde}`);
    expect(audit.body.items).toHaveLength(2);
    expect(audit.body.items[0].actorUserId).toBe(ws.users.key_account_manager.id);
  });

  it('refuses a hand score of a computed criterion, and a score outside 1–5', async () => {
    const [review] = (await head().get('/api/v1/portfolio/matrix/reviews')).body.items;
    const url = `/api/v1/portfolio/matrix/reviews/${review.id}/scores/${ids.Kleinkunde}`;
    const computed = await ws.as.key_account_manager.put(url, { scores: { purchase_volume: 5 } });
    expect(computed.status).toBe(400);
    expect(computed.body.errors[0]).toMatchObject({ path: 'scores.purchase_volume', code: 'not_manual' });
    expect((await ws.as.key_account_manager.put(url, { scores: { relationship: 6 } })).status).toBe(400);
  });

  it('lets the head of sales change criteria and weights, refusing a computed one without bands', async () => {
    const { items } = (await head().get('/api/v1/portfolio/matrix/criteria')).body;
    const heavier = items.map((c: { key: string; weight: number }) =>
      c.key === 'relationship' ? { ...c, weight: 10 } : c,
    );
    const saved = await head().put('/api/v1/portfolio/matrix/criteria', { criteria: heavier });
    expect(saved.body.items.find((c: { key: string }) => c.key === 'relationship').weight).toBe(10);
    const broken = items.map((c: { key: string }) =>
      c.key === 'purchase_volume' ? { ...c, bands: null } : c,
    );
    const refused = await head().put('/api/v1/portfolio/matrix/criteria', { criteria: broken });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].path).toBe('criteria.0.bands');
  });
});

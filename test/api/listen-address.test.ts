import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const isLoopback = (address: string) => address === '::1' || address.startsWith('127.');

it('listens only on this machine unless HOST says otherwise (a laptop is not a server)', async () => {
  await t.app.listen({ port: 0, host: loadConfig({}).host });
  const addresses = t.app.addresses();
  expect(addresses.length).toBeGreaterThan(0);
  for (const entry of addresses) {
    const address = typeof entry === 'string' ? entry : entry.address;
    expect(net.isIP(address) > 0 && isLoopback(address), address).toBe(true);
  }
  expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
});

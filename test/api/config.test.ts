import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

describe('the configuration', () => {
  it('takes the public address without its trailing slash, and refuses one that is not http(s)', () => {
    expect(loadConfig({ KONTOR_PUBLIC_URL: 'https://kontor.example.com/' }).publicUrl).toBe(
      'https://kontor.example.com',
    );
    expect(loadConfig({}).publicUrl).toBeUndefined();
    expect(loadConfig({ KONTOR_PUBLIC_URL: '' }).publicUrl).toBeUndefined();
    expect(() => loadConfig({ KONTOR_PUBLIC_URL: 'kontor.example.com' })).toThrow(/KONTOR_PUBLIC_URL/);
    expect(() => loadConfig({ KONTOR_PUBLIC_URL: 'ftp://kontor.example.com' })).toThrow(/KONTOR_PUBLIC_URL/);
  });
});

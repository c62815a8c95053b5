import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { offences } from './dependency-rules.ts';
import { type ImportGraph, readImportGraph } from './import-graph.ts';

const root = path.resolve(import.meta.dirname, '../..');

function graphOf(files: Record<string, string[]>): ImportGraph {
  return new Map(
    Object.entries(files).map(([file, targets]) => [
      file,
      targets.map((target) => ({ target, isPackage: !target.includes('/') || target.startsWith('@') })),
    ]),
  );
}

function rulesBroken(files: Record<string, string[]>): string[] {
  return offences(graphOf(files)).map((offence) => offence.rule);
}

describe('the dependency rule (docs/architecture.md)', () => {
  it('holds for the server and the web app', () => {
    const found = offences(readImportGraph(root, ['src', 'web/src']));
    const report = found.map((offence) => `${offence.file} → ${offence.target}: ${offence.rule}`);
    expect(report).toEqual([]);
  });

  it('catches core importing outside core, or doing I/O', () => {
    expect(rulesBroken({ 'src/core/money.ts': ['src/db/client.ts', 'node:fs'] })).toEqual([
      'core imports nothing outside core',
      'core does no I/O: no Node.js modules but node:crypto',
    ]);
  });

  it('catches contracts importing a feature or a package other than zod', () => {
    expect(
      rulesBroken({
        'src/contracts/imports.ts': ['src/features/identify/imports/parsing/index.ts', 'papaparse'],
      }),
    ).toEqual(['contracts import only zod, src/core and other contracts', 'contracts import only zod']);
  });

  it('catches a route importing a store, even its own', () => {
    expect(
      rulesBroken({
        'src/features/know/accounts/accounts.routes.ts': ['src/features/know/accounts/accounts.store.ts'],
      }),
    ).toEqual(['a route never imports a store']);
  });

  it("catches a feature reaching into another feature's store, routes or internals", () => {
    expect(
      rulesBroken({
        'src/features/engage/visits/visits.service.ts': [
          'src/features/know/accounts/accounts.store.ts',
          'src/features/know/accounts/accounts.routes.ts',
          'src/features/know/accounts/account-hierarchy.ts',
          'src/features/know/accounts/accounts.service.ts',
        ],
      }),
    ).toEqual(
      Array(3).fill(
        'a feature uses another feature through its service, never its store, routes or internals',
      ),
    );
  });

  it('catches http reaching a feature other than through its routes or service', () => {
    expect(
      rulesBroken({
        'src/http/table-export.ts': ['src/features/identify/imports/parsing/index.ts'],
        'src/http/app.ts': ['src/features/know/accounts/accounts.routes.ts'],
      }),
    ).toEqual(['http reaches a feature only through its routes (to register them) or its service']);
  });

  it('catches the web app importing the server outside the contracts', () => {
    expect(
      rulesBroken({
        'web/src/api/imports.ts': [
          'src/features/identify/imports/parsing/index.ts',
          'src/core/permissions.ts',
        ],
        'web/src/api/users.ts': ['src/contracts/users.ts'],
      }),
    ).toEqual(Array(2).fill('the web app imports the server only through src/contracts'));
  });

  it('catches circles between files and between features', () => {
    expect(
      rulesBroken({
        'src/features/platform/auth/auth.service.ts': ['src/features/platform/users/users.service.ts'],
        'src/features/platform/users/users.service.ts': ['src/features/platform/auth/auth.service.ts'],
      }),
    ).toEqual(['no import circle between files', 'no import circle between features']);
  });
});

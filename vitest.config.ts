import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global-setup.ts'],
    setupFiles: ['test/setup/property-tests.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A test file mostly waits for PostgreSQL, so one more file than cores keeps them busy
    // (Vitest's default, one fewer, ran the files one by one on two cores: 134 s against 74 s).
    // At most 8, each with its pool of 5, stays well inside PostgreSQL's 100 connections.
    maxWorkers: Math.min(8, os.availableParallelism() + 1),
  },
});

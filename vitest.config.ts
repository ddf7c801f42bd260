import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most test time is spent waiting on child processes (git, the bundle, racing runs) and the emulator:
    // three files at a time on two cores halved the wall time of six mid-size files (vitest's default on two
    // cores is one file at a time).
    maxWorkers: 3,
  },
})

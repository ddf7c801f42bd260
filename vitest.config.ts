import { readdirSync } from 'node:fs'
import { defineConfig } from 'vitest/config'

/** Unit test files that need a module graph of their own: a module mock (vi.mock), a DOM environment. */
const OWN_MODULES = ['test/unit/touched.test.ts', 'test/unit/rendered.test.ts']
/** The other unit test files: pure code, no module mocks, no environment, nothing left running. */
const SHARED_MODULES = readdirSync('test/unit')
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => `test/unit/${name}`)
  .filter((path) => !OWN_MODULES.includes(path))

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most test time is spent waiting on child processes (git, the bundle, racing runs) and the emulator:
    // three files at a time on two cores halved the wall time of six mid-size files (vitest's default on two
    // cores is one file at a time).
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        // Their files share a worker and its module graph: importing src/ again for each file was half of
        // their time. Each still passes alone and shuffled.
        test: { name: 'unit', include: SHARED_MODULES, isolate: false },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ['test/**/*.test.ts'], exclude: SHARED_MODULES },
      },
    ],
  },
})

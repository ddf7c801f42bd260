/**
 * The README's quick start: `npm run demo` (scripts/demo.mjs over the built CLI) builds the example repository
 * and prints the report of its pull request: churn fails, fraud passes, ranker is new, and no model is invalid
 * (a broken example would show the product failing on its own showcase).
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/git-repo.js'

function demo(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts', 'demo.mjs')],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    )
  })
}

describe('npm run demo', () => {
  it('shows one failed, one passed and one new model, none invalid, and exits 0', async () => {
    const r = await demo()
    expect([r.code, r.stderr]).toEqual([0, ''])
    const lines = r.stdout.split('\n')
    expect(lines.slice(4, 6)).toEqual(['Model Gate: failed', '3 models checked: 1 failed, 1 passed, 1 new.'])
    expect(lines.filter((l) => /^\[(FAIL|PASS|NEW|WARN)\]/.test(l))).toEqual([
      '[FAIL] churn 3.0.0 -> 3.1.0: failed (2 metrics)  (models/churn/model.yaml)',
      '[PASS] fraud 1.4.0 -> 1.5.0: passed  (models/fraud/model.yaml)',
      '[NEW] ranker 0.1.0: new  (models/ranker/model.yaml)',
    ])
    expect(r.stdout).not.toMatch(/invalid|error:/)
  }, 180_000)
})

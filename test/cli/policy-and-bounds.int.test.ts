import { afterEach, describe, expect, it } from 'vitest'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { manifest } from '../helpers/fixtures.js'

const POLICY = `defaults: {warn: 1%, fail: 2%}
metrics:
  accuracy: {better: higher, fail: 0.01, min: 0.85}
require: [accuracy]
`

let repo: TestRepo | undefined
afterEach(() => repo?.remove())

/** A repository whose main holds the policy and one model, and a branch `pr` with these changes. */
function repoWith(change: (r: TestRepo) => void, base: Record<string, string> = {}): TestRepo {
  const r = makeRepo()
  r.commit('production', {
    '.github/model-gate.yml': POLICY,
    'models/churn/model.yaml': manifest('churn', '3.0.0', '  accuracy: 0.912\n'),
    ...base,
  })
  r.git('checkout', '--quiet', '-b', 'pr')
  change(r)
  r.git('checkout', '--quiet', 'main')
  repo = r
  return r
}

const check = (r: TestRepo, ...extra: string[]) =>
  runCli(r.dir, ['check', '--registry', 'base', '--base', 'main', '--head', 'pr', ...extra])

describe('model-gate check: loosening the gate is visible', () => {
  it('a pull request that only loosens the policy warns, with each rule side by side', async () => {
    const r = repoWith((x) => {
      x.commit('loosen', { '.github/model-gate.yml': POLICY.replace('fail: 0.01, min: 0.85', 'fail: 0.5') })
    })
    const out = await check(r)
    expect([out.code, out.stderr]).toEqual([0, ''])
    expect(out.stdout).toBe(`Model Gate: passed with warnings
No model manifest changed.

Proposed policy: 2 loosened
  This pull request changes .github/model-gate.yml. This check still uses the policy in force (.github/model-gate.yml); loosening a rule is a warning.
  metrics.accuracy: fail 0.01 -> 0.5, looser
  metrics.accuracy: min 0.85 -> none, looser
`)
    const json = JSON.parse((await check(r, '--format', 'json')).stdout)
    expect([json.verdict, json.policy_changes]).toEqual([
      'warn',
      {
        in_force: '.github/model-gate.yml',
        proposed: '.github/model-gate.yml',
        loosened: 2,
        tightened: 0,
        changes: [
          {
            rule: 'metrics.accuracy',
            setting: 'fail',
            in_force: '0.01',
            proposed: '0.5',
            effect: 'looser',
            note: null,
          },
          {
            rule: 'metrics.accuracy',
            setting: 'min',
            in_force: '0.85',
            proposed: 'none',
            effect: 'looser',
            note: null,
          },
        ],
      },
    ])
  })

  it('deleting the policy file is compared with the built-in defaults', async () => {
    const r = repoWith((x) => {
      x.git('rm', '--quiet', '.github/model-gate.yml')
      x.commit('no policy')
    })
    const out = await check(r)
    expect(out.code).toBe(0)
    expect(out.stdout).toBe(
      `Model Gate: passed with warnings
No model manifest changed.

Proposed policy: 3 loosened, 2 tightened
  This pull request deletes the policy file: after merge the built-in defaults apply. This check still uses the policy in force (.github/model-gate.yml); loosening a rule is a warning.
  metrics.accuracy: fail 0.01 -> 1%, looser (changed kind: which is wider depends on the baseline value)
  metrics.accuracy: min 0.85 -> none, looser
  require: accuracy required -> not required, looser
  defaults: warn 1% -> 0.5%, tighter
  defaults: fail 2% -> 1%, tighter
`,
    )
  })

  it('a model change with a loosened policy: the base thresholds decide, and the loosening is listed', async () => {
    const r = repoWith((x) => {
      x.commit('retrain and loosen', {
        '.github/model-gate.yml': 'defaults: {warn: 90%, fail: 99%}\n',
        'models/churn/model.yaml': manifest('churn', '3.1.0', '  accuracy: 0.5\n'),
      })
    })
    const out = await check(r)
    expect(out.code).toBe(1)
    expect(out.stdout).toContain('accuracy  0.912       0.5        -0.412  -45.18%  below floor')
    expect(out.stdout).toContain('  metrics.accuracy: min 0.85 -> none, looser\n')
    expect(out.stdout).toMatch(/^Model Gate: failed\n/)
  })
})

describe('model-gate check: bounded work', () => {
  it('the reproduction: three manifests of 16 metrics files of 0.56 MB fail each model with a clear message, fast', async () => {
    const file = (f: number) => {
      const lines = Array.from({ length: 23_000 }, (_, i) => `"f${f}_m${String(i).padStart(6, '0')}": 0.9`)
      return `{${lines.join(',\n')}}\n`
    }
    const models = (version: string) => {
      const out: Record<string, string> = {}
      for (let m = 0; m < 3; m++) {
        const list = Array.from({ length: 16 }, (_, f) => `m${f}.json`).join(', ')
        out[`models/m${m}/model.yaml`] = `name: m${m}\nversion: ${version}\nmetrics_files: [${list}]\n`
        for (let f = 0; f < 16; f++) out[`models/m${m}/m${f}.json`] = file(f)
      }
      return out
    }
    const r = repoWith((x) => x.commit('retrain', models('1.1.0')), models('1.0.0'))
    const out = await check(r)
    expect([out.code, out.stderr]).toEqual([1, ''])
    for (let m = 0; m < 3; m++) {
      expect(out.stdout).toContain(
        `[FAIL] m${m}: invalid  (models/m${m}/model.yaml)\n  error: models/m${m}/model.yaml:3: the model has more than 10,000 metrics (23,000 read so far, manifest and metrics files together)\n`,
      )
    }
  }, 120_000)

  it('nesting deeper than 64 levels in a metrics file is an error with file:line, not a stack overflow', async () => {
    const r = repoWith((x) =>
      x.commit('deep', {
        'models/churn/model.yaml': 'name: churn\nversion: 3.1.0\nmetrics_files: [m.json]\n',
        'models/churn/m.json': `{"accuracy": 0.9,\n "deep": ${'['.repeat(400_000)}${']'.repeat(400_000)}}\n`,
      }),
    )
    const out = await check(r)
    expect(out.code).toBe(1)
    expect(out.stdout).toContain('  error: models/churn/m.json:2:73: nesting deeper than 64 levels\n')
    expect(out.stdout).not.toContain('call stack')
  })
})

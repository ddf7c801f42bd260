import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

/** churn 1.0.0 committed ('v1'), then 1.1.0 ('v2'), with their metrics files. */
function churnRepo(): TestRepo {
  const repo = makeRepo()
  repo.commit('v1', {
    'models/churn/model.yaml':
      'name: churn\nversion: 1.0.0\nhyperparameters: {lr: 0.1}\nmetrics_files: [metrics.json]\n',
    'models/churn/metrics.json': '{"accuracy": 0.9, "loss": 0.3}\n',
  })
  repo.commit('v2', {
    'models/churn/model.yaml':
      'name: churn\nversion: 1.1.0\nhyperparameters: {lr: 0.2}\nmetrics_files: [metrics.json]\n',
    'models/churn/metrics.json': '{"accuracy": 0.85, "loss": 0.2}\n',
  })
  return repo
}

describe('diff and validate', () => {
  // Shared by the tests that only read it; the one that writes files in the work tree has a repository of
  // its own.
  let repo: TestRepo
  beforeAll(() => {
    repo = churnRepo()
  })
  afterAll(() => repo.remove())

  it('diff compares two versions from git, metrics files included', async () => {
    const r = await runCli(repo.dir, ['diff', 'HEAD~1:models/churn/model.yaml', 'models/churn/model.yaml'])
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: `Model Gate: failed
1 model checked: 1 failed.
Policy: built-in defaults

[FAIL] churn 1.0.0 -> 1.1.0: failed (1 metric)  (models/churn/model.yaml)
  metric    production  candidate  delta  delta %  verdict   rule
  accuracy  0.9         0.85       -0.05  -5.56%   fail      higher is better (inferred); warn 0.5%, fail 1%
  loss      0.3         0.2        -0.1   -33.33%  improved  lower is better (inferred); warn 0.5%, fail 1%
  what changed:
    hyperparameters.lr: 0.1 -> 0.2
`,
    })
  })

  it('diff refuses anything but two manifests', async () => {
    expect((await runCli(repo.dir, ['diff', 'models/churn/model.yaml'])).code).toBe(2)
    expect((await runCli(repo.dir, ['diff', 'nope:x.yaml', 'models/churn/model.yaml'])).stderr).toBe(
      "model-gate: unknown revision 'nope' in 'nope:x.yaml'\nRun 'model-gate --help' for usage.\n",
    )
  })

  it('validate --worktree lists every error of every file with file:line:col and exits 1', async () => {
    const own = churnRepo()
    onTestFinished(() => own.remove())
    own.write({
      'bad/model.yaml': 'name: Bad\nversion: 1\nmetrics: {acc: .nan}\n',
      'worse/model.json': '{"name": "x", "name": "y"}',
      'missing-metrics/model.yaml': 'name: m\nversion: 1.0.0\nmetrics_files: [nope.json]\n',
      '.github/model-gate.yml': 'defaults: {fail: 1 percent}\n',
    })
    const r = await runCli(own.dir, [
      'validate',
      '--worktree',
      'models/churn/model.yaml',
      'bad/model.yaml',
      'worse/model.json',
      'missing-metrics/model.yaml',
      '.github/model-gate.yml',
    ])
    expect(r).toEqual({
      code: 1,
      stdout: 'ok models/churn/model.yaml (churn 1.1.0, 2 metrics)\n1 valid, 4 invalid\n',
      stderr: `bad/model.yaml:3:16: number NaN is not finite
worse/model.json:1:15: duplicate key 'name'
missing-metrics/model.yaml:3: metrics file missing-metrics/nope.json does not exist
.github/model-gate.yml:1:12: defaults.fail '1 percent' is not a percentage like '1%' or '0.5%', nor an absolute number
`,
    })
  })

  it('validate exits 0 when everything is valid', async () => {
    expect(await runCli(repo.dir, ['validate', 'models/churn/model.yaml'])).toEqual({
      code: 0,
      stdout: 'ok models/churn/model.yaml (churn 1.1.0, 2 metrics)\n1 valid, 0 invalid\n',
      stderr: '',
    })
  })
})

describe('the registry in a clone', () => {
  let origin: TestRepo
  let clone: TestRepo
  // Each test gets an origin and a clone of its own: one promotes in the clone, which makes the local
  // registry branch the other expects not to exist.
  beforeEach(async () => {
    origin = makeRepo()
    origin.commit('v1', { 'm/model.yaml': 'name: m\nversion: 1.0.0\nmetrics: {accuracy: 0.9}\n' })
    await runCli(origin.dir, ['promote', 'm/model.yaml'])
    clone = makeRepo()
    clone.git('remote', 'add', 'origin', origin.dir)
    clone.git('fetch', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*')
    clone.git('checkout', '--quiet', '-b', 'feature', 'origin/main')
    clone.commit('v2', { 'm/model.yaml': 'name: m\nversion: 1.1.0\nmetrics: {accuracy: 0.7}\n' })
  })
  afterEach(() => {
    origin.remove()
    clone.remove()
  })

  it('reads production from the remote-tracking copy of the registry branch', async () => {
    expect(clone.git('branch', '--list', 'model-registry')).toBe('')
    const r = await runCli(clone.dir, ['check', '--base', 'origin/main'])
    expect([r.code, r.stdout.split('\n')[4]]).toEqual([
      1,
      '[FAIL] m 1.0.0 -> 1.1.0: failed (1 metric)  (m/model.yaml)',
    ])
  })

  it('promote in a clone builds on the remote-tracking copy', async () => {
    expect((await runCli(clone.dir, ['promote', 'm/model.yaml'])).code).toBe(0)
    expect(clone.git('rev-parse', 'model-registry~1')).toBe(clone.git('rev-parse', 'origin/model-registry'))
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

const manifest = (name: string, version: string, accuracy: number) =>
  `name: ${name}\nversion: ${version}\nmetrics:\n  accuracy: ${accuracy}\n`
const usage = "Run 'model-gate --help' for usage.\n"

describe('flags: per-command help, unknown, repeated and misplaced flags', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = makeRepo()
    repo.commit('churn', { 'models/churn/model.yaml': manifest('churn', '1.0.0', 0.9) })
  })
  afterAll(() => repo.remove())

  it('<command> --help shows that command and its flags only', async () => {
    const r = await runCli(repo.dir, ['adopt', '--help'])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Usage: model-gate adopt [REF] [--reason TEXT]',
      '',
      "Register today's production of every model at REF (default: the default branch) in one commit.",
    ])
    expect(r.stdout).toContain('--registry-branch NAME')
    expect(r.stdout).not.toContain('--base REF')
    expect((await runCli(repo.dir, ['help', 'status'])).stdout).toMatch(/^Usage: model-gate status \[REF\]/)
  })

  it('an unknown flag, a repeated flag and a flag of another command each get one line and exit 2', async () => {
    expect(await runCli(repo.dir, ['check', '--bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `model-gate: unknown flag '--bogus'\n${usage}`,
    })
    expect(await runCli(repo.dir, ['check', '--format', 'json', '-f', 'text'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `model-gate: --format is given twice: give it once\n${usage}`,
    })
    expect(await runCli(repo.dir, ['check', '--to', '1.0.0'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `model-gate: --to is not a flag of 'check' (see model-gate check --help)\n${usage}`,
    })
  })

  it('--format is refused where the command prints one line per result', async () => {
    const r = await runCli(repo.dir, ['promote', 'models/churn/model.yaml', '--format', 'json'])
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `model-gate: --format is not a flag of 'promote': promote prints one line per result, with no other format (see model-gate promote --help)\n${usage}`,
    })
    expect(repo.git('branch', '--list', 'model-registry')).toBe('')
  })
})

describe('a registry branch that is not there is said out loud', () => {
  let repo: TestRepo
  beforeAll(() => {
    repo = makeRepo()
    repo.commit('churn', { 'models/churn/model.yaml': manifest('churn', '1.0.0', 0.9) })
    repo.git('checkout', '--quiet', '-b', 'feature')
    repo.commit('churn 1.1.0', { 'models/churn/model.yaml': manifest('churn', '1.1.0', 0.5) })
  })
  afterAll(() => repo.remove())

  it('a misspelled --registry-branch fails the check and says why', async () => {
    const r = await runCli(repo.dir, ['check', '--base', 'main', '--registry-branch', 'model-regsitry'])
    expect(r.code).toBe(1)
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Model Gate: failed',
      expect.any(String),
      "error: registry branch 'model-regsitry' not found: every model is treated as new",
    ])
  })

  it('fail-on missing-registry:warn makes it a warning; the JSON report carries it', async () => {
    const r = await runCli(repo.dir, [
      'check',
      '--base',
      'main',
      '--fail-on',
      'fail,missing-registry:warn',
      '--format',
      'json',
    ])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(
      "model-gate: registry branch 'model-registry' not found: every model is treated as new\n",
    )
    const json = JSON.parse(r.stdout)
    expect(json.verdict).toBe('warn')
    expect(json.registry_missing).toEqual({
      branch: 'model-registry',
      level: 'warn',
      message: "registry branch 'model-registry' not found: every model is treated as new",
    })
  })

  it('a bad --fail-on is a usage error', async () => {
    const r = await runCli(repo.dir, ['check', '--fail-on', 'fail,registry:warn'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `model-gate: --fail-on 'registry:warn' is not 'missing-registry:warn' or 'missing-registry:fail'\n${usage}`,
    )
  })
})

describe('the policy at .github/model-gate.yml or .github/model-gate.yaml', () => {
  let repo: TestRepo
  afterAll(() => repo.remove())

  it('reads .yaml, and refuses both with both paths', async () => {
    repo = makeRepo()
    repo.commit('policy and model', {
      '.github/model-gate.yaml': 'metrics:\n  accuracy: {warn: 0.5, fail: 0.5}\n',
      'models/churn/model.yaml': manifest('churn', '1.0.0', 0.9),
    })
    repo.git('checkout', '--quiet', '-b', 'feature')
    repo.commit('churn 1.1.0', { 'models/churn/model.yaml': manifest('churn', '1.1.0', 0.5) })
    const args = ['check', '--base', 'main', '--registry', 'base', '--format', 'json']
    const one = JSON.parse((await runCli(repo.dir, args)).stdout)
    expect(one.policy).toBe('.github/model-gate.yaml')
    expect(one.verdict).toBe('pass')
    repo.git('checkout', '--quiet', 'main')
    repo.commit('a second policy file', { '.github/model-gate.yml': 'defaults: {fail: 1%}\n' })
    repo.git('checkout', '--quiet', 'feature')
    repo.git('rebase', '--quiet', 'main')
    const both = JSON.parse((await runCli(repo.dir, args)).stdout)
    expect(both.verdict).toBe('fail')
    expect(both.errors).toEqual([
      {
        location: '.github/model-gate.yml',
        message: 'both .github/model-gate.yml and .github/model-gate.yaml exist: keep one policy file',
      },
    ])
  })
})

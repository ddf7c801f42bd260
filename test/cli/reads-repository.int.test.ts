import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

describe('the CLI reads only the repository', () => {
  let repo: TestRepo
  let outside: string
  // The file outside is only read. Each test gets a repository of its own: one promotes, and the other
  // expects no registry branch yet.
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'model-gate-outside-'))
    writeFileSync(join(outside, 'secret.json'), '{"accuracy": 0.99, "password": "hunter2"}\n')
  })
  afterAll(() => rmSync(outside, { recursive: true, force: true }))
  beforeEach(() => {
    repo = makeRepo()
    repo.commit('churn', {
      'models/churn/model.yaml': 'name: churn\nversion: 1.0.0\nmetrics_files: [metrics.json]\n',
      'models/churn/metrics.json': '{"accuracy": 0.80}\n',
      'models/leak/model.yaml': 'name: leak\nversion: 1.0.0\nmetrics_files: [metrics.json]\n',
      'models/inside/model.yaml': 'name: inside\nversion: 1.0.0\nmetrics_files: [metrics.json]\n',
    })
    symlinkSync(join(outside, 'secret.json'), join(repo.dir, 'models/leak/metrics.json'))
    symlinkSync('../churn/metrics.json', join(repo.dir, 'models/inside/metrics.json'))
    repo.git('add', '--all')
    repo.git('commit', '--quiet', '-m', 'symlinks')
  })
  afterEach(() => repo.remove())
  const registryTip = () => repo.git('for-each-ref', '--format=%(objectname)', 'refs/heads/model-registry')

  it('a symlink that leaves the repository is an error, and nothing outside is read', async () => {
    const validate = await runCli(repo.dir, [
      'validate',
      'models/leak/model.yaml',
      'models/inside/model.yaml',
    ])
    expect(validate).toEqual({
      code: 1,
      stdout: 'ok models/inside/model.yaml (inside 1.0.0, 1 metrics)\n1 valid, 1 invalid\n',
      stderr: 'models/leak/metrics.json: is a symlink that leaves the repository: it is not read\n',
    })
    const promote = await runCli(repo.dir, ['promote', 'models/leak/model.yaml'])
    expect(promote.code).toBe(1)
    expect(promote.stderr).toBe(
      'models/leak/metrics.json: is a symlink that leaves the repository: it is not read\n',
    )
    expect(promote.stdout + promote.stderr).not.toContain('0.99')
    expect(registryTip()).toBe('')
  })

  it('promote refuses when a metrics file it references differs from the commit it records', async () => {
    repo.write({ 'models/churn/metrics.json': '{"accuracy": 0.99}\n' })
    const r = await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "model-gate: models/churn/metrics.json differs from HEAD: commit it first, or promote REF:models/churn/model.yaml\nRun 'model-gate --help' for usage.\n",
    })
    expect(registryTip()).toBe('')
    repo.git('checkout', '--', 'models/churn/metrics.json')
    expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
    const entry = JSON.parse(repo.git('show', 'model-registry:registry/churn.json'))
    expect(entry.production.metrics).toEqual({ accuracy: { value: 0.8 } })
  })
})

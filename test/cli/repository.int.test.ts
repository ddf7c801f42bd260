/**
 * Where the CLI runs: a folder outside any repository is a usage error (the repository is checked by starting
 * the batch reader, not by a process of its own), and from a subdirectory of the repository a check sees the
 * whole tree of its commits, as from the top.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { manifest } from '../helpers/fixtures.js'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

describe('outside a repository', () => {
  let outside: string
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'model-gate-outside-'))
  })
  afterAll(() => rmSync(outside, { recursive: true, force: true }))

  // git looks no higher than the folder's parent, whatever repository the machine's temporary folder is in.
  const env = () => ({ GIT_CEILING_DIRECTORIES: dirname(outside) })

  it.each([['check'], ['status'], ['validate', 'model.yaml'], ['history', 'churn']])(
    '%s: the folder named, exit 2, no output',
    async (...args) => {
      expect(await runCli(outside, args, env())).toEqual({
        code: 2,
        stdout: '',
        stderr: `model-gate: ${outside} is not inside a git repository\nRun 'model-gate --help' for usage.\n`,
      })
    },
  )

  it('a folder that does not exist: the same error', async () => {
    const gone = join(outside, 'gone')
    expect(await runCli(outside, ['check', '-C', gone], env())).toEqual({
      code: 2,
      stdout: '',
      stderr: `model-gate: ${gone} is not inside a git repository\nRun 'model-gate --help' for usage.\n`,
    })
  })

  it('the bundle: the same error', async () => {
    const r = await runCli(outside, ['check'], env(), { bundle: true })
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `model-gate: ${outside} is not inside a git repository\nRun 'model-gate --help' for usage.\n`,
    })
  })
})

describe('from a subdirectory of the repository', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = makeRepo()
    repo.commit('production', {
      '.github/model-gate.yml': 'defaults: {warn: 1%, fail: 2%}\n',
      'docs/README.md': 'docs\n',
      'models/churn/model.yaml': manifest('churn', '1.0.0', '', 'metrics_files: [metrics.json]\n'),
      'models/churn/metrics.json': '{"accuracy": 0.9}\n',
    })
    // Only the metrics file changes: the manifests that may reference it are found by listing the head's tree.
    repo.git('checkout', '--quiet', '-b', 'retrain')
    repo.commit('retrain', { 'models/churn/metrics.json': '{"accuracy": 0.95}\n' })
    repo.git('checkout', '--quiet', 'main')
    mkdirSync(join(repo.dir, 'docs', 'empty'), { recursive: true })
    expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
  })
  afterAll(() => repo.remove())

  it('check finds the model whose metrics file changed, as from the top', async () => {
    const args = ['check', '--base', 'main', '--head', 'retrain', '--registry', 'base']
    const top = await runCli(repo.dir, args)
    expect(top.stdout.split('\n').slice(0, 2)).toEqual(['Model Gate: passed', '1 model checked: 1 passed.'])
    for (const dir of ['docs', 'models/churn', 'docs/empty']) {
      expect(await runCli(join(repo.dir, dir), args)).toEqual(top)
    }
  })

  it('status lists the registry branch, as from the top', async () => {
    const top = await runCli(repo.dir, ['status'])
    expect(top.stdout.split('\n')[2]?.split(/ +/).slice(0, 2)).toEqual(['churn', '1.0.0'])
    for (const dir of ['docs', 'models/churn'])
      expect(await runCli(join(repo.dir, dir), ['status'])).toEqual(top)
  })
})

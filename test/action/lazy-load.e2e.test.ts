/**
 * The built action loads the YAML and TOML libraries (dist/yaml.cjs, dist/toml.cjs, out of the bundle) only
 * for a document that needs them, and finds them from its chunks: a pull request whose manifest has an anchor
 * (past the fast parser) or a TOML metrics file, and one changing no manifest, each run through dist/index.js
 * with the files it loads recorded.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { pullRequestPayload, runAction } from '../helpers/action.js'
import { commitOnBranch, manifest } from '../helpers/fixtures.js'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { recordLoadedFiles } from '../helpers/loaded-files.js'

let repo: TestRepo
let emulator: Emulator
let base: string
let nextPull = 1

beforeAll(async () => {
  repo = makeRepo()
  base = repo.commit('production', {
    '.github/model-gate.yml': 'defaults: {warn: 1%, fail: 2%}\n',
    'models/churn/model.yaml': manifest('churn', '3.0.0', '  accuracy: 0.912\n'),
  })
  expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
  emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models', requireToken: true })
})
afterAll(async () => {
  await emulator.close()
  repo.remove()
})
afterEach(() => expect(emulator.violations).toEqual([]))

/** A pull request with these files, checked by the built action: its run and the files under dist/ it loaded. */
async function checkPull(files: Record<string, string>) {
  const number = nextPull++
  const branch = `pr-${number}`
  const head = commitOnBranch(repo, branch, files, { message: `change ${number}` })
  emulator.setPull(number, { baseRef: 'main', baseSha: base, headRef: branch, headSha: head, user: 'alice' })
  const loaded = recordLoadedFiles()
  try {
    const run = await runAction({
      bundle: true,
      apiUrl: emulator.url,
      event: 'pull_request',
      payload: pullRequestPayload({ number, baseSha: base, headRef: branch, headSha: head }),
      sha: head,
      env: loaded.env,
    })
    return { run, files: loaded.files() }
  } finally {
    loaded.remove()
  }
}

/** The loaded files that are not chunks of the action's bundle (dist/NNN.index.js). */
const notChunks = (files: string[]) => files.filter((f) => !/^\d+\.index\.js$/.test(f))

describe('the built action loads a library only when a document needs it', () => {
  it('no manifest changed: neither library', async () => {
    const { run, files } = await checkPull({ 'README.md': 'docs only\n' })
    expect([run.code, run.outputs.verdict, run.stderr]).toEqual([0, 'skip', ''])
    expect(notChunks(files)).toEqual(['index.js'])
  })

  it('a manifest with an anchor: the YAML library, found from the chunk that parses it', async () => {
    const { run, files } = await checkPull({
      'models/churn/model.yaml': manifest(
        'churn',
        '3.1.0',
        '  accuracy: 0.912\n',
        'hyperparameters: {lr: &lr 0.1, warmup_lr: *lr}\n',
      ),
    })
    expect([run.code, run.outputs.verdict, run.stderr]).toEqual([0, 'pass', ''])
    expect(notChunks(files)).toEqual(['index.js', 'yaml.cjs'])
  })

  it('a TOML metrics file: the TOML library', async () => {
    const { run, files } = await checkPull({
      'models/churn/model.yaml': manifest(
        'churn',
        '3.1.0',
        '  accuracy: 0.912\n',
        'metrics_files: [eval.toml]\n',
      ),
      'models/churn/eval.toml': 'loss = 0.25\n',
    })
    expect([run.code, run.outputs.verdict, run.stderr]).toEqual([0, 'pass', ''])
    expect(notChunks(files)).toEqual(['index.js', 'toml.cjs'])
  })
})

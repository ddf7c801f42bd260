/**
 * Symlinks in a pull request, through the built action against the GitHub emulator, whose contents API
 * answers a symlink as `type: symlink` with its target: a link inside the repository is followed, one that
 * leaves it (or dangles, or loops) fails the model with an error naming the link.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { pullRequestPayload, runAction } from '../helpers/action.js'
import { commitOnBranch } from '../helpers/fixtures.js'
import { makeRepo, type TestRepo } from '../helpers/git-repo.js'

let repo: TestRepo
let emulator: Emulator
let base: string
let nextPull = 700

beforeAll(async () => {
  repo = makeRepo()
  base = repo.commit('production', {
    'models/churn/model.yaml': 'name: churn\nversion: 1.0.0\nmetrics: {accuracy: 0.9}\n',
    'shared/metrics.json': '{"accuracy": 0.8}\n',
  })
  // A registry branch that exists (with no entry yet): the models these pull requests add are new, not unchecked.
  commitOnBranch(repo, 'model-registry', { 'registry/.keep': '' })
  emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
})
afterAll(async () => {
  await emulator.close()
  repo.remove()
})
afterEach(() => expect(emulator.violations).toEqual([]))

/** A pull request adding model `name` whose metrics.json is a symlink (mode 120000) to target. */
async function checkLinkedModel(name: string, links: Record<string, string>) {
  const number = nextPull++
  const branch = `pr-${number}`
  repo.git('checkout', '--quiet', '-b', branch, base)
  repo.write({
    [`models/${name}/model.yaml`]: `name: ${name}\nversion: 1.0.0\nmetrics_files: [metrics.json]\n`,
  })
  repo.git('add', '--all')
  for (const [path, target] of Object.entries(links)) {
    const blob = repo.gitInput(target, 'hash-object', '-w', '--stdin')
    repo.git('update-index', '--add', '--cacheinfo', `120000,${blob},${path}`)
  }
  repo.git('commit', '--quiet', '-m', `link ${name}`)
  const head = repo.git('rev-parse', 'HEAD')
  repo.git('checkout', '--quiet', '--force', 'main')
  emulator.setPull(number, { baseRef: 'main', baseSha: base, headRef: branch, headSha: head, user: 'alice' })
  const run = await runAction({
    apiUrl: emulator.url,
    event: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: base, headRef: branch, headSha: head }),
    sha: head,
  })
  const [model] = JSON.parse(run.outputs.report ?? '{}').models
  return { run, model }
}

describe('the action meets symlinks in the pull request', () => {
  it('a symlink inside the repository is followed, as the contents API resolves it', async () => {
    const { run, model } = await checkLinkedModel('linked', {
      'models/linked/metrics.json': '../../shared/metrics.json',
    })
    expect([run.code, model.status, model.errors, model.metrics[0].candidate]).toEqual([0, 'new', [], 0.8])
  })

  it('a symlink to ../../etc/passwd fails the model, naming the link', async () => {
    const { run, model } = await checkLinkedModel('leak', {
      'models/leak/metrics.json': '../../../../../../etc/passwd',
    })
    expect([run.code, run.outputs.verdict, model.status]).toEqual([1, 'fail', 'invalid'])
    expect(model.errors).toEqual([
      {
        location: 'models/leak/metrics.json',
        message: 'is a symlink that leaves the repository: it is not read',
      },
    ])
    expect(run.outputs.report).not.toContain('root:')
  })

  it('a dangling and a looping symlink fail the model, naming the link', async () => {
    const dangling = await checkLinkedModel('dangling', { 'models/dangling/metrics.json': 'nowhere.json' })
    expect(dangling.model.errors).toEqual([
      {
        location: 'models/dangling/metrics.json',
        message: 'is a symlink to a path that does not exist in the commit',
      },
    ])
    const loop = await checkLinkedModel('loop', {
      'models/loop/metrics.json': 'other.json',
      'models/loop/other.json': 'metrics.json',
    })
    expect(loop.model.errors).toEqual([
      {
        location: 'models/loop/metrics.json',
        message: 'is a symlink that loops (or has too many levels of links)',
      },
    ])
  })
})

/**
 * A push that changes many models is promoted in one commit of the registry branch, with a fixed, small
 * number of requests.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { pushPayload, runAction } from '../helpers/action.js'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'
import { manifest } from '../helpers/fixtures.js'

const MODELS = Array.from({ length: 10 }, (_, i) => `m${String(i).padStart(2, '0')}`)

let repo: TestRepo
let emulator: Emulator

const entry = (name: string) => JSON.parse(repo.git('show', `model-registry:registry/${name}.json`))
const registryTip = () => repo.git('rev-parse', 'refs/heads/model-registry')

function files(version: string, accuracy: number) {
  return Object.fromEntries(MODELS.map((m) => [`models/${m}/model.yaml`, manifest(m, version, accuracy)]))
}

const push = (before: string, after: string, runId = '5001') =>
  runAction({
    apiUrl: emulator.url,
    event: 'push',
    payload: pushPayload({ before, after }),
    sha: after,
    actor: 'merger',
    runId,
  })

function byRoute(from: number): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of emulator.requests.slice(from)) {
    const key = `${r.method} ${r.operationId ?? r.path}`
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

// Every test pushes and promotes: each has a repository (the 10 models at 1.0.0, adopted) and an emulator of
// its own, whose request log holds only its own requests.
beforeEach(async () => {
  repo = makeRepo()
  repo.commit('v1', files('1.0.0', 0.9))
  expect((await runCli(repo.dir, ['adopt', 'main'])).code).toBe(0)
  emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
})
afterEach(async () => {
  const violations = [...emulator.violations]
  await emulator.close()
  repo.remove()
  expect(violations).toEqual([])
})

describe('a push that changes 10 models', () => {
  /** The push of all 10 models at 1.1.0 (run 5001), promoted: what the first test checks in detail. */
  async function promoted(): Promise<string> {
    const before = repo.git('rev-parse', 'main')
    const after = repo.commit('v2', files('1.1.0', 0.91))
    const run = await push(before, after)
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(JSON.parse(run.outputs.promoted ?? '')).toHaveLength(MODELS.length)
    return after
  }

  it('promotes them all in one registry commit, with a fixed number of requests', async () => {
    const before = repo.git('rev-parse', 'main')
    const tip = registryTip()
    const after = repo.commit('v2', files('1.1.0', 0.91))
    const from = emulator.requests.length
    const run = await push(before, after)
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(JSON.parse(run.outputs.promoted ?? '')).toEqual(
      MODELS.map((model) => ({ model, version: '1.1.0' })),
    )
    for (const m of MODELS) {
      expect(run.summary).toContain(`| ${m} | \`1.0.0\` | \`1.1.0\` | promoted |`)
      expect(entry(m).production).toMatchObject({ version: '1.1.0', commit: after, actor: 'merger' })
    }
    // One commit on the registry branch for the whole push, with every entry in it.
    const commit = registryTip()
    expect(repo.git('rev-list', '--count', `${tip}..${commit}`)).toBe('1')
    expect(repo.git('diff', '--name-only', tip, commit).split('\n')).toEqual(
      MODELS.map((m) => `registry/${m}.json`),
    )
    expect(repo.git('log', '-1', '--format=%s', commit)).toBe(`promote 10 models at ${after.slice(0, 12)}`)
    // The requests, by route: 12 for 10 models. The check reads the manifests, the policy and the registry's tip
    // in one GraphQL request, then every registry entry in a second one (baseline and acceptances share each
    // read); the promotion is one compare-and-swap: the ref, each
    // entry at it (the check's reads, when the ref has not moved), one ancestry question (production's commit
    // is the same for all), the parent's tree, one tree with the entries inline, one commit, one ref update
    // without force.
    expect(byRoute(from)).toEqual({
      'GET repos/list-pull-requests-associated-with-commit': 1,
      'GET repos/compare-commits-with-basehead': 2,
      'GET git/get-commit': 1,
      'GET git/get-tree': 2,
      'GET git/get-ref': 1,
      'POST graphql': 2,
      'POST git/create-tree': 1,
      'POST git/create-commit': 1,
      'PATCH git/update-ref': 1,
    })
    // The promotion alone: from the compare-and-swap's read of the ref on.
    const swap = emulator.requests.findLastIndex((r) => r.operationId === 'git/get-ref')
    expect(byRoute(swap)).toEqual({
      'GET git/get-ref': 1,
      'GET repos/compare-commits-with-basehead': 1,
      'GET git/get-commit': 1,
      'POST git/create-tree': 1,
      'POST git/create-commit': 1,
      'PATCH git/update-ref': 1,
    })
    expect(emulator.requestsFor('git/update-ref').at(-1)?.body).toMatchObject({ force: false })
  })

  it("a push that also changes a file that is not a manifest lists each commit's tree once", async () => {
    // A change to any other file reads every manifest of the after commit, which the tree lists: the same
    // tree the changed files were found in, not asked for a second time.
    const before = repo.git('rev-parse', 'main')
    const after = repo.commit('v2 and docs', { ...files('1.1.0', 0.91), 'README.md': 'models\n' })
    const from = emulator.requests.length
    const run = await push(before, after)
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(JSON.parse(run.outputs.promoted ?? '')).toHaveLength(MODELS.length)
    const trees = emulator.requests.slice(from).filter((r) => r.operationId === 'git/get-tree')
    expect(trees.map((r) => r.path.split('/').pop()).sort()).toEqual([before, after].sort())
  })

  it('a re-run of the same push writes nothing', async () => {
    const after = await promoted()
    const tip = registryTip()
    const from = emulator.requests.length
    const run = await push(repo.git('rev-parse', 'main~1'), after)
    expect([run.code, run.outputs.promoted]).toEqual([0, '[]'])
    expect(run.summary).toContain(
      '| m00 | `1.1.0` | `1.1.0` | unchanged | already production from this commit |',
    )
    expect(registryTip()).toBe(tip)
    const writes = emulator.requests
      .slice(from)
      .filter((r) => r.method !== 'GET' && r.operationId !== 'graphql')
    expect(writes).toEqual([])
  })

  it("one model's failure does not lose the others' promotion", async () => {
    const before = await promoted()
    const tip = registryTip()
    const after = repo.commit('v3', {
      'models/m00/model.yaml': manifest('m00', '1.2.0', 0.92),
      'models/m01/model.yaml': 'name: m01\nversion: one.two\nmetrics: {accuracy: 0.92}\n',
      'models/m02/model.yaml': manifest('m02', '1.2.0', 0.92),
    })
    const run = await push(before, after, '5004')
    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs.promoted ?? '')).toEqual([
      { model: 'm00', version: '1.2.0' },
      { model: 'm02', version: '1.2.0' },
    ])
    expect(run.summary).toContain(
      "| m01 | | | error | models/m01/model.yaml:2:1: version 'one.two' is not SemVer",
    )
    expect(repo.git('rev-list', '--count', `${tip}..${registryTip()}`)).toBe('1')
    expect(repo.git('diff', '--name-only', tip, registryTip()).split('\n')).toEqual([
      'registry/m00.json',
      'registry/m02.json',
    ])
    expect(entry('m01').production.version).toBe('1.1.0')
  })
})

describe('a model declared by a dvc.yaml artifact (no model.yaml)', () => {
  const dvcYaml = (lr: number) => `artifacts:
  clf: {path: model.pkl, type: model}
stages:
  train: {cmd: t, deps: [train.py], params: [train.lr], outs: [model.pkl]}
metrics: [eval/metrics.json]
# lr ${lr}
`
  const lock = (lr: number, md5: string) => `schema: '2.0'
stages:
  train:
    deps:
    - {path: train.py, md5: cccc3333cccc3333cccc3333cccc3333, size: 3}
    params: {params.yaml: {train.lr: ${lr}}}
    outs: [{path: model.pkl, md5: ${md5}, size: 99}]
`

  it('is promoted on merge, as the check finds it', async () => {
    const before = repo.git('rev-parse', 'main')
    const after = repo.commit('dvc model', {
      'ml/dvc.yaml': dvcYaml(0.1),
      'ml/dvc.lock': lock(0.1, 'dddd4444dddd4444dddd4444dddd4444'),
      'ml/params.yaml': 'train:\n  lr: 0.1\n',
      'ml/eval/metrics.json': '{"accuracy": 0.8}\n',
    })
    const run = await push(before, after, '5002')
    expect([run.code, run.stderr]).toEqual([0, ''])
    const version = `0.0.0+commit.${after.slice(0, 12)}`
    expect(JSON.parse(run.outputs.promoted ?? '')).toEqual([{ model: 'clf', version }])
    expect(entry('clf').production).toMatchObject({
      version,
      commit: after,
      path: 'ml/dvc.yaml:clf',
      metrics: { accuracy: { value: 0.8 } },
      manifest: { name: 'clf', hyperparameters: { 'train.lr': 0.1 } },
    })

    // A retrained model (only dvc.lock and the metrics change): checked, then promoted.
    const next = repo.commit('retrain', {
      'ml/dvc.lock': lock(0.1, 'eeee5555eeee5555eeee5555eeee5555'),
      'ml/eval/metrics.json': '{"accuracy": 0.81}\n',
    })
    const again = await push(after, next, '5003')
    expect([again.code, again.stderr]).toEqual([0, ''])
    expect(JSON.parse(again.outputs.promoted ?? '')).toEqual([
      { model: 'clf', version: `0.0.0+commit.${next.slice(0, 12)}` },
    ])
    expect(entry('clf').production).toMatchObject({ commit: next, metrics: { accuracy: { value: 0.81 } } })
  })
})

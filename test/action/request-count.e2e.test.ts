/**
 * How many API requests a pull-request check makes, by route, against the emulator: requests are
 * deterministic, unlike times. Every model of these pull requests has a manifest with inline metrics and a
 * metrics file, a production on the registry branch and a policy: the reads of a real monorepo.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { pullRequestPayload, runAction } from '../helpers/action.js'
import { commitOnBranch } from '../helpers/fixtures.js'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

const MODELS = 100
const POLICY = 'defaults: {warn: 1%, fail: 2%}\nrequire: [accuracy]\n'

let repo: TestRepo
let emulator: Emulator
let base: string
let nextPull = 900

const name = (i: number) => `model-${String(i).padStart(3, '0')}`
const modelFiles = (i: number, version: string, accuracy: number): Record<string, string> => ({
  [`models/${name(i)}/model.yaml`]:
    `name: ${name(i)}\nversion: ${version}\nhyperparameters: {lr: 0.1}\nmetrics_files: [metrics.json]\n` +
    `metrics:\n  accuracy: ${accuracy}\n  recall: 0.8\n`,
  [`models/${name(i)}/metrics.json`]: `{"f1": 0.7, "latency_ms": 40}\n`,
})

beforeAll(async () => {
  repo = makeRepo()
  const files: Record<string, string> = { '.github/model-gate.yml': POLICY }
  for (let i = 0; i < MODELS; i++) Object.assign(files, modelFiles(i, '1.0.0', 0.9))
  base = repo.commit('production', files)
  expect((await runCli(repo.dir, ['adopt'])).code).toBe(0)
  emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
}, 120_000)
afterAll(async () => {
  await emulator.close()
  repo.remove()
})
afterEach(() => expect(emulator.violations).toEqual([]))

/** A pull request retraining the first `count` models (every seventh one worse), checked in process. */
async function checkPull(count: number) {
  const number = nextPull++
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) Object.assign(files, modelFiles(i, '1.1.0', i % 7 === 0 ? 0.85 : 0.91))
  const branch = `pr-${number}`
  const head = commitOnBranch(repo, branch, files)
  emulator.setPull(number, { baseRef: 'main', baseSha: base, headRef: branch, headSha: head, user: 'alice' })
  const from = emulator.requests.length
  const run = await runAction({
    apiUrl: emulator.url,
    event: 'pull_request',
    payload: pullRequestPayload({ number, baseSha: base, headRef: branch, headSha: head }),
    sha: head,
  })
  const routes: Record<string, number> = {}
  for (const r of emulator.requests.slice(from)) {
    const route = r.operationId ?? `${r.method} ${r.path}`
    routes[route] = (routes[route] ?? 0) + 1
  }
  const total = Object.values(routes).reduce((a, b) => a + b, 0)
  return { run, routes, total }
}

/**
 * Reading: the pull request's files, then two GraphQL requests (the policy, the changed manifests at the head
 * and the base, and the registry branch's tip; then the metrics files and the registry entries). Writing:
 * the check run (created, then completed last), the head check before the comment, the comment search, the
 * comment. Main made 14, 59 and 509 (5 content reads a model).
 */
const EXPECTED = {
  'pulls/list-files': 1,
  graphql: 2,
  'checks/create': 1,
  'pulls/get': 1,
  'issues/list-comments': 1,
  'issues/create-comment': 1,
  'checks/update': 1,
}

describe('the requests of a pull-request check', () => {
  for (const count of [1, 10, 100]) {
    it(`${count} changed model(s): 8 requests, at most 8 + ceil(N/100)`, async () => {
      const { run, routes, total } = await checkPull(count)
      expect(routes).toEqual(EXPECTED)
      expect(total).toBeLessThanOrEqual(8 + Math.ceil(count / 100))
      const report = JSON.parse(run.outputs.report ?? '{}')
      expect(report.models.length).toBe(count)
      expect(
        report.models.every((m: { production_version: string }) => m.production_version === '1.0.0'),
      ).toBe(true)
    }, 120_000)
  }
})

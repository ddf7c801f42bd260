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

/**
 * A pull request retraining the first `count` models (every seventh one worse), checked in process; `extra`
 * metrics more in each manifest.
 */
async function checkPull(count: number, extra = 0) {
  const number = nextPull++
  const files: Record<string, string> = {}
  const more = Array.from({ length: extra }, (_, m) => `  extra_metric_${m}: 0.5\n`).join('')
  for (let i = 0; i < count; i++) {
    const model = modelFiles(i, '1.1.0', i % 7 === 0 ? 0.85 : 0.91)
    const path = `models/${name(i)}/model.yaml`
    Object.assign(files, model, { [path]: `${model[path]}${more}` })
  }
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
  const sequence = emulator.requests.slice(from).map((r) => r.operationId ?? `${r.method} ${r.path}`)
  const routes: Record<string, number> = {}
  for (const route of sequence) routes[route] = (routes[route] ?? 0) + 1
  return { run, routes, sequence, total: sequence.length }
}

/**
 * Reading: the pull request's files, then two GraphQL requests (the policy, the changed manifests at the head
 * and the base, and the registry branch's tip; then the metrics files and the registry entries). Writing: one
 * GraphQL request right before the comment (the pull request's head and the sticky comment's search), the
 * comment, and the check run, created once, completed, with its conclusion. Main made 14, 59 and 509 (5
 * content reads a model), then 8 (the check run created in progress and completed last, the head and the
 * comment search through REST).
 */
const EXPECTED = {
  'pulls/list-files': 1,
  graphql: 3,
  'issues/create-comment': 1,
  'checks/create': 1,
}
/**
 * The reads in this order; then the head-and-comment read, asked while the result renders (publish.ts), and
 * the two writes it goes before: the comment after it, the check run side by side with the comment, in either
 * order with it.
 */
const READS = ['pulls/list-files', 'graphql', 'graphql']
const WRITES = ['checks/create', 'graphql', 'issues/create-comment']

describe('the requests of a pull-request check', () => {
  for (const count of [1, 10, 100]) {
    it(`${count} changed model(s): 6 requests, at most 8 + ceil(N/100)`, async () => {
      const { run, routes, sequence, total } = await checkPull(count)
      expect(routes).toEqual(EXPECTED)
      expect(sequence.slice(0, 3)).toEqual(READS)
      const writes = sequence.slice(3)
      expect([...writes].sort()).toEqual(WRITES)
      expect(writes[0]).toBe('graphql')
      expect(total).toBeLessThanOrEqual(8 + Math.ceil(count / 100))
      const report = JSON.parse(run.outputs.report ?? '{}')
      expect(report.models.length).toBe(count)
      expect(
        report.models.every((m: { production_version: string }) => m.production_version === '1.0.0'),
      ).toBe(true)
    }, 120_000)
  }
})

describe('the outputs of a large pull request', () => {
  it('100 models of 300 metrics: every output within 1 MB together, the job summary names every model', async () => {
    const { run } = await checkPull(100, 296)
    expect([run.code, run.outputs.verdict]).toEqual([1, 'fail'])
    // GitHub counts every output of the step together, in UTF-16: two bytes a character
    const outputs = Object.entries(run.outputs).reduce((n, [k, v]) => n + k.length + v.length, 0)
    expect(2 * outputs).toBeLessThanOrEqual(1_000_000)
    const report = JSON.parse(run.outputs.report ?? '{}')
    expect(report.truncated).toEqual({
      reason: 'over 390000 bytes: passing metrics and snapshot changes left out',
      full_report: 'https://github.com/acme/models/actions/runs/1001',
      omitted: { metrics: 30_000 - 15, changes: 0 },
    })
    type Row = { name: string; verdict: string; metrics: { name: string; level: string }[] }
    const failing = (report.models as Row[]).filter((m) => m.verdict === 'fail')
    expect(report.models).toHaveLength(100)
    expect(failing.map((m) => m.name)).toEqual(Array.from({ length: 15 }, (_, k) => name(7 * k)))
    expect(failing.map((m) => m.metrics.map((r) => [r.name, r.level]))).toEqual(
      failing.map(() => [['accuracy', 'fail']]),
    )
    expect(JSON.parse(run.outputs.regressions ?? '[]')).toHaveLength(15)
    // The job summary keeps the whole run within its own limit: every model, the headline, the failing rows.
    expect(run.summary.length).toBeLessThanOrEqual(340_000)
    for (let i = 0; i < 100; i++) expect(run.summary).toContain(name(i))
    expect(run.summary).toContain('15 failed')
  }, 180_000)
})

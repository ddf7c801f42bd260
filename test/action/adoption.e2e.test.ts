/**
 * Adoption, end to end against the emulator: `source: workspace` checks metrics a job produced (a file in the
 * checkout that git does not track), and a registry branch that is not there is said out loud.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { pullRequestPayload, runAction } from '../helpers/action.js'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

let repo: TestRepo
let emulator: Emulator
let base: string
let nextPull = 1
const workspaces: string[] = []

function openPull(files: Record<string, string>) {
  const number = nextPull++
  const branch = `pr-${number}`
  repo.git('checkout', '--quiet', '-b', branch, 'main')
  const head = repo.commit(`change ${number}`, files)
  repo.git('checkout', '--quiet', 'main')
  emulator.setPull(number, { baseRef: 'main', baseSha: base, headRef: branch, headSha: head, user: 'alice' })
  return { number, branch, head }
}

/** The job's checkout of the head, with files its steps produced (never committed). */
function checkout(head: string, produced: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'model-gate-workspace-')), 'repo')
  workspaces.push(dir)
  repo.git('worktree', 'add', '--quiet', '--detach', dir, head)
  for (const [path, text] of Object.entries(produced)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

function check(
  pull: { number: number; branch: string; head: string },
  inputs: Record<string, string>,
  workspace?: string,
) {
  return runAction({
    apiUrl: emulator.url,
    event: 'pull_request',
    payload: pullRequestPayload({
      number: pull.number,
      baseSha: base,
      headRef: pull.branch,
      headSha: pull.head,
    }),
    inputs,
    sha: pull.head,
    ...(workspace ? { env: { GITHUB_WORKSPACE: workspace } } : {}),
  })
}

beforeAll(async () => {
  repo = makeRepo()
  repo.commit('production', {
    '.github/model-gate.yml': 'metrics:\n  accuracy: {better: higher, fail: 0.01}\n',
    'models/churn/model.yaml': 'name: churn\nversion: 1.0.0\nmetrics:\n  accuracy: 0.9\n',
    '.gitignore': 'eval/\n',
  })
  expect((await runCli(repo.dir, ['promote', 'models/churn/model.yaml'])).code).toBe(0)
  // main then moves to a manifest whose metrics the pipeline computes (eval/ is ignored: a DVC output)
  base = repo.commit('metrics from the pipeline', {
    'models/churn/model.yaml': 'name: churn\nversion: 1.1.0\nmetrics_files: [eval/churn.json]\n',
  })
  emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models', requireToken: true })
})
afterAll(async () => {
  await emulator.close()
  for (const dir of workspaces) rmSync(join(dir, '..'), { recursive: true, force: true })
  repo.remove()
})
afterEach(() => {
  expect(emulator.violations).toEqual([])
})

describe('source: workspace', () => {
  it('checks a metrics file the job produced on a pull request that does not touch the model, and says so', async () => {
    const pull = openPull({ 'README.md': 'docs only\n' })
    const workspace = checkout(pull.head, { 'models/churn/eval/churn.json': '{"accuracy": 0.85}\n' })
    const run = await check(pull, { source: 'workspace' }, workspace)
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    const report = JSON.parse(run.outputs.report ?? '{}')
    expect(report.models[0]).toMatchObject({
      name: 'churn',
      verdict: 'fail',
      checked_because: [],
      measured_in_run: ['models/churn/eval/churn.json'],
    })
    expect(run.summary).toContain(
      '🧪 Metrics measured in this run: models/churn/eval/churn.json, produced by the job and not in git.',
    )
  })

  it('with the default source (api) the same pull request has no model change', async () => {
    const pull = openPull({ 'README.md': 'docs again\n' })
    const run = await check(pull, {})
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('skip')
  })
})

describe('a registry branch that is not there', () => {
  const message = "registry branch 'model-regsitry' not found: every model is treated as new"

  it('fails the check, and the comment, the job summary and the log say why', async () => {
    const pull = openPull({
      'models/fraud/model.yaml': 'name: fraud\nversion: 0.1.0\nmetrics:\n  accuracy: 0.7\n',
    })
    const run = await check(pull, { 'registry-branch': 'model-regsitry' })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(run.commands).toContainEqual({ kind: 'warning', message })
    expect(run.summary).toContain(`- ❌ ${message}`)
    const comment = emulator.state.comments.filter((c) => c.issue_number === pull.number).at(-1)
    expect(comment?.body).toContain(`- ❌ ${message}`)
    expect(JSON.parse(run.outputs.report ?? '{}').registry_missing).toEqual({
      branch: 'model-regsitry',
      level: 'fail',
      message,
    })
  })

  it("'fail-on: fail, missing-registry:warn' makes it a warning", async () => {
    const pull = openPull({
      'models/fraud/model.yaml': 'name: fraud\nversion: 0.1.0\nmetrics:\n  accuracy: 0.7\n',
    })
    const run = await check(pull, {
      'registry-branch': 'model-regsitry',
      'fail-on': 'fail, missing-registry:warn',
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('warn')
    expect(run.summary).toContain(`- ⚠️ ${message}`)
  })
})

/**
 * The racing pushes of promote-race: ROUNDS rounds of two overlapping pushes on one backend. Each backend
 * has two test files, one for the rounds that race real processes and one for those that race in process
 * (order-race-branch.e2e, order-race-branch-in-process.e2e, and the same for gto), so the four run side by
 * side.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readContext } from '../../src/action/context.js'
import { getInputs } from '../../src/action/inputs.js'
import { promoteOnPush } from '../../src/action/promote-on-push.js'
import { createClient } from '../../src/github/client.js'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { pushPayload, startActionProcesses, type ActionProcesses } from './action.js'
import { makeRepo, type TestRepo } from './git-repo.js'

/**
 * Two pushes a minute apart, whose runs overlap: the older push's run must never end with its version in
 * production. Each round races the two runs; a fault (a 502, retried) slows the older run's write in even
 * rounds and the newer one's in odd rounds, so both orders of landing are exercised, and the natural race of
 * the undisturbed run is sampled ROUNDS times per backend. The first REAL_ROUNDS rounds race real processes
 * of the bundle (the 502 retried after plugin-retry's real second). The others race in this process, each
 * run its own client, context and inputs through promoteOnPush, concurrently: there the slowed run's retry
 * waits until the other run has finished, so the order the fault intends is certain, not likely.
 */
const ROUNDS = 40
const REAL_ROUNDS = 8
const BATCH = 4

export function orderRace(registry: 'branch' | 'gto', how: 'processes' | 'in process'): void {
  const [from, to] = how === 'processes' ? [0, REAL_ROUNDS] : [REAL_ROUNDS, ROUNDS]
  describe(`two racing pushes on the ${registry} registry, ${how}`, () => {
    let repo: TestRepo
    let emulator: Emulator
    let base: string
    let racers: ActionProcesses | undefined
    let events: string

    beforeAll(async () => {
      events = mkdtempSync(join(tmpdir(), 'model-gate-events-'))
      repo = makeRepo()
      base = repo.commit('base', { 'README.md': 'models\n' })
      emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
      // Each round's two runs are real processes; they live for the whole test and run one push at a time.
      if (how === 'processes') racers = startActionProcesses(2 * BATCH)
    })
    afterAll(async () => {
      racers?.close()
      await emulator.close()
      repo.remove()
      rmSync(events, { recursive: true, force: true })
    })

    it(`never ends with the older version in production (rounds ${from}-${to - 1} of ${ROUNDS}, faults injected)`, async () => {
      const outcomes: string[] = []
      // Rounds run BATCH at a time, each on its own model: the batch's writes also race each other on the ref.
      for (let first = from; first < to; first += BATCH) {
        const batch = Array.from({ length: BATCH }, (_, i) => first + i)
        const results = await (first < REAL_ROUNDS
          ? Promise.all(batch.map((round) => raceRound(round)))
          : quietly(events, () => Promise.all(batch.map((round) => raceRoundInProcess(round)))))
        for (const [i, result] of results.entries()) {
          expect(result.codes, `round ${first + i}`).toEqual([
            [0, ''],
            [0, ''],
          ])
          expect(production(`order-${first + i}`), `round ${first + i}`).toBe('1.1.0')
          outcomes.push(result.olderPromoted)
        }
        // GTO's reader lists every tag: the finished rounds' tags go, so each round reads about as much.
        if (registry === 'gto') {
          const done = repo.git('tag', '--list', 'order-*').split('\n').filter(Boolean)
          if (done.length) repo.git('tag', '-d', ...done)
        }
      }
      // Both orders happened: the older run was promoted first in some rounds, skipped as superseded in others.
      expect(outcomes).toContain('0')
      expect(outcomes).toContain('1')
      expect(emulator.violations).toEqual([])
    }, 1_800_000)

    async function raceRound(round: number) {
      const name = `order-${round}`
      const path = `models/${name}/model.yaml`
      const older = commitOn(base, path, `name: ${name}\nversion: 1.0.0\nmetrics: {accuracy: 0.9}\n`)
      const newer = commitOn(older, path, `name: ${name}\nversion: 1.1.0\nmetrics: {accuracy: 0.9}\n`)
      // The write that lands production: the ref update (branch) or the tag refs (gto).
      const slowed = round % 2 === 0 ? `older-${round}` : `newer-${round}`
      emulator.addFault({
        method: registry === 'gto' ? 'POST' : 'PATCH',
        path: registry === 'gto' ? /\/git\/refs$/ : /\/git\/refs\/heads\/model-registry$/,
        status: 502,
        times: 1,
        token: slowed,
      })
      const push = (before: string, after: string, token: string) =>
        (racers as ActionProcesses).run({
          apiUrl: emulator.url,
          event: 'push',
          payload: pushPayload({ before, after }),
          inputs: { registry, 'github-token': token },
          sha: after,
          runId: token,
        })
      const runs = await Promise.all([
        push(base, older, `older-${round}`),
        push(older, newer, `newer-${round}`),
      ])
      return {
        codes: runs.map((r) => [r.code, r.stderr]),
        olderPromoted: `${JSON.parse(runs[0].outputs.promoted ?? '[]').length}`,
      }
    }

    /** The same round, both runs in this process: promoteOnPush with each run's own client, context, inputs. */
    async function raceRoundInProcess(round: number) {
      const name = `order-${round}`
      const path = `models/${name}/model.yaml`
      const older = commitOn(base, path, `name: ${name}\nversion: 1.0.0\nmetrics: {accuracy: 0.9}\n`)
      const newer = commitOn(older, path, `name: ${name}\nversion: 1.1.0\nmetrics: {accuracy: 0.9}\n`)
      const slowed = round % 2 === 0 ? `older-${round}` : `newer-${round}`
      emulator.addFault({
        method: registry === 'gto' ? 'POST' : 'PATCH',
        path: registry === 'gto' ? /\/git\/refs$/ : /\/git\/refs\/heads\/model-registry$/,
        status: 502,
        times: 1,
        token: slowed,
      })
      const runs: Record<string, Promise<{ failed: boolean; errors: string; promoted: number }>> = {}
      const push = (before: string, after: string, token: string, other: string) => {
        // The slowed run's retry (its only wait) comes once the other run has finished.
        const sleep = async () =>
          void (token === slowed ? await runs[other]?.catch(() => undefined) : undefined)
        return pushInProcess(before, after, token, sleep)
      }
      runs.older = push(base, older, `older-${round}`, 'newer')
      runs.newer = push(older, newer, `newer-${round}`, 'older')
      const [o, n] = await Promise.all([runs.older, runs.newer])
      return {
        codes: [o, n].map((r) => [r.failed ? 1 : 0, r.errors]),
        olderPromoted: `${o.promoted}`,
      }
    }

    async function pushInProcess(before: string, after: string, token: string, sleep: () => Promise<void>) {
      const event = join(events, `${token}.json`)
      writeFileSync(event, JSON.stringify(pushPayload({ before, after })))
      const ctx = readContext({
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/models',
        GITHUB_API_URL: emulator.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: token,
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_ACTOR: 'alice',
        GITHUB_SHA: after,
      })
      const inputs = getInputs((name) => ({ registry, 'github-token': token })[name] ?? '')
      const api = createClient({ token, baseUrl: emulator.url, sleep })
      const { failed, promotions } = await promoteOnPush(api, ctx, inputs)
      return {
        failed,
        errors: promotions
          .filter((p) => p.outcome === 'error')
          .map((p) => p.detail)
          .join('\n'),
        promoted: promotions.filter((p) => p.outcome === 'promoted').length,
      }
    }

    /** A commit on top of parent with one file changed, made with plumbing (no checkout, safe in parallel). */
    function commitOn(parent: string, path: string, text: string): string {
      const blob = repo.gitInput(text, 'hash-object', '-w', '--stdin')
      const index = `${repo.dir}/.git/index-${blob}`
      const env = { GIT_INDEX_FILE: index }
      repo.gitWithEnv(env, 'read-tree', parent)
      repo.gitWithEnv(env, 'update-index', '--add', '--cacheinfo', `100644,${blob},${path}`)
      const tree = repo.gitWithEnv(env, 'write-tree')
      return repo.git('commit-tree', tree, '-p', parent, '-m', text.split('\n')[1] ?? '')
    }

    function production(name: string): string {
      if (registry === 'branch') {
        return JSON.parse(repo.git('show', `model-registry:registry/${name}.json`)).production.version
      }
      // GTO: the newest assignment tag of the prod stage (GTO counters only grow) names the version.
      const tags = repo.git('tag', '--list', `${name}#prod#*`).split('\n')
      const newest = tags.sort((a, b) => Number(b.split('#')[2]) - Number(a.split('#')[2]))[0] ?? ''
      return repo
        .git('for-each-ref', '--format=%(contents:subject)', `refs/tags/${newest}`)
        .replace(/^.* version v/, '')
    }
  })
}

/**
 * In-process runs log through @actions/core to stdout and write a job summary: both are kept from the
 * test's output while fn runs (stdout held back, the summary and outputs in files of dir, which stay: core
 * keeps the summary's path after its first write).
 */
async function quietly<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const saved = {
    write: process.stdout.write,
    summary: process.env.GITHUB_STEP_SUMMARY,
    output: process.env.GITHUB_OUTPUT,
  }
  writeFileSync(join(dir, 'summary.md'), '')
  writeFileSync(join(dir, 'output'), '')
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md')
  process.env.GITHUB_OUTPUT = join(dir, 'output')
  process.stdout.write = (() => true) as typeof process.stdout.write
  try {
    return await fn()
  } finally {
    process.stdout.write = saved.write
    for (const [name, value] of [
      ['GITHUB_STEP_SUMMARY', saved.summary],
      ['GITHUB_OUTPUT', saved.output],
    ] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
}

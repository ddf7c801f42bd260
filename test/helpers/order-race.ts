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
import { git, startEmulator, type Emulator } from '../emulator/index.js'
import { gitRaw } from '../emulator/git.js'
import { pushPayload, startActionProcesses, type ActionProcesses } from './action.js'
import { GIT_ENV, makeRepo, type TestRepo } from './git-repo.js'

/**
 * Two pushes a minute apart, whose runs overlap: the older push's run must never end with its version in
 * production. Each round races the two runs; a fault (a 502, retried) slows the older run's write in even
 * rounds and the newer one's in odd rounds, so both orders of landing are exercised, and the natural race of
 * the undisturbed run is sampled ROUNDS times per backend. The first REAL_ROUNDS rounds race real processes
 * of the bundle (the 502 retried after the client's real second). The others race in this process, each
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
    /** Each round's two commits on base: the older push's (1.0.0) and the newer's on top of it (1.1.0). */
    let pairs: Map<number, { older: string; newer: string }>

    beforeAll(async () => {
      events = mkdtempSync(join(tmpdir(), 'model-gate-events-'))
      repo = makeRepo()
      base = repo.commit('base', { 'README.md': 'models\n' })
      pairs = await commitPairs(repo.dir, base, from, to)
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
          expect(await production(`order-${first + i}`), `round ${first + i}`).toBe('1.1.0')
          outcomes.push(result.olderPromoted)
        }
        // GTO's reader lists every tag: the finished rounds' tags go, so each round reads about as much.
        if (registry === 'gto') {
          const done = (await git(repo.dir, ['tag', '--list', 'order-*'])).split('\n').filter(Boolean)
          if (done.length) await git(repo.dir, ['tag', '-d', ...done])
        }
      }
      // Both orders happened: the older run was promoted first in some rounds, skipped as superseded in others.
      expect(outcomes).toContain('0')
      expect(outcomes).toContain('1')
      expect(emulator.violations).toEqual([])
    }, 1_800_000)

    async function raceRound(round: number) {
      const { older, newer } = pairs.get(round) as { older: string; newer: string }
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
      const { older, newer } = pairs.get(round) as { older: string; newer: string }
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

    // Read through the emulator's small process that starts git (git() of test/emulator/git.ts): a git
    // process started by the test process costs several times more.
    async function production(name: string): Promise<string> {
      if (registry === 'branch') {
        const entry = await git(repo.dir, ['show', `model-registry:registry/${name}.json`])
        return JSON.parse(entry).production.version
      }
      // GTO: the newest assignment tag of the prod stage (GTO counters only grow) names the version.
      const tags = (await git(repo.dir, ['tag', '--list', `${name}#prod#*`])).split('\n')
      const newest = tags.sort((a, b) => Number(b.split('#')[2]) - Number(a.split('#')[2]))[0] ?? ''
      const subject = await git(repo.dir, [
        'for-each-ref',
        '--format=%(contents:subject)',
        `refs/tags/${newest}`,
      ])
      return subject.replace(/^.* version v/, '')
    }
  })
}

/**
 * The commits of rounds from..to-1, written by one `git fast-import` (a git process per commit was most of
 * a round's own work): round r's older commit changes models/order-r/model.yaml on base to version 1.0.0,
 * its newer commit on top of it to 1.1.0, the same commits a round made with commit-tree before. They sit
 * on a ref outside refs/heads and refs/tags (the emulator lists neither it nor its commits), deleted after.
 */
async function commitPairs(dir: string, base: string, from: number, to: number) {
  const who = `${GIT_ENV.GIT_AUTHOR_NAME} <${GIT_ENV.GIT_AUTHOR_EMAIL}> ${Math.floor(Date.now() / 1000)} +0000`
  const ref = 'refs/order-race/fixtures'
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`
  const stream: string[] = []
  for (let round = from; round < to; round++) {
    const name = `order-${round}`
    for (const [k, version] of ['1.0.0', '1.1.0'].entries()) {
      const text = `name: ${name}\nversion: ${version}\nmetrics: {accuracy: 0.9}\n`
      stream.push(
        `commit ${ref}\nmark :${2 * round + k + 1}\nauthor ${who}\ncommitter ${who}\n`,
        data(`version: ${version}`),
        `from ${k === 0 ? base : `:${2 * round + 1}`}\n`,
        `M 100644 inline models/${name}/model.yaml\n${data(text)}\n`,
      )
    }
  }
  for (let round = from; round < to; round++)
    stream.push(`get-mark :${2 * round + 1}\nget-mark :${2 * round + 2}\n`)
  stream.push('done\n')
  const out = await gitRaw(dir, ['fast-import', '--quiet', '--done'], { input: stream.join('') })
  await git(dir, ['update-ref', '-d', ref])
  const shas = out.stdout.toString('utf8').trim().split('\n')
  const pairs = new Map<number, { older: string; newer: string }>()
  for (let round = from; round < to; round++) {
    const [older = '', newer = ''] = shas.slice(2 * (round - from), 2 * (round - from) + 2)
    pairs.set(round, { older, newer })
  }
  return pairs
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

/**
 * The action end to end for `npm run bench`: the BUILT dist/index.js (or MODEL_GATE_DIST) as a child process,
 * the way a runner starts it (INPUT_*, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_API_URL),
 * against the GitHub emulator of test/emulator serving a real git repository. Loaded by scripts/bench.mjs
 * through vite's runnerImport (TypeScript, like the tests). Every run here is asynchronous: the emulator
 * answers from this process's event loop while the action runs.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startEmulator, type Emulator, type RecordedRequest } from '../../test/emulator/index.js'
import {
  OWNER,
  parseOutputs,
  pullRequestPayload,
  pushPayload,
  REPO,
  runAction,
  type ActionRun,
} from '../../test/helpers/action.js'
import { commitOnBranch, manifest } from '../../test/helpers/fixtures.js'
import { makeRepo, runCli, type TestRepo } from '../../test/helpers/git-repo.js'

export interface Requests {
  readonly total: number
  readonly routes: Record<string, number>
}

export interface PullCase extends Requests {
  readonly models: number
  readonly code: number
  readonly ms: number
}

const POLICY = 'defaults: {warn: 1%, fail: 2%}\nrequire: [accuracy]\n'
const name = (i: number) => `model-${String(i).padStart(3, '0')}`
const modelFiles = (i: number, version: string, accuracy: number): Record<string, string> => ({
  [`models/${name(i)}/model.yaml`]:
    `name: ${name(i)}\nversion: ${version}\nhyperparameters: {lr: 0.1}\nmetrics_files: [metrics.json]\n` +
    `metrics:\n  accuracy: ${accuracy}\n  recall: 0.8\n`,
  [`models/${name(i)}/metrics.json`]: `{"f1": 0.7, "latency_ms": 40}\n`,
})

function byRoute(requests: readonly RecordedRequest[]): Requests {
  const routes: Record<string, number> = {}
  for (const r of requests) {
    const route = `${r.method} ${r.operationId ?? r.path}`
    routes[route] = (routes[route] ?? 0) + 1
  }
  return { total: requests.length, routes }
}

async function adopt(repo: TestRepo, args: string[]): Promise<void> {
  const r = await runCli(repo.dir, args, {}, { bundle: true })
  if (r.code !== 0) throw new Error(`model-gate ${args.join(' ')}: exit ${r.code}\n${r.stderr}`)
}

/** A repository of `models` models (inline metrics and a metrics file each), adopted, served by an emulator. */
export class PullRequests {
  private next = 900
  private constructor(
    readonly repo: TestRepo,
    readonly emulator: Emulator,
    readonly base: string,
  ) {}

  /** `models` models and a policy, adopted on the registry branch. */
  static async open(models: number): Promise<PullRequests> {
    const repo = makeRepo('model-gate-bench-')
    const files: Record<string, string> = { '.github/model-gate.yml': POLICY, 'README.md': 'bench\n' }
    for (let i = 0; i < models; i++) Object.assign(files, modelFiles(i, '1.0.0', 0.9))
    const base = repo.commit('production', files)
    await adopt(repo, ['adopt'])
    const emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
    return new PullRequests(repo, emulator, base)
  }

  /** A pull request with these files, opened in the emulator. */
  open(files: Record<string, string>): { number: number; head: string; branch: string } {
    const number = this.next++
    const branch = `pr-${number}`
    const head = commitOnBranch(this.repo, branch, files)
    this.emulator.setPull(number, {
      baseRef: 'main',
      baseSha: this.base,
      headRef: branch,
      headSha: head,
      user: 'alice',
    })
    return { number, head, branch }
  }

  /** Runs the built action on a pull request: its result, wall time and requests. */
  async check(pull: { number: number; head: string; branch: string }) {
    const from = this.emulator.requests.length
    const start = process.hrtime.bigint()
    const run = await runAction({
      bundle: true,
      apiUrl: this.emulator.url,
      event: 'pull_request',
      payload: pullRequestPayload({
        number: pull.number,
        baseSha: this.base,
        headRef: pull.branch,
        headSha: pull.head,
      }),
      sha: pull.head,
    })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    return { run, ms, ...byRoute(this.emulator.requests.slice(from)) }
  }

  /** A pull request retraining the first `count` models (every seventh worse), `extra` metrics more each. */
  async retrain(count: number, extra = 0): Promise<PullCase & { run: ActionRun }> {
    const files: Record<string, string> = {}
    const more = Array.from({ length: extra }, (_, m) => `  extra_metric_${m}: 0.5\n`).join('')
    for (let i = 0; i < count; i++) {
      const model = modelFiles(i, '1.1.0', i % 7 === 0 ? 0.85 : 0.91)
      const path = `models/${name(i)}/model.yaml`
      Object.assign(files, model, { [path]: `${model[path]}${more}` })
    }
    const { run, ms, total, routes } = await this.check(this.open(files))
    const report = JSON.parse(run.outputs.report ?? '{}') as { models?: { production_version?: string }[] }
    const compared = (report.models ?? []).filter((m) => m.production_version === '1.0.0').length
    if (compared !== count) {
      throw new Error(
        `${count}-model pull request: ${compared} models compared (exit ${run.code})\n${run.stderr}`,
      )
    }
    return { models: count, code: run.code, ms, total, routes, run }
  }

  close(): Promise<void> {
    return this.emulator.close().finally(() => this.repo.remove())
  }
}

/** Every output of a step together, as GitHub counts it: UTF-16, two bytes a character. */
export function outputBytes(run: ActionRun): number {
  return 2 * Object.entries(run.outputs).reduce((n, [k, v]) => n + k.length + v.length, 0)
}

/** A push to main that changes 10 models: its requests, and the commits it adds to the registry branch. */
export async function pushTenModels(): Promise<Requests & { commits: number; promoted: number }> {
  const models = Array.from({ length: 10 }, (_, i) => `m${String(i).padStart(2, '0')}`)
  const files = (version: string, accuracy: number) =>
    Object.fromEntries(models.map((m) => [`models/${m}/model.yaml`, manifest(m, version, accuracy)]))
  const repo = makeRepo('model-gate-bench-')
  const before = repo.commit('v1', files('1.0.0', 0.9))
  await adopt(repo, ['adopt', 'main'])
  const emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
  try {
    const tip = repo.git('rev-parse', 'refs/heads/model-registry')
    const after = repo.commit('v2', files('1.1.0', 0.91))
    const run = await runAction({
      bundle: true,
      apiUrl: emulator.url,
      event: 'push',
      payload: pushPayload({ before, after }),
      sha: after,
      actor: 'merger',
    })
    const promoted = (JSON.parse(run.outputs.promoted ?? '[]') as unknown[]).length
    if (run.code !== 0 || promoted !== 10)
      throw new Error(`10-model push: exit ${run.code}, ${promoted} promoted\n${run.stderr}`)
    const commits = Number(repo.git('rev-list', '--count', `${tip}..refs/heads/model-registry`))
    if (emulator.violations.length) throw new Error(JSON.stringify(emulator.violations).slice(0, 400))
    return { ...byRoute(emulator.requests), commits, promoted }
  } finally {
    await emulator.close()
    repo.remove()
  }
}

/** Wall time and CPU time (user + system, from GNU time) of `node ARGS`, run asynchronously. */
function timed(
  argv: string[],
  env?: NodeJS.ProcessEnv,
): Promise<{ ms: number; cpuMs: number; code: number }> {
  const start = process.hrtime.bigint()
  return new Promise((resolve) =>
    execFile(
      '/usr/bin/time',
      ['-f', '%U %S', process.execPath, ...argv],
      { env, encoding: 'utf8', maxBuffer: 64 << 20 },
      (error, _stdout, stderr) => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6
        const [user, sys] = (stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ ms, cpuMs: ((user ?? NaN) + (sys ?? NaN)) * 1000, code })
      },
    ),
  )
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

/**
 * Cold start: the built action on a pull request that changes only README.md, against a bare `node -e 0` and
 * against the network floor (./network-floor.cjs: the requests the warm-up run sent, replayed in the same
 * order by node:http alone), alternated run by run after one warm-up of each, median of `runs`: wall time,
 * and CPU time.
 */
export async function coldStart(prs: PullRequests, action: string, runs = 7) {
  const pull = prs.open({ 'README.md': 'docs only\n' })
  const payload = pullRequestPayload({
    number: pull.number,
    baseSha: prs.base,
    headRef: pull.branch,
    headSha: pull.head,
  })
  const files = runnerFiles(payload)
  const env = runnerEnvironment(prs.emulator.url, files, pull.head)
  const plan = join(files.dir, 'floor.json')
  const floorScript = join(dirname(fileURLToPath(import.meta.url)), 'network-floor.cjs')
  const samples = { bare: new Samples(), action: new Samples(), floor: new Samples() }
  let requests: Requests | undefined
  try {
    for (let i = -1; i < runs; i++) {
      const bare = await timed(['-e', '0'], env)
      writeFileSync(files.output, '')
      writeFileSync(files.summary, '')
      const from = prs.emulator.requests.length
      const run = await timed([action], env)
      const verdict = parseOutputs(readFileSync(files.output, 'utf8')).verdict
      if (run.code !== 0 || verdict !== 'skip')
        throw new Error(`no-manifest pull request: exit ${run.code}, verdict ${verdict}`)
      const sent = prs.emulator.requests.slice(from)
      requests = byRoute(sent)
      if (i < 0) writeFileSync(plan, JSON.stringify(replayPlan(sent, prs.emulator.url)))
      const floor = await timed([floorScript, plan], env)
      if (floor.code !== 0) throw new Error(`network floor: exit ${floor.code}`)
      if (i < 0) continue // warm-up: the file cache, and the emulator's first GraphQL schema
      samples.bare.add(bare)
      samples.action.add(run)
      samples.floor.add(floor)
    }
  } finally {
    rmSync(files.dir, { recursive: true, force: true })
  }
  return {
    runs,
    bare: samples.bare.median(),
    action: samples.action.median(),
    floor: samples.floor.median(),
    requests: requests as Requests,
  }
}

class Samples {
  private readonly ms: number[] = []
  private readonly cpuMs: number[] = []
  add(run: { ms: number; cpuMs: number }): void {
    this.ms.push(run.ms)
    this.cpuMs.push(run.cpuMs)
  }
  median(): { ms: number; cpuMs: number } {
    return { ms: median(this.ms), cpuMs: median(this.cpuMs) }
  }
}

/**
 * The requests of one run as ./network-floor.cjs replays them: each with the indexes of the requests the
 * emulator had answered when it arrived, which the replay waits for.
 */
function replayPlan(sent: readonly RecordedRequest[], apiUrl: string) {
  const keep = ['accept', 'authorization', 'content-type', 'user-agent']
  return sent.map((r, i) => ({
    method: r.method,
    url: `${apiUrl}${r.rawUrl}`,
    headers: Object.fromEntries(keep.flatMap((h) => (r.headers[h] ? [[h, r.headers[h]]] : []))),
    ...(r.body === undefined ? {} : { body: typeof r.body === 'string' ? r.body : JSON.stringify(r.body) }),
    after: sent.flatMap((earlier, j) => (j < i && earlier.answered <= r.received ? [j] : [])),
  }))
}

function runnerFiles(payload: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-runner-'))
  const files = {
    dir,
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
  }
  writeFileSync(files.event, JSON.stringify(payload))
  return files
}

/** The environment a runner gives a JavaScript action's step. */
function runnerEnvironment(apiUrl: string, files: ReturnType<typeof runnerFiles>, sha: string) {
  return {
    PATH: process.env.PATH ?? '',
    HOME: files.dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: sha,
    GITHUB_REF: '',
    GITHUB_ACTOR: 'alice',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.dir,
    'INPUT_GITHUB-TOKEN': 'bench-token',
  }
}

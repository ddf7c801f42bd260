// Model Gate against a peer, for `npm run bench -- peer` (scripts/bench.mjs): the same 300 numbers, a
// production version and a candidate of one model, checked by the built CLI (`model-gate check` on a generated
// git repository), by the built action (a pull request against the GitHub emulator of test/emulator), and by
// the peer: a harness of github-action-benchmark's comparison and rendering, MODEL_GATE_PEER, a .js file run
// with node like an action step (its INPUT_* inputs, a stored previous result in its data.js format, the new
// result as its custom JSON). The peer is neither in this repository nor installed by it: build one as the
// README's benchmark section says. Each of the four (the peer, the CLI, the action, `node -e 0`) runs once as a
// warm-up, then 7 times alternated run by run: the median wall time, and CPU time (user + system).
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { BENCH_GIT_ENV } from './git-env.mjs'

const METRICS = 300
const RUNS = 7
const MODEL = 'model-000'
const names = Array.from({ length: METRICS }, (_, i) => `m${i}`)
const production = () => 0.9
const candidate = (i) => (i % 7 === 0 ? 0.85 : 0.91)
/** Warn at a 1% drop, fail at 2%: Model Gate's policy, and the peer's alert and fail thresholds. */
const POLICY = 'defaults: {warn: 1%, fail: 2%}\n'
const PEER_INPUTS = { 'alert-threshold': '101%', 'fail-threshold': '102%' }

export const NEEDS_PEER =
  'peer: skipped: set MODEL_GATE_PEER to a harness of github-action-benchmark (a .js file run with node); ' +
  "the README's benchmark section says how to build one"

/** The case: one line without MODEL_GATE_PEER; with it, a section of rows, every goal "at least as fast". */
export async function peer({ root, dist, row, details, section }) {
  const harness = process.env.MODEL_GATE_PEER
  if (!harness) {
    console.log(NEEDS_PEER)
    return
  }
  await section('peer', () => measure({ root, dist, harness: resolve(harness), row, details }))
}

async function measure({ root, dist, harness, row, details }) {
  if (!existsSync(harness)) throw new Error(`MODEL_GATE_PEER: ${harness} does not exist`)
  // TypeScript through vite's module runner, as scripts/bench.mjs loads scripts/bench/action.ts.
  process.env.MODEL_GATE_DIST = dist
  const { runnerImport } = await import('vite')
  const load = async (path) =>
    (await runnerImport(join(root, path), { configFile: false, logLevel: 'error' })).module
  const { startEmulator } = await load('test/emulator/index.ts')
  const { pullRequestPayload, parseOutputs } = await load('test/helpers/action.ts')
  const work = mkdtempSync(join(tmpdir(), 'model-gate-peer-'))
  let emulator
  try {
    const repo = makeRepository(join(work, 'repo'), join(dist, 'cli', 'index.js'))
    emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
    const cases = {
      bare: () => ({ argv: ['-e', '0'], check: () => {} }),
      peer: peerCase(work, harness, repo, pullRequestPayload),
      cli: cliCase(repo, join(dist, 'cli', 'index.js')),
      action: actionCase(work, join(dist, 'index.js'), repo, emulator, pullRequestPayload, parseOutputs),
    }
    const t = await alternate(cases)
    report(t, { row, details, requests: cases.action.requests, answering: cases.action.answering, harness })
    if (emulator.violations.length)
      throw new Error(`requests GitHub's API description rejects: ${JSON.stringify(emulator.violations)}`)
  } finally {
    await emulator?.close()
    rmSync(work, { recursive: true, force: true })
  }
}

function report(t, { row, details, requests, answering, harness }) {
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`
  const cpu = (c) => `CPU ${c.cpuMs.toFixed(0)} ms`
  const ratio = (c) => c.ms / t.peer.ms
  row(
    `peer: github-action-benchmark harness, ${METRICS} numbers vs a stored previous result (median of ${RUNS})`,
    `${s(t.peer.ms)}; ${cpu(t.peer)} (${harness})`,
  )
  row(`peer: node -e 0 (median of ${RUNS})`, `${s(t.bare.ms)}; ${cpu(t.bare)}`)
  for (const [key, name] of [
    ['cli', `peer: built CLI, model-gate check, 1 model x ${METRICS} metrics (median of ${RUNS})`],
    ['action', `peer: built action, 1-model x ${METRICS}-metric pull request (median of ${RUNS})`],
  ]) {
    const c = t[key]
    row(
      name,
      `${s(c.ms)} = ${ratio(c).toFixed(2)}x the peer; ${cpu(c)} = ${(c.cpuMs / t.peer.cpuMs).toFixed(2)}x`,
      'at least as fast as the peer',
      ratio(c) <= 1,
    )
  }
  if (requests.total) details.push(`peer case, 1-model pull request: ${requests.text}`)
  if (answering.length)
    details.push(
      `peer case: the emulator took ${median(answering).toFixed(0)} ms to answer them (median of the runs, summed over the requests)`,
    )
}

const GIT_ENV = BENCH_GIT_ENV

/**
 * One model, 300 metrics (150 inline in model.yaml, 150 in metrics.json): 1.0.0 on main, registered as
 * production by the built CLI's `model-gate adopt`; 1.1.0 on the branch `candidate`.
 */
function makeRepository(dir, cli) {
  mkdirSync(dir, { recursive: true })
  const git = (...args) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim()
  const write = (files) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    git('add', '--all')
  }
  const model = (version, value) => {
    const inline = names.slice(0, METRICS / 2).map((m, i) => `  ${m}: ${value(i)}\n`)
    const inFile = Object.fromEntries(names.slice(METRICS / 2).map((m, i) => [m, value(i + METRICS / 2)]))
    return {
      [`models/${MODEL}/model.yaml`]:
        `name: ${MODEL}\nversion: ${version}\nhyperparameters: {lr: 0.1}\nmetrics_files: [metrics.json]\n` +
        `metrics:\n${inline.join('')}`,
      [`models/${MODEL}/metrics.json`]: `${JSON.stringify(inFile, null, 2)}\n`,
    }
  }
  git('init', '--quiet', '--initial-branch=main')
  write({ '.github/model-gate.yml': POLICY, 'README.md': 'peer bench\n', ...model('1.0.0', production) })
  git('commit', '--quiet', '-m', 'production')
  const base = git('rev-parse', 'HEAD')
  execFileSync(process.execPath, [cli, 'adopt'], { cwd: dir, env: GIT_ENV, stdio: 'pipe' })
  git('checkout', '--quiet', '-b', 'candidate')
  write(model('1.1.0', candidate))
  git('commit', '--quiet', '-m', 'candidate')
  const head = git('rev-parse', 'HEAD')
  git('checkout', '--quiet', 'main')
  return { dir, base, head }
}

/** The environment a runner gives a JavaScript action's step, with these inputs. */
function runnerEnv(files, { apiUrl = 'https://api.github.com', sha, inputs }) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: files.dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: sha,
    GITHUB_REF: '',
    GITHUB_ACTOR: 'alice',
    GITHUB_WORKFLOW: 'bench',
    GITHUB_WORKSPACE: files.dir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.dir,
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

function runnerFiles(dir) {
  mkdirSync(dir, { recursive: true })
  const files = {
    dir,
    event: join(dir, 'event.json'),
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
  }
  return files
}

const bench = (commit, value, date) => ({
  commit: {
    author: { name: 'alice', username: 'alice' },
    committer: { name: 'alice', username: 'alice' },
    id: commit,
    message: 'production',
    timestamp: '2026-01-01T00:00:00Z',
    url: `https://github.com/acme/models/commit/${commit}`,
  },
  date,
  tool: 'customBiggerIsBetter',
  benches: names.map((name, i) => ({ name, value: value(i), unit: 'score' })),
})

/**
 * The peer, as its action step would run on the same pull request: the previous result (production's 300
 * numbers at the base commit) stored in dev/bench/data.js, the candidate's 300 numbers as its custom JSON.
 */
function peerCase(work, harness, repo, pullRequestPayload) {
  const files = runnerFiles(join(work, 'peer'))
  const number = 800
  const payload = pullRequestPayload({ number, baseSha: repo.base, headRef: 'candidate', headSha: repo.head })
  writeFileSync(files.event, JSON.stringify(payload))
  const previous = { lastUpdate: 0, repoUrl: 'https://github.com/acme/models', entries: {} }
  previous.entries[MODEL] = [bench(repo.base, production, 1767225600000)]
  const dataJs = `window.BENCHMARK_DATA = ${JSON.stringify(previous, null, 2)}`
  const result = bench(repo.head, candidate, 0).benches
  mkdirSync(join(files.dir, 'dev', 'bench'), { recursive: true })
  writeFileSync(join(files.dir, 'dev', 'bench', 'index.html'), '<!DOCTYPE html>\n')
  writeFileSync(join(files.dir, 'result.json'), JSON.stringify(result, null, 2))
  const inputs = {
    name: MODEL,
    tool: 'customBiggerIsBetter',
    'output-file-path': 'result.json',
    'gh-pages-branch': 'gh-pages',
    'benchmark-data-dir-path': 'dev/bench',
    'github-token': 'bench-token',
    'skip-fetch-gh-pages': 'true',
    'auto-push': 'false',
    'comment-always': 'true',
    'summary-always': 'true',
    'comment-on-alert': 'true',
    'fail-on-alert': 'true',
    ...PEER_INPUTS,
  }
  const env = runnerEnv(files, { sha: repo.head, inputs })
  return () => {
    writeFileSync(join(files.dir, 'dev', 'bench', 'data.js'), dataJs)
    writeFileSync(files.output, '')
    writeFileSync(files.summary, '')
    return { argv: [harness], env, cwd: files.dir, check: (r) => checkPeer(r, files) }
  }
}

/** The peer compared the 300 numbers: it stored them beside the previous ones, and failed on the drops. */
function checkPeer(r, files) {
  const text = readFileSync(join(files.dir, 'dev', 'bench', 'data.js'), 'utf8')
  const stored = JSON.parse(text.slice(text.indexOf('{'))).entries[MODEL] ?? []
  const counts = stored.map((b) => b.benches.length).join(', ')
  if (r.code !== 1 || counts !== `${METRICS}, ${METRICS}` || !/::error::/.test(r.stdout))
    throw new Error(
      `peer: exit ${r.code}, stored ${counts}\n${r.stdout.slice(-600)}\n${r.stderr.slice(-600)}`,
    )
}

/** The built CLI on the same repository: markdown, the pull-request comment it would post. */
function cliCase(repo, cli) {
  const argv = [cli, 'check', '--base', 'main', '--head', 'candidate', '--format', 'markdown']
  const report = JSON.parse(
    spawnJson(
      process.execPath,
      [cli, 'check', '--base', 'main', '--head', 'candidate', '--format', 'json'],
      repo,
    ),
  )
  const m = report.models?.[0]
  const compared = (m?.metrics ?? []).filter((x) => x.production !== null && x.production !== undefined)
  if (report.models?.length !== 1 || m.verdict !== 'fail' || compared.length !== METRICS)
    throw new Error(`CLI: not a 300-metric comparison with production: ${JSON.stringify(m).slice(0, 400)}`)
  return () => ({
    argv,
    cwd: repo.dir,
    env: GIT_ENV,
    check: (r) => {
      if (r.code !== 1 || !r.stdout.includes(MODEL)) throw new Error(`CLI: exit ${r.code}\n${r.stderr}`)
    },
  })
}

function spawnJson(command, args, repo) {
  try {
    return execFileSync(command, args, { cwd: repo.dir, env: GIT_ENV, encoding: 'utf8', maxBuffer: 64 << 20 })
  } catch (error) {
    if (error.status === 1) return error.stdout
    throw error
  }
}

/** The built action on a pull request of the same head (a new pull request number for every run). */
function actionCase(work, action, repo, emulator, pullRequestPayload, parseOutputs) {
  const files = runnerFiles(join(work, 'action'))
  let number = 900
  const self = () => {
    number += 1
    emulator.setPull(number, {
      baseRef: 'main',
      baseSha: repo.base,
      headRef: 'candidate',
      headSha: repo.head,
      user: 'alice',
    })
    writeFileSync(
      files.event,
      JSON.stringify(
        pullRequestPayload({ number, baseSha: repo.base, headRef: 'candidate', headSha: repo.head }),
      ),
    )
    writeFileSync(files.output, '')
    writeFileSync(files.summary, '')
    const from = emulator.requests.length
    const env = runnerEnv(files, {
      apiUrl: emulator.url,
      sha: repo.head,
      inputs: { 'github-token': 'bench-token' },
    })
    return {
      argv: [action],
      env,
      cwd: files.dir,
      check: (r) => {
        const outputs = parseOutputs(readFileSync(files.output, 'utf8'))
        const model = JSON.parse(outputs.report ?? '{}').models?.[0]
        if (r.code !== 1 || outputs.verdict !== 'fail' || model?.production_version !== '1.0.0')
          throw new Error(`action: exit ${r.code}, verdict ${outputs.verdict}\n${r.stderr.slice(-600)}`)
        const sent = emulator.requests.slice(from)
        self.requests = byRoute(sent)
        // How long the emulator took to answer them, summed: time the action waits that is not its own.
        self.answering.push(sent.reduce((ms, q) => ms + (q.answered - q.received), 0))
      },
    }
  }
  self.requests = { total: 0, text: '' }
  self.answering = []
  return self
}

function byRoute(requests) {
  const routes = {}
  for (const r of requests) {
    const route = `${r.method} ${r.operationId ?? r.path}`
    routes[route] = (routes[route] ?? 0) + 1
  }
  const text = Object.entries(routes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([route, n]) => `${route} ${n}`)
    .join(', ')
  return { total: requests.length, text: `${requests.length} (${text})` }
}

/** Wall time and CPU time (user + system, from GNU time) of `node ARGV`, run asynchronously. */
function timed({ argv, env, cwd }) {
  const start = process.hrtime.bigint()
  return new Promise((done) =>
    execFile(
      '/usr/bin/time',
      ['-f', '%U %S', process.execPath, ...argv],
      { env, cwd, encoding: 'utf8', maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6
        const [user, sys] = (stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        done({ ms, cpuMs: ((user ?? NaN) + (sys ?? NaN)) * 1000, code, stdout, stderr })
      },
    ),
  )
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

/** One warm-up of each case, then RUNS rounds, each case once a round in the same order: medians. */
async function alternate(cases) {
  const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, { ms: [], cpuMs: [] }]))
  for (let round = -1; round < RUNS; round++) {
    for (const [key, make] of Object.entries(cases)) {
      const run = make()
      const r = await timed(run)
      run.check(r)
      if (round < 0) continue
      samples[key].ms.push(r.ms)
      samples[key].cpuMs.push(r.cpuMs)
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([k, v]) => [k, { ms: median(v.ms), cpuMs: median(v.cpuMs) }]),
  )
}

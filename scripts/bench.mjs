#!/usr/bin/env node
// The goals of the scale work in one table, every row measured in this run against its goal: the built CLI on
// a generated monorepo (scripts/bench/scale.mjs), the engine alone, the built action end to end against the
// GitHub emulator of test/emulator (scripts/bench/action.ts, loaded through vite like the tests), and the
// action's cold start. It measures the built bundles: dist/ (run `npm run build` first), or MODEL_GATE_DIST.
// Machines are shared and noisy: read ratios within one run. Exit status 1 when a goal is not met.
// Usage: npm run bench [-- [cli] [engine] [action] [cold] [peer] [--models N]]   (no section: all of them)
// peer (scripts/bench/peer.mjs) needs MODEL_GATE_PEER, a harness of github-action-benchmark: README, Benchmarks.
// First: removes the NODE_* variables that change how long a node process takes to start (./bench/node-env.mjs).
import { REMOVED_NODE_VARIABLES } from './bench/node-env.mjs'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { peer } from './bench/peer.mjs'
import { cliCases, engine } from './bench/scale.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dist = resolve(process.env.MODEL_GATE_DIST ?? join(root, 'dist'))
const args = process.argv.slice(2)
const modelsAt = args.indexOf('--models')
const MODELS = modelsAt >= 0 ? Number(args[modelsAt + 1]) : 2000
const chosen = args.filter((a, i) => !a.startsWith('--') && (modelsAt < 0 || i !== modelsAt + 1))
const SECTIONS = ['action', 'cold', 'cli', 'engine', 'peer']
const unknown = chosen.filter((s) => !SECTIONS.includes(s))
if (unknown.length) {
  console.error(`unknown section(s) ${unknown.join(', ')}: choose among ${SECTIONS.join(', ')}`)
  process.exit(2)
}
const want = (section) => chosen.length === 0 || chosen.includes(section)
for (const file of ['index.js', 'cli/index.js']) {
  if (!existsSync(join(dist, file))) {
    console.error(`${join(dist, file)} is missing: run 'npm run build' first`)
    process.exit(2)
  }
}

/** Rows of the table: met is true, false, or null for a reference row without a goal. */
const rows = []
const details = []
const row = (name, measured, goal = '', met = null) => rows.push({ name, measured, goal, met })
const s = (ms) => `${(ms / 1000).toFixed(2)} s`
const x = (ratio) => `${ratio.toFixed(2)}x`
const routes = (r) =>
  Object.entries(r.routes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([route, n]) => `${route} ${n}`)
    .join(', ')

/** A section that throws is reported as a row that did not meet its goal, and the others still run. */
async function section(name, body) {
  const start = Date.now()
  try {
    await body()
  } catch (error) {
    row(`${name}: could not be measured`, String(error?.message ?? error).split('\n')[0], 'runs', false)
    details.push(`${name}: ${error?.stack ?? error}`)
  }
  console.error(`  ${name}: ${((Date.now() - start) / 1000).toFixed(1)} s`)
}

async function actionSections() {
  // TypeScript through vite's module runner, as vitest runs the emulator; MODEL_GATE_DIST is read by the helpers.
  process.env.MODEL_GATE_DIST = dist
  const { runnerImport } = await import('vite')
  const { module: bench } = await runnerImport(join(root, 'scripts/bench/action.ts'), {
    configFile: false,
    logLevel: 'error',
  })
  if (want('cold')) {
    // Start-up alone: a small repository (3 models), so that reading every manifest a non-manifest change may
    // touch (the gate does) costs little.
    const small = await bench.PullRequests.open(3)
    try {
      await section('cold start', () => coldStart(bench, small))
    } finally {
      await small.close()
    }
  }
  if (!want('action')) return
  const prs = await bench.PullRequests.open(100)
  try {
    await section('action pull requests', () => pullRequests(bench, prs))
  } finally {
    await prs.close()
  }
  await section('action push', () => push(bench))
}

async function coldStart(bench, prs) {
  const c = await bench.coldStart(prs, join(dist, 'index.js'), 7)
  const ms = (run) => `${run.ms.toFixed(0)} ms`
  const cpu = (run) => `CPU ${run.cpuMs.toFixed(0)} ms`
  const ratio = c.action.ms / c.bare.ms
  row(
    `cold start: built action, pull request changing README.md only (median of ${c.runs})`,
    `${ms(c.action)} = ${x(ratio)} node -e 0 (${ms(c.bare)}); ${cpu(c.action)} vs ${c.bare.cpuMs.toFixed(0)} ms`,
    'wall within 2x node -e 0',
    ratio <= 2,
  )
  row(
    `cold start: network floor, the same ${c.requests.total} requests in the same order by node:http alone (median of ${c.runs})`,
    `${ms(c.floor)} = ${x(c.floor.ms / c.bare.ms)} node -e 0; the action is ${x(c.action.ms / c.floor.ms)} the floor; ${cpu(c.floor)}`,
  )
  details.push(`no-manifest pull request: ${c.requests.total} (${routes(c.requests)})`)
}

async function pullRequests(bench, prs) {
  for (const [count, goal] of [
    [1, 6],
    [10, 9],
    [100, 10],
  ]) {
    const r = await prs.retrain(count)
    row(
      `action: ${count}-model pull request, API requests`,
      `${r.total} (${s(r.ms)})`,
      `at most ${goal}`,
      r.total <= goal,
    )
    details.push(`${count}-model pull request: ${r.total} (${routes(r)})`)
  }
  const big = await prs.retrain(100, 296)
  const bytes = bench.outputBytes(big.run)
  row(
    'action: outputs of a 100-model x 300-metric pull request, together, UTF-16',
    `${bytes.toLocaleString('en-US')} bytes (report ${(2 * (big.run.outputs.report ?? '').length).toLocaleString('en-US')}; ${s(big.ms)})`,
    'at most 1,000,000 bytes',
    bytes <= 1_000_000,
  )
  if (prs.emulator.violations.length)
    throw new Error(`requests GitHub's API description rejects: ${JSON.stringify(prs.emulator.violations)}`)
}

async function push(bench) {
  const p = await bench.pushTenModels()
  row(
    'action: 10-model push (promotion), API requests and registry commits',
    `${p.total} requests, ${p.commits} commit${p.commits === 1 ? '' : 's'}`,
    'at most 15 requests, 1 commit',
    p.total <= 15 && p.commits === 1,
  )
  details.push(`10-model push: ${p.total} (${routes(p)})`)
}

function cli() {
  const cases = cliCases({ cli: join(dist, 'cli', 'index.js'), models: MODELS, changed: [100, 500, 1000] })
  const at = (n) => cases.find((c) => c.changed === n)
  for (const c of cases) {
    const name = `CLI check, ${c.changed.toLocaleString('en-US')} of ${MODELS.toLocaleString('en-US')} models changed (300 metrics each)`
    if (c.bounded) {
      row(name, `${c.bounded} models refused by the run's metric bound`, 'compared', false)
      continue
    }
    const measured = `${s(c.ms)}, ${c.rssMB.toFixed(0)} MB, ${x(c.ms / c.floorMs)} floor (${s(c.floorMs)})`
    if (c.changed !== 500) row(name, measured)
    else {
      const ok = c.ms < 5000 && c.rssMB < 300 && c.ms <= 5 * c.floorMs
      row(name, measured, 'under 5 s, under 300 MB, within 5x floor', ok)
    }
  }
  const [a, b] = [at(500), at(1000)]
  if (a?.ms && b?.ms) {
    row(
      'CLI check, 1,000 vs 500 changed: wall ratio',
      x(b.ms / a.ms),
      'linear: at most 2.2x',
      b.ms / a.ms <= 2.2,
    )
  }
}

function engineRow() {
  const e = engine()
  const m = (perSecond) => (perSecond / 1e6).toFixed(2)
  row(
    `engine alone: compareModel, ${e.models} models x ${e.metrics} metrics, ${e.comparisons.toLocaleString('en-US')} comparisons a round`,
    `${m(e.perSecond)} M metric comparisons/s (median of ${e.rounds.length} rounds; ${m(e.slowest)}-${m(e.fastest)})`,
    'at least 1 M/s',
    e.perSecond >= 1e6,
  )
}

function print() {
  const cells = rows.map((r) => [r.name, r.measured, r.goal, r.met === null ? '-' : r.met ? 'yes' : 'NO'])
  const header = ['case', 'measured', 'goal', 'met?']
  const width = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
  const line = (c) => `| ${c.map((v, i) => v.padEnd(width[i])).join(' | ')} |`
  console.log(line(header))
  console.log(`| ${width.map((w) => '-'.repeat(w)).join(' | ')} |`)
  for (const c of cells) console.log(line(c))
  if (details.length) console.log(`\nAPI requests by route:\n${details.map((d) => `  ${d}`).join('\n')}`)
}

const started = Date.now()
const removed = REMOVED_NODE_VARIABLES.length
  ? `; removed from every timed process's environment: ${REMOVED_NODE_VARIABLES.join(', ')}`
  : ''
console.log(`model-gate benchmark: ${dist}, node ${process.version}, ${new Date().toISOString()}${removed}\n`)
if (want('action') || want('cold')) await actionSections()
if (want('cli')) await section('CLI scale', cli)
if (want('engine')) await section('engine', engineRow)
if (want('peer')) await peer({ root, dist, row, details, section })
print()
const goals = rows.filter((r) => r.met !== null)
const met = goals.filter((r) => r.met).length
console.log(
  `\n${met} of ${goals.length} goals met; the bench took ${((Date.now() - started) / 1000).toFixed(0)} s`,
)
process.exitCode = met === goals.length ? 0 : 1

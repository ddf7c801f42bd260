// Monorepo scale for `npm run bench` (scripts/bench.mjs): a generated repository of `models` models with 300
// metrics each (half inline in model.yaml, half in a metrics file), every model registered on the registry
// branch; pull requests change 100, 500 and 1,000 of them. For each: wall time and peak RSS of the built CLI's
// `model-gate check` end to end, and the floor: node start-up plus reading the same blobs (manifests and
// metrics files at base and head, registry entries) through one `git cat-file --batch`. Then the engine
// alone: compareModel in process (scripts/bench/engine.ts, bundled with ncc as scripts/build.mjs bundles dist/).
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BENCH_GIT_ENV } from './git-env.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const METRICS = 300
const env = BENCH_GIT_ENV

const git = (cwd, args, input) =>
  execFileSync('git', args, { cwd, env, input, maxBuffer: 1 << 30 })
    .toString()
    .trim()

/** Writes blobs with one `git hash-object -w --stdin-paths` run: returns their ids in order. */
function writeBlobs(cwd, texts) {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-blobs-'))
  const paths = texts.map((text, i) => {
    const p = join(dir, String(i))
    writeFileSync(p, text)
    return p
  })
  const ids = git(cwd, ['hash-object', '-w', '--stdin-paths'], `${paths.join('\n')}\n`).split('\n')
  rmSync(dir, { recursive: true, force: true })
  return ids
}

/** A tree from {path: blobId}, nested folders included, through `git mktree`. */
function writeTree(cwd, files) {
  const children = new Map()
  for (const [path, id] of Object.entries(files)) {
    const slash = path.indexOf('/')
    if (slash < 0) children.set(path, { kind: 'blob', id })
    else {
      const dir = path.slice(0, slash)
      const sub = children.get(dir) ?? { kind: 'tree', files: {} }
      sub.files[path.slice(slash + 1)] = id
      children.set(dir, sub)
    }
  }
  const lines = [...children].map(([name, c]) =>
    c.kind === 'blob' ? `100644 blob ${c.id}\t${name}` : `040000 tree ${writeTree(cwd, c.files)}\t${name}`,
  )
  return git(cwd, ['mktree'], `${lines.join('\n')}\n`)
}

const metricNames = Array.from({ length: METRICS }, (_, i) => `m${i}`)
const inline = metricNames.slice(0, METRICS / 2)
const inFile = metricNames.slice(METRICS / 2)
const manifest = (name, version, value) =>
  `name: ${name}\nversion: ${version}\nhyperparameters: {lr: 0.1, depth: 6}\n` +
  `data:\n  - {name: train, role: train, uri: s3://bench/train}\n  - {name: eval, role: eval, uri: s3://bench/eval}\n` +
  `metrics_files: [metrics.json]\nmetrics:\n${inline.map((m, i) => `  ${m}: ${value(i)}\n`).join('')}`
const metricsFile = (value) =>
  `${JSON.stringify(Object.fromEntries(inFile.map((m, i) => [m, value(i + inline.length)])), null, 2)}\n`
const base = () => 0.9
const candidate = (i) => (i % 7 === 0 ? 0.85 : 0.91)

function registryEntry(name) {
  const metrics = Object.fromEntries(metricNames.map((m) => [m, { value: 0.9 }]))
  const snapshot = {
    name,
    version: '1.0.0',
    hyperparameters: { lr: 0.1, depth: 6 },
    data: [
      { name: 'train', role: 'train', uri: 's3://bench/train' },
      { name: 'eval', role: 'eval', uri: 's3://bench/eval' },
    ],
    metrics_files: ['metrics.json'],
  }
  const event = {
    type: 'promote',
    version: '1.0.0',
    at: '2026-01-01T00:00:00.000Z',
    actor: 'bench',
    commit: '0'.repeat(40),
    path: `models/${name}/model.yaml`,
    manifest: snapshot,
    metrics,
  }
  const production = { ...event, since: event.at, event: 'promote' }
  delete production.type
  delete production.at
  return `${JSON.stringify({ schema: 1, name, production, history: [event] }, null, 2)}\n`
}

function buildRepository(MODELS, CHANGED) {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-scale-'))
  git(dir, ['init', '--quiet', '--initial-branch=main'])
  const names = Array.from({ length: MODELS }, (_, i) => `model-${String(i).padStart(4, '0')}`)
  const baseFiles = {}
  const texts = []
  for (const n of names) texts.push(manifest(n, '1.0.0', base), metricsFile(base))
  const ids = writeBlobs(dir, texts)
  names.forEach((n, i) => {
    baseFiles[`models/${n}/model.yaml`] = ids[2 * i]
    baseFiles[`models/${n}/metrics.json`] = ids[2 * i + 1]
  })
  baseFiles['README.md'] = writeBlobs(dir, ['scale bench\n'])[0]
  // A monorepo raises the run's metric bound (default 50,000) in its policy, read from the base.
  baseFiles['.github/model-gate.yml'] = writeBlobs(dir, ['limits: {metrics_per_run: 1000000}\n'])[0]
  const baseCommit = git(dir, ['commit-tree', writeTree(dir, baseFiles), '-m', 'base'])
  git(dir, ['update-ref', 'refs/heads/main', baseCommit])
  const entries = writeBlobs(dir, names.map(registryEntry))
  const registryFiles = Object.fromEntries(names.map((n, i) => [`registry/${n}.json`, entries[i]]))
  const registry = git(dir, ['commit-tree', writeTree(dir, registryFiles), '-m', 'registry'])
  git(dir, ['update-ref', 'refs/heads/model-registry', registry])
  for (const changed of CHANGED) {
    const headFiles = { ...baseFiles }
    const changedNames = names.slice(0, changed)
    const head = []
    for (const n of changedNames) head.push(manifest(n, '1.1.0', candidate), metricsFile(candidate))
    const headIds = writeBlobs(dir, head)
    changedNames.forEach((n, i) => {
      headFiles[`models/${n}/model.yaml`] = headIds[2 * i]
      headFiles[`models/${n}/metrics.json`] = headIds[2 * i + 1]
    })
    const commit = git(dir, [
      'commit-tree',
      writeTree(dir, headFiles),
      '-p',
      baseCommit,
      '-m',
      `pr ${changed}`,
    ])
    git(dir, ['update-ref', `refs/heads/pr-${changed}`, commit])
  }
  git(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main'])
  git(dir, ['read-tree', 'main'])
  return { dir, names }
}

/** Wall time and peak RSS (KiB) of a command, from GNU time. */
function measure(cwd, argv, input) {
  const start = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { cwd, env, input, maxBuffer: 1 << 30 })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')}: exit ${r.status}\n${r.stderr}`)
  const lines = r.stderr.toString().trim().split('\n')
  return { ms, rssKiB: Number(lines[lines.length - 1]), stdout: r.stdout.toString() }
}

/** The floor: node start-up, then the same blobs read through one `git cat-file --batch`. */
const FLOOR = `
const { spawn } = require('node:child_process')
const specs = require('node:fs').readFileSync(0, 'utf8')
const p = spawn('git', ['cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] })
let bytes = 0
p.stdout.on('data', (b) => (bytes += b.length))
p.on('close', () => process.stdout.write(String(bytes)))
p.stdin.end(specs)
`

/**
 * The CLI check of `changed` of `models` models, for each count in `changed` (those up to `models`): wall,
 * peak RSS, and the floor's wall. A count whose models the run's metric bound refuses is reported `bounded`
 * instead of timed with less work.
 */
export function cliCases({ cli, models, changed: counts, log = () => {} }) {
  const CHANGED = counts.filter((n) => n <= models)
  const t = Date.now()
  const { dir, names } = buildRepository(models, CHANGED)
  log(
    `repository of ${models} models x ${METRICS} metrics generated in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  )
  const results = []
  try {
    for (const changed of CHANGED) results.push(cliCase(cli, dir, names, changed))
  } finally {
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true })
  }
  return results
}

function cliCase(cli, dir, names, changed) {
  const argv = [
    process.execPath,
    cli,
    'check',
    '--base',
    'main',
    '--head',
    `pr-${changed}`,
    '--format',
    'json',
  ]
  const run = measure(dir, argv)
  const report = JSON.parse(run.stdout)
  if (report.models.length !== changed)
    throw new Error(`expected ${changed} models, got ${report.models.length}`)
  // The run bound (src/gate/metric-budget.ts) refuses the models past it: say so instead of timing less work.
  const bounded = report.models.filter((m) =>
    m.errors?.some((e) => e.message.startsWith("not compared: this run's models have more than")),
  ).length
  if (bounded) return { changed, bounded }
  const broken = report.models.find((m) => m.status === 'invalid' || m.production_version !== '1.0.0')
  if (broken) throw new Error(`not a real comparison: ${JSON.stringify(broken).slice(0, 400)}`)
  const specs = []
  for (const n of names.slice(0, changed)) {
    for (const ref of ['main', `pr-${changed}`])
      specs.push(`${ref}:models/${n}/model.yaml`, `${ref}:models/${n}/metrics.json`)
    specs.push(`model-registry:registry/${n}.json`)
  }
  const floor = measure(dir, [process.execPath, '-e', FLOOR], `${specs.join('\n')}\n`)
  return { changed, ms: run.ms, rssMB: run.rssKiB / 1024, floorMs: floor.ms }
}

/** The engine alone: scripts/bench/engine.ts bundled with ncc into a temporary folder, then run. */
export function engine() {
  const out = mkdtempSync(join(tmpdir(), 'model-gate-engine-'))
  try {
    const ncc = createRequire(import.meta.url).resolve('@vercel/ncc/dist/ncc/cli.js')
    execFileSync(
      process.execPath,
      [ncc, 'build', join(root, 'scripts/bench/engine.ts'), '-o', out, '--quiet'],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
    // The libraries the core loads on first use (src/core/lazy-libs.ts) go beside the bundle, as in dist/.
    const dist = resolve(process.env.MODEL_GATE_DIST ?? join(root, 'dist'))
    for (const lib of readdirSync(dist).filter((f) => f.endsWith('.cjs')))
      copyFileSync(join(dist, lib), join(out, lib))
    return JSON.parse(execFileSync(process.execPath, [join(out, 'index.js'), '200', '15']).toString())
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

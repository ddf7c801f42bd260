#!/usr/bin/env node
// Benchmark of the built CLI (dist/cli/index.js) on repositories made here with real git. Machines are
// shared and noisy: read the ratios within one run, not the absolute times. Each case is the median of
// RUNS runs. Usage: npm run bench:lifecycle [-- RUNS]
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BENCH_GIT_ENV } from './bench/git-env.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli', 'index.js')
const RUNS = Number(process.argv[2] ?? 5)
const env = BENCH_GIT_ENV

function repo(files) {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-bench-'))
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  git('init', '--quiet', '--initial-branch=main')
  const write = (f) => {
    for (const [path, text] of Object.entries(f)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
  }
  write(files)
  git('add', '--all')
  git('commit', '--quiet', '-m', 'base')
  return { dir, git, write }
}

function time(cwd, args, runs = RUNS) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    try {
      execFileSync(process.execPath, [cli, ...args], { cwd, env, stdio: 'ignore' })
    } catch (error) {
      if (typeof error.status !== 'number' || error.status > 1) throw error
    }
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]
}

const manifest = (name, version, metrics, value) =>
  `name: ${name}\nversion: ${version}\nhyperparameters: {lr: 0.1}\nmetrics:\n` +
  Array.from({ length: metrics }, (_, i) => `  m${i}: ${value(i)}\n`).join('')

function checkCase(models, metrics) {
  const files = {}
  for (let m = 0; m < models; m++)
    files[`models/m${m}/model.yaml`] = manifest(`m${m}`, '1.0.0', metrics, () => 0.9)
  const r = repo(files)
  r.git('checkout', '--quiet', '-b', 'pr')
  const changed = {}
  for (let m = 0; m < models; m++)
    changed[`models/m${m}/model.yaml`] = manifest(`m${m}`, '1.1.0', metrics, (i) => (i % 2 ? 0.8 : 0.95))
  r.write(changed)
  r.git('add', '--all')
  r.git('commit', '--quiet', '-m', 'pr')
  const ms = time(r.dir, [
    'check',
    '--registry',
    'base',
    '--base',
    'main',
    '--head',
    'pr',
    '--format',
    'json',
  ])
  rmSync(r.dir, { recursive: true, force: true })
  return ms
}

const results = []
const row = (name, ms, note = '') => {
  results.push({ name, ms })
  console.log(`${name.padEnd(58)} ${ms.toFixed(1).padStart(9)} ms  ${note}`)
}

console.log(`model-gate benchmark, median of ${RUNS} runs, node ${process.version}\n`)
const empty = repo({ 'README.md': 'x\n' })
const startup = time(empty.dir, ['--version'])
row('CLI start-up (--version)', startup)

const c1 = checkCase(1, 20)
row('check: 1 model x 20 metrics', c1)
const c10 = checkCase(10, 100)
row('check: 10 models x 100 metrics', c10)
const c100 = checkCase(100, 100)
row(
  'check: 100 models x 100 metrics',
  c100,
  `per model beyond start-up: ${((c100 - startup) / 100).toFixed(2)} ms`,
)
console.log(
  `  ratio (100 models - start-up) / (10 models - start-up): ${((c100 - startup) / (c10 - startup)).toFixed(1)} (linear would be 10)`,
)

const big = `name: big\nversion: 1.0.0\nhyperparameters:\n${Array.from({ length: 30000 }, (_, i) => `  k${i}: ${i}`).join('\n')}\n`
empty.write({ 'big/model.yaml': big, 'small/model.yaml': manifest('small', '1.0.0', 10, () => 0.5) })
row(
  `validate: ${(Buffer.byteLength(big) / 1024).toFixed(0)} KiB manifest (30,000 keys)`,
  time(empty.dir, ['validate', 'big/model.yaml']),
)
row('validate: small manifest', time(empty.dir, ['validate', 'small/model.yaml']))
const levels = Array.from(
  { length: 12 },
  (_, i) => `  l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`,
)
empty.write({
  'bomb/model.yaml': `name: bomb\nversion: 1.0.0\nhyperparameters:\n  l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n${levels.join('\n')}\n`,
})
row(
  'validate: alias bomb (10^13 nodes if expanded), refused',
  time(empty.dir, ['validate', 'bomb/model.yaml']),
)
rmSync(empty.dir, { recursive: true, force: true })

// A registry entry grows with every promotion: check a model promoted once and one promoted 10,000 times.
function registryCase(promotions) {
  const r = repo({ 'models/churn/model.yaml': manifest('churn', '1.0.0', 20, () => 0.9) })
  const history = Array.from({ length: promotions }, (_, i) => ({
    type: 'promote',
    version: `1.${i}.0`,
    at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    actor: 'bench',
    commit: '0'.repeat(40),
    path: 'models/churn/model.yaml',
    manifest: { name: 'churn', version: `1.${i}.0`, hyperparameters: { lr: 0.1 }, metrics: { m0: 0.9 } },
    metrics: Object.fromEntries(Array.from({ length: 20 }, (_, m) => [`m${m}`, { value: 0.9 }])),
  }))
  const entry = `${JSON.stringify({ schema: 1, name: 'churn', production: null, history }, null, 2)}\n`
  const input = (args, text) => execFileSync('git', args, { cwd: r.dir, env, input: text }).toString().trim()
  const blob = input(['hash-object', '-w', '--stdin'], entry)
  const inner = input(['mktree'], `100644 blob ${blob}\tchurn.json\n`)
  const tree = input(['mktree'], `040000 tree ${inner}\tregistry\n`)
  const commit = input(['commit-tree', tree, '-m', 'registry'], '')
  r.git('update-ref', 'refs/heads/model-registry', commit)
  // One promotion through the CLI: the write keeps the newest 50 events in the file (the rest stay in
  // the branch's git log), as every promotion since the first has.
  const start = process.hrtime.bigint()
  execFileSync(process.execPath, [cli, 'promote', 'models/churn/model.yaml'], {
    cwd: r.dir,
    env,
    stdio: 'ignore',
  })
  const promoteMs = Number(process.hrtime.bigint() - start) / 1e6
  const written = r.git('show', 'model-registry:registry/churn.json').length
  r.git('checkout', '--quiet', '-b', 'pr')
  r.write({ 'models/churn/model.yaml': manifest('churn', '1.1.0', 20, () => 0.91) })
  r.git('add', '--all')
  r.git('commit', '--quiet', '-m', 'pr')
  const ms = time(r.dir, ['check', '--base', 'main', '--head', 'pr', '--format', 'json'])
  const all = promotions > 1 ? time(r.dir, ['history', 'churn', '--all', '--format', 'json'], 1) : 0
  rmSync(r.dir, { recursive: true, force: true })
  return { ms, all, promoteMs, bytes: Buffer.byteLength(entry), written }
}
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const once = registryCase(1)
row('check: registry entry of a model promoted once', once.ms, `${kib(once.written)} entry`)
const often = registryCase(10_000)
row(
  'check: registry entry of a model promoted 10,000 times',
  often.ms,
  `${kib(often.written)} entry (50 newest events), ${(often.ms / once.ms).toFixed(1)}x the one above`,
)
row(
  '  promote that compacted the 10,000-event entry written before',
  often.promoteMs,
  `read ${(often.bytes / 1024 / 1024).toFixed(1)} MiB once, one run`,
)
row('history --all: 10,001 events from the branch git log', often.all, 'one run')

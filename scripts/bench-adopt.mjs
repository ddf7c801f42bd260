#!/usr/bin/env node
// Registering many models: `model-gate adopt` over N models in one registry commit, and `model-gate promote
// FILE...` of N manifests in one registry commit, against one `model-gate promote` per manifest (PROMOTES of
// them, scaled per model), in the same run. Runs the built CLI on repositories made here with real git.
// Usage: node scripts/bench-adopt.mjs [N] [PROMOTES]
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BENCH_GIT_ENV } from './bench/git-env.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli', 'index.js')
const N = Number(process.argv[2] ?? 200)
const PROMOTES = Number(process.argv[3] ?? 20)
const env = BENCH_GIT_ENV

function repo(n) {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-bench-adopt-'))
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  git('init', '--quiet', '--initial-branch=main')
  for (let i = 0; i < n; i++) {
    const path = join(dir, 'models', `m${i}`, 'model.yaml')
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(
      path,
      `name: m${i}\nversion: 1.0.${i}\nmetrics:\n  accuracy: 0.${500 + i}\n  loss: 0.${100 + i}\n`,
    )
  }
  git('add', '--all')
  git('commit', '--quiet', '-m', 'models')
  return dir
}

function bump(dir, n) {
  for (let i = 0; i < n; i++) {
    writeFileSync(
      join(dir, 'models', `m${i}`, 'model.yaml'),
      `name: m${i}\nversion: 2.0.${i}\nmetrics:\n  accuracy: 0.${600 + i}\n  loss: 0.${100 + i}\n`,
    )
  }
  execFileSync('git', ['commit', '--quiet', '--all', '-m', 'next'], { cwd: dir, env, stdio: 'pipe' })
}

function seconds(fn) {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e9
}

const run = (cwd, args) => execFileSync(process.execPath, [cli, ...args], { cwd, env, stdio: 'pipe' })

const a = repo(N)
const adoptTotal = seconds(() => run(a, ['adopt']))
const m = repo(N)
const many = Array.from({ length: N }, (_, i) => `models/m${i}/model.yaml`)
const manyTotal = seconds(() => run(m, ['promote', ...many]))
// Again, every model now having an entry to read and extend: the next version of each.
bump(m, N)
const againTotal = seconds(() => run(m, ['promote', ...many]))
const b = repo(PROMOTES)
const promoteTotal = seconds(() => {
  for (let i = 0; i < PROMOTES; i++) run(b, ['promote', `models/m${i}/model.yaml`])
})
const adoptPer = adoptTotal / N
const promotePer = promoteTotal / PROMOTES
console.log(`adopt: ${N} models in ${adoptTotal.toFixed(2)} s (${(adoptPer * 1000).toFixed(1)} ms per model)`)
console.log(
  `promote: ${PROMOTES} models in ${promoteTotal.toFixed(2)} s (${(promotePer * 1000).toFixed(1)} ms per model)`,
)
const manyPer = manyTotal / N
console.log(
  `promote FILE...: ${N} models in one command, ${manyTotal.toFixed(2)} s (${(manyPer * 1000).toFixed(1)} ms per model)`,
)
const againPer = againTotal / N
console.log(
  `promote FILE... again (every entry extended): ${N} models, ${againTotal.toFixed(2)} s (${(againPer * 1000).toFixed(1)} ms per model)`,
)
console.log(`adopt is ${(promotePer / adoptPer).toFixed(1)}x faster per model`)
console.log(
  `promote FILE... is ${(promotePer / manyPer).toFixed(1)}x faster per model (${(promotePer / againPer).toFixed(1)}x over existing entries)`,
)
for (const dir of [a, m, b]) rmSync(dir, { recursive: true, force: true })

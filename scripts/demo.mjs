#!/usr/bin/env node
// The quick-start demo: builds an example repository in a temporary folder with real git, registers two
// models as production on the model-registry branch, opens a "pull request" branch that changes them and
// adds a third, and prints the comment Model Gate would post on it (one failing model, one passing, one new).
// It exits 0 whatever the verdict: it demonstrates. The files it commits are in examples/demo/.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli', 'index.js')
const examples = join(root, 'examples', 'demo')
const repo = mkdtempSync(join(tmpdir(), 'model-gate-demo-'))
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Demo',
  GIT_AUTHOR_EMAIL: 'demo@example.com',
  GIT_COMMITTER_NAME: 'Demo',
  GIT_COMMITTER_EMAIL: 'demo@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}
const git = (...args) => execFileSync('git', args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'inherit'] })
const gate = (...args) => {
  try {
    return execFileSync(process.execPath, [cli, ...args], { cwd: repo, env, encoding: 'utf8' })
  } catch (error) {
    if (typeof error.status === 'number' && error.status <= 1) return error.stdout
    throw error
  }
}

try {
  git('init', '--quiet', '--initial-branch=main')
  cpSync(join(examples, 'production'), repo, { recursive: true })
  git('add', '--all')
  git('commit', '--quiet', '-m', 'Models as they are in production')
  gate('promote', 'models/churn/model.yaml')
  gate('promote', 'models/fraud/model.yaml')

  git('checkout', '--quiet', '-b', 'retrain-churn')
  cpSync(join(examples, 'pull-request'), repo, { recursive: true })
  git('add', '--all')
  git('commit', '--quiet', '-m', 'Retrain churn on October data; tune fraud; add ranker')

  console.log(`Example repository: ${repo} (branch retrain-churn against main)\n`)
  console.log('$ model-gate check --base main --head retrain-churn --format markdown\n')
  process.stdout.write(gate('check', '--base', 'main', '--head', 'retrain-churn', '--format', 'markdown'))
} finally {
  if (!process.env.MODEL_GATE_DEMO_KEEP) rmSync(repo, { recursive: true, force: true })
}

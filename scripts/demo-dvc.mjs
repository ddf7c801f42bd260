#!/usr/bin/env node
// The DVC + GTO demo: builds a DVC-shaped project in a temporary folder with real git (dvc.yaml, params.yaml, a
// data pointer, metrics in DVC's eval/metrics.json), registers production with GTO's own annotated tags, prints
// `model-gate status --registry gto` (production as `gto show` has it), then checks a branch whose `dvc repro`
// rewrote only the metrics file: the model is checked because eval/metrics.json changed.
// It exits 0 whatever the verdict: it demonstrates. Usage: npm run demo:dvc
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli', 'index.js')
const repo = mkdtempSync(join(tmpdir(), 'model-gate-demo-dvc-'))
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
const commit = (message, files) => {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), text)
  }
  git('add', '--all')
  git('commit', '--quiet', '-m', message)
  return git('rev-parse', 'HEAD').toString().trim()
}
const gate = (...args) => {
  try {
    execFileSync(process.execPath, [cli, ...args], { cwd: repo, env, stdio: 'inherit' })
  } catch (error) {
    if (!(typeof error.status === 'number' && error.status <= 1)) throw error
  }
}

const DVC_YAML = `stages:
  train:
    cmd: python src/train.py data/data.xml models/churn.pkl
    deps: [src/train.py, data/data.xml]
    params: [train.n_est, train.seed]
    outs: [models/churn.pkl]
  evaluate:
    cmd: python src/evaluate.py models/churn.pkl data/data.xml
    deps: [src/evaluate.py, models/churn.pkl]
    metrics: [eval/metrics.json]
artifacts:
  churn:
    type: model
    path: models/churn.pkl
`
const MANIFEST = `# The model Model Gate checks: its metrics are DVC's metrics file, its data DVC's pointer.
name: churn
version: 1.0.0
data:
  - {name: eval, role: eval, dvc: data/data.xml.dvc}
metrics_files: [eval/metrics.json]
evaluation: {dataset: eval}
`
const metrics = (accuracy, auc) => JSON.stringify({ accuracy, roc_auc: auc }, null, 2) + '\n'

try {
  git('init', '--quiet', '--initial-branch=main')
  const v1 = commit('Train churn', {
    'dvc.yaml': DVC_YAML,
    'params.yaml': 'train:\n  n_est: 100\n  seed: 20170428\n',
    'data/data.xml.dvc':
      'outs:\n- md5: 22a1a2931c8370d3aeedd7183606fd7f\n  size: 14445097\n  path: data.xml\n',
    'model.yaml': MANIFEST,
    'eval/metrics.json': metrics(0.912, 0.951),
  })
  // Production as GTO records it: `gto register churn` and `gto assign churn --stage prod`.
  git('tag', '-a', '-m', 'Registering artifact churn version v1.0.0', 'churn@v1.0.0', v1)
  git('tag', '-a', '-m', 'Assigning stage prod to artifact churn version v1.0.0', 'churn#prod#1', v1)

  console.log('$ model-gate status --registry gto\n')
  gate('status', '--registry', 'gto')

  git('checkout', '--quiet', '-b', 'tune-hyperparams')
  commit('Tune: more trees (dvc repro rewrote eval/metrics.json)', {
    'params.yaml': 'train:\n  n_est: 300\n  seed: 20170428\n',
    'eval/metrics.json': metrics(0.887, 0.949),
  })
  console.log('\n$ model-gate check --registry gto --base main --head tune-hyperparams\n')
  gate('check', '--registry', 'gto', '--base', 'main', '--head', 'tune-hyperparams')
} finally {
  rmSync(repo, { recursive: true, force: true })
}

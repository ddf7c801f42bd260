#!/usr/bin/env node
// The quick-start demo: builds an example repository in a temporary folder with real git, registers two
// models as production on the model-registry branch (churn through four versions, so it has a history),
// opens a "pull request" branch that changes them and adds a third, and prints Model Gate's report on it
// (one failing model, one passing, one new), in colour on a terminal.
//   npm run demo -- --markdown FILE   also writes the comment Model Gate would post, as GitHub markdown
// It exits 0 whatever the verdict: it demonstrates. The files it commits are in examples/demo/.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli', 'index.js')
const examples = join(root, 'examples', 'demo')
const markdownAt = process.argv.indexOf('--markdown')
const markdownFile = markdownAt > 0 ? process.argv[markdownAt + 1] : undefined
if (markdownAt > 0 && !markdownFile) {
  console.error('usage: npm run demo [-- --markdown FILE]')
  process.exit(2)
}
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
const run = (args, stdio) => {
  try {
    return execFileSync(process.execPath, [cli, ...args], { cwd: repo, env, encoding: 'utf8', stdio })
  } catch (error) {
    if (typeof error.status === 'number' && error.status <= 1) return error.stdout
    throw error
  }
}
const gate = (...args) => run(args, 'pipe')
gate.inherit = (...args) => run(args, 'inherit')

try {
  git('init', '--quiet', '--initial-branch=main')
  // Earlier production versions of churn, oldest first: the registry's history, and the trend's points.
  for (const version of readdirSync(join(examples, 'history')).sort()) {
    cpSync(join(examples, 'history', version), repo, { recursive: true })
    git('add', '--all')
    git('commit', '--quiet', '-m', `churn ${version}`)
    gate('promote', 'models/churn/model.yaml')
  }
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
  const markdown = markdownFile ? ['--markdown', resolve(markdownFile)] : []
  console.log(
    `$ model-gate check --base main --head retrain-churn ${markdown.join(' ')}\n`.replace(' \n', '\n'),
  )
  // The report goes straight to this terminal, so the CLI sees it and colours it (unless NO_COLOR is set).
  gate.inherit('check', '--base', 'main', '--head', 'retrain-churn', ...markdown)
  if (markdownFile) console.log(`\nThe pull-request comment, as GitHub markdown: ${resolve(markdownFile)}`)
} finally {
  if (!process.env.MODEL_GATE_DEMO_KEEP) rmSync(repo, { recursive: true, force: true })
}

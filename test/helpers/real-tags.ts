/**
 * Rebuilds one of the recorded public repositories of ../shared/fixtures/real/ (example-gto,
 * example-get-started) as a real git repository: every recorded commit with its author, committer, dates and
 * recorded files, its branches, and its annotated tags with their taggers and dates. Rebuilt commits get other
 * SHAs; `commits` maps the recorded short SHA to the rebuilt one.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { GIT_ENV, makeRepo, ROOT, type TestRepo } from './git-repo.js'

export const REAL_FIXTURES =
  process.env.MODEL_GATE_REAL_FIXTURES ?? resolve(ROOT, '..', 'shared', 'fixtures', 'real')

export interface RealRepo {
  readonly repo: TestRepo
  /** Recorded short SHA -> rebuilt SHA. */
  readonly commits: ReadonlyMap<string, string>
}

const rows = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'))

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

export function rebuildRealRepo(name: 'example-gto' | 'example-get-started'): RealRepo {
  const root = join(REAL_FIXTURES, name)
  const repo = makeRepo(`model-gate-${name}-`)
  const run = (env: Record<string, string>, args: string[], input?: string) =>
    execFileSync('git', args, {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV, ...env },
      encoding: 'utf8',
      ...(input !== undefined ? { input } : {}),
    }).trim()
  const commits = new Map<string, string>()
  const index = { GIT_INDEX_FILE: join(repo.dir, '.git', 'rebuild-index') }
  for (const [
    sha = '',
    parents = '',
    an = '',
    ae = '',
    ad = '',
    cn = '',
    ce = '',
    cd = '',
    subject = '',
  ] of rows(join(root, 'commits.tsv'))) {
    run(index, ['read-tree', '--empty'])
    const tree = join(root, 'tree', sha)
    for (const file of filesUnder(tree)) {
      const blob = run({}, ['hash-object', '-w', '--', file])
      const path = relative(tree, file).split('\\').join('/')
      run(index, ['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`])
    }
    const treeId = run(index, ['write-tree'])
    const parentArgs = parents
      .split(' ')
      .filter(Boolean)
      .flatMap((p) => ['-p', commits.get(p) ?? p])
    const who = {
      GIT_AUTHOR_NAME: an,
      GIT_AUTHOR_EMAIL: ae,
      GIT_AUTHOR_DATE: ad,
      GIT_COMMITTER_NAME: cn,
      GIT_COMMITTER_EMAIL: ce,
      GIT_COMMITTER_DATE: cd,
    }
    commits.set(sha, run(who, ['commit-tree', treeId, ...parentArgs, '-m', subject]))
  }
  for (const [branch = '', tip = ''] of rows(join(root, 'branches.tsv'))) {
    run({}, ['update-ref', `refs/heads/${branch}`, commits.get(tip) ?? tip])
  }
  run({}, ['reset', '--quiet', '--hard', 'main'])
  for (const [tag = '', target = '', tn = '', te = '', td = '', message = ''] of rows(
    join(root, 'tags.tsv'),
  )) {
    const tagger = { GIT_COMMITTER_NAME: tn, GIT_COMMITTER_EMAIL: te, GIT_COMMITTER_DATE: td }
    run(tagger, ['tag', '-a', '-m', message, '--', tag, commits.get(target) ?? target])
  }
  return { repo, commits }
}

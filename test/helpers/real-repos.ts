/**
 * The recorded DVC/GTO metadata of two public repositories (test/fixtures/real/, a copy of the team's
 * ../shared/fixtures/real/; see its README),
 * rebuilt into real git repositories: every commit with its recorded files, authors and dates, every branch,
 * and every annotated tag with its tagger, date and message. Rebuilt commits get other SHAs: `commit(short)`
 * maps a recorded short SHA to the rebuilt one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { makeRepo, ROOT, type TestRepo } from './git-repo.js'

export const REAL_FIXTURES = process.env.MODEL_GATE_REAL_FIXTURES ?? resolve(ROOT, 'test', 'fixtures', 'real')

export type RealRepoName = 'example-get-started' | 'example-gto'

export interface RealRepo extends TestRepo {
  /** The rebuilt commit of a recorded short SHA. */
  commit(short: string): string
  commit(message: string, files?: Record<string, string>): string
  /** Branch name -> rebuilt tip. */
  readonly branches: ReadonlyMap<string, string>
}

const rows = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'))

function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const full = join(dir, name)
    if (statSync(full).isDirectory()) out.push(...filesUnder(full))
    else out.push(full)
  }
  return out
}

/** Rebuild a recorded repository; `main` is checked out at the end. */
export function rebuildRealRepo(name: RealRepoName): RealRepo {
  const from = join(REAL_FIXTURES, name)
  const repo = makeRepo(`model-gate-${name}-`)
  const shas = new Map<string, string>()
  const index = join(repo.dir, '.git', 'rebuild-index')
  for (const [short, parents, an, ae, ad, cn, ce, cd, subject] of rows(join(from, 'commits.tsv'))) {
    const tree = join(from, 'tree', short!)
    repo.gitWithEnv({ GIT_INDEX_FILE: index }, 'read-tree', '--empty')
    for (const file of filesUnder(tree)) {
      const blob = repo.git('hash-object', '-w', file)
      const path = relative(tree, file).split('\\').join('/')
      repo.gitWithEnv(
        { GIT_INDEX_FILE: index },
        'update-index',
        '--add',
        '--cacheinfo',
        `100644,${blob},${path}`,
      )
    }
    const treeSha = repo.gitWithEnv({ GIT_INDEX_FILE: index }, 'write-tree')
    const parentArgs = (parents ?? '')
      .split(' ')
      .filter(Boolean)
      .flatMap((p) => ['-p', shas.get(p) ?? fail(`parent ${p} of ${short} not rebuilt yet`)])
    const env = {
      GIT_AUTHOR_NAME: an!,
      GIT_AUTHOR_EMAIL: ae!,
      GIT_AUTHOR_DATE: `@${ad}`,
      GIT_COMMITTER_NAME: cn!,
      GIT_COMMITTER_EMAIL: ce!,
      GIT_COMMITTER_DATE: `@${cd}`,
    }
    shas.set(short!, repo.gitWithEnv(env, 'commit-tree', treeSha, ...parentArgs, '-m', subject ?? ''))
  }
  const branches = new Map<string, string>()
  for (const [branch, tip] of rows(join(from, 'branches.tsv'))) {
    const sha = shas.get(tip!) ?? fail(`branch ${branch}: ${tip} not recorded`)
    repo.git('update-ref', `refs/heads/${branch}`, sha)
    branches.set(branch!, sha)
  }
  for (const [tag, target, tn, te, td, message] of rows(join(from, 'tags.tsv'))) {
    const env = { GIT_COMMITTER_NAME: tn!, GIT_COMMITTER_EMAIL: te!, GIT_COMMITTER_DATE: `@${td}` }
    const sha = shas.get(target!) ?? fail(`tag ${tag}: ${target} not recorded`)
    repo.gitWithEnv(env, 'tag', '-a', '-m', message ?? tag!, tag!, sha)
  }
  repo.git('checkout', '--quiet', '-f', 'main')
  const commit = ((shortOrMessage: string, files?: Record<string, string>) =>
    files === undefined && shas.has(shortOrMessage)
      ? shas.get(shortOrMessage)!
      : repo.commit(shortOrMessage, files)) as RealRepo['commit']
  return { ...repo, commit, branches }
}

function fail(message: string): never {
  throw new Error(message)
}

/**
 * The diff read through the batch reader (diffTrees) must be exactly what `git diff --name-status -z
 * --find-renames BASE...HEAD` lists, in its order, whenever it answers; and it must leave to git every case
 * where it could differ: an addition beside a removal (a rename to find), a submodule, a file turned into a
 * folder, a base that is not an ancestor of head (the merge base is git's to find), more commits or folders than
 * it reads. GitSource.changedFiles answers git's list either way.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CatFileBatch } from '../../src/git/cat-file.js'
import { Git } from '../../src/git/git.js'
import { GitSource, parseNameStatus } from '../../src/git/source.js'
import { plainHistory } from '../../src/git/history-plain.js'
import { diffTrees } from '../../src/git/tree-diff.js'
import { GIT_ENV, makeRepo, type TestRepo } from '../helpers/git-repo.js'

const WIDE = { commits: 1000, trees: 10_000, objectBytes: 1 << 20 }

/** git's own answer, parsed as GitSource parses it. */
function gitDiff(dir: string, base: string, head: string) {
  const out = execFileSync(
    'git',
    ['diff', '--name-status', '-z', '--find-renames', `${base}...${head}`, '--'],
    {
      cwd: dir,
      env: { ...process.env, ...GIT_ENV },
    },
  ).toString('utf8')
  return parseNameStatus(out)
}

describe('diffTrees against git diff', () => {
  let repo: TestRepo
  let batch: CatFileBatch
  const c: Record<string, string> = {}
  beforeAll(() => {
    repo = makeRepo()
    c.root = repo.commit('root', {
      'a-b': '1\n',
      'a.b': '2\n',
      'a/x.txt': '3\n',
      a0: '4\n',
      ab: '5\n',
      z: '6\n',
      'run.sh': '#!/bin/sh\n',
      'models/churn/model.yaml': 'name: churn\n',
      'models/churn/metrics.json': '{"a": 1}\n',
      'models/fraud/model.yaml': 'name: fraud\n',
      // U+FF61 sorts after U+1F600 by UTF-8 bytes (EF.. < F0..), before it by UTF-16 units: git's is bytes
      'names/\uff61.yaml': 'x\n',
      'names/\u{1f600}.yaml': 'y\n',
      'names/é.yaml': 'z\n',
      'names/e.yaml': 'w\n',
    })
    symlinkSync('a', join(repo.dir, 'linked'))
    c.link = repo.commit('a symlink')
    c.modified = repo.commit('modify', {
      'models/churn/metrics.json': '{"a": 2}\n',
      'a/x.txt': '3!\n',
      'a.b': '2!\n',
      'names/\uff61.yaml': 'x!\n',
      'names/\u{1f600}.yaml': 'y!\n',
      'names/é.yaml': 'z!\n',
    })
    c.added = repo.commit('add', {
      'models/new/model.yaml': 'name: new\n',
      'models/new/deep/m.json': '{}\n',
      'a/y': '7\n',
      // between U+FF61 and U+1F600 in git's order, after both in JavaScript's
      'names/\uff62.yaml': 'v\n',
    })
    repo.git('rm', '--quiet', '-r', 'models/new', 'a-b')
    repo.git('commit', '--quiet', '-m', 'remove')
    c.removed = repo.git('rev-parse', 'HEAD')
    repo.git('mv', 'models/fraud/model.yaml', 'models/fraud/renamed.yaml')
    repo.git('commit', '--quiet', '-m', 'rename')
    c.renamed = repo.git('rev-parse', 'HEAD')
    chmodSync(join(repo.dir, 'run.sh'), 0o755)
    c.mode = repo.commit('mode')
    unlinkSync(join(repo.dir, 'linked'))
    c.typed = repo.commit('a symlink becomes a file', { linked: 'now a file\n' })
    repo.git('rm', '--quiet', 'z')
    c.folder = repo.commit('a file becomes a folder', { 'z/inner': '8\n' })
    repo.git('update-index', '--add', '--cacheinfo', `160000,${c.root},vendor/sub`)
    repo.git('commit', '--quiet', '-m', 'a submodule')
    c.sub = repo.git('rev-parse', 'HEAD')
    repo.git('update-index', '--add', '--cacheinfo', `160000,${c.link},vendor/sub`)
    repo.git('commit', '--quiet', '-m', 'the submodule moves')
    c.subMoved = repo.git('rev-parse', 'HEAD')
    // a side branch from c.mode, merged back into a branch from c.mode too: head reaches base through a merge
    repo.git('checkout', '--quiet', '-b', 'side', c.mode)
    c.side = repo.commit('side', { 'models/churn/metrics.json': '{"a": 3}\n' })
    repo.git('checkout', '--quiet', '-b', 'merged', c.mode)
    c.other = repo.commit('other', { 'models/churn/model.yaml': 'name: churn\nversion: 2\n' })
    repo.git('merge', '--quiet', '--no-edit', 'side')
    c.merge = repo.git('rev-parse', 'HEAD')
    batch = new CatFileBatch(repo.dir, 1 << 20, true)
  })
  afterAll(() => {
    batch.close()
    repo.remove()
  })

  /** [base, head, walked]: whether the batch answers (true) or leaves it to git (false). */
  const cases: [string, string, string, boolean][] = [
    ['modified files, names in byte order', 'link', 'modified', true],
    ['files and folders added only', 'modified', 'added', true],
    ['files and a folder removed only', 'added', 'removed', true],
    ['a rename (an addition beside a removal)', 'removed', 'renamed', false],
    ['a mode change', 'renamed', 'mode', true],
    ['a symlink turned into a file (T)', 'mode', 'typed', true],
    ['a file turned into a folder', 'typed', 'folder', false],
    ['a submodule added', 'folder', 'sub', false],
    ['a submodule moved', 'sub', 'subMoved', false],
    ['several commits apart, everything since', 'root', 'modified', true],
    ['head reaches base through a merge', 'mode', 'merge', true],
    ['base is not an ancestor: the merge base is git’s', 'side', 'other', false],
    ['head behind base', 'modified', 'link', false],
    ['the same commit', 'mode', 'mode', true],
  ]
  for (const [what, from, to, walked] of cases) {
    it(`${what}: ${walked ? 'read through the batch' : 'left to git diff'}`, async () => {
      const base = c[from] as string
      const head = c[to] as string
      const expected = gitDiff(repo.dir, base, head)
      const answer = await diffTrees(batch, base, head, WIDE)
      if (walked) expect(answer).toEqual(expected)
      else expect(answer).toBeUndefined()
    })
  }

  it('finds the names in git’s byte order, not JavaScript’s', async () => {
    const answer = await diffTrees(batch, c.link as string, c.modified as string, WIDE)
    expect(answer?.map((f) => f.path)).toEqual([
      'a.b',
      'a/x.txt',
      'models/churn/metrics.json',
      'names/é.yaml',
      'names/\uff61.yaml',
      'names/\u{1f600}.yaml',
    ])
  })

  it('leaves to git a base more commits back, or a change of more folders, than it reads', async () => {
    const [base, head] = [c.root as string, c.modified as string]
    expect(await diffTrees(batch, base, head, { ...WIDE, commits: 1 })).toBeUndefined()
    expect(await diffTrees(batch, base, head, { ...WIDE, commits: 2 })).toEqual(gitDiff(repo.dir, base, head))
    // the two roots, a/, models/ and models/churn/ on each side, names/ on each side: 10 trees
    expect(await diffTrees(batch, base, head, { ...WIDE, trees: 9 })).toBeUndefined()
    expect(await diffTrees(batch, base, head, { ...WIDE, trees: 10 })).toEqual(gitDiff(repo.dir, base, head))
  })

  it('leaves to git what the batch cannot read', async () => {
    expect(await diffTrees(batch, '0'.repeat(40), c.mode as string, WIDE)).toBeUndefined()
    expect(await diffTrees(batch, c.mode as string, 'f'.repeat(40), WIDE)).toBeUndefined()
  })

  it('GitSource.changedFiles answers git diff whichever way it reads, a diff process only when it must', async () => {
    const git = new Git(repo.dir)
    const runs: string[] = []
    const run = git.run.bind(git)
    git.run = (args, options) => {
      runs.push(args[0] as string)
      return run(args, options)
    }
    const source = new GitSource(git)
    try {
      for (const [, from, to, walked] of cases) {
        const [base, head] = [c[from] as string, c[to] as string]
        const before = runs.length
        expect(await source.changedFiles(base, head)).toEqual(gitDiff(repo.dir, base, head))
        expect(runs.slice(before)).toEqual(walked ? [] : ['diff'])
      }
    } finally {
      source.close()
    }
  })
})

describe('what git reads otherwise than the objects say: left to git', () => {
  let repo: TestRepo
  const dirs: string[] = []
  const c: Record<string, string> = {}
  beforeAll(() => {
    repo = makeRepo()
    c.one = repo.commit('one', { 'f.txt': '1\n', 'sub/m.txt': 'm\n' })
    c.two = repo.commit('two', { 'f.txt': '2\n' })
    c.three = repo.commit('three', { 'g.txt': 'g\n' })
  })
  afterAll(() => {
    repo.remove()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })
  const tmp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-history-'))
    dirs.push(dir)
    return dir
  }
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim()
  /** GitSource's answer, or the message it fails with. */
  const changed = async (cwd: string, base: string, head: string) => {
    const source = new GitSource(new Git(cwd))
    try {
      return await source.changedFiles(base, head)
    } catch (error) {
      return (error as Error).message
    } finally {
      source.close()
    }
  }

  it('a plain repository, its subfolder and a worktree of it: read from the objects', () => {
    expect(plainHistory(repo.dir, {})).toBe(true)
    expect(plainHistory(join(repo.dir, 'sub'), {})).toBe(true)
    const worktree = join(tmp(), 'wt')
    git(repo.dir, 'worktree', 'add', '--quiet', '--detach', worktree, c.three as string)
    expect(plainHistory(worktree, {})).toBe(true)
    expect(plainHistory(repo.dir, { GIT_DIR: join(repo.dir, '.git') })).toBe(false)
    expect(plainHistory(tmp(), {})).toBe(false)
  })

  it('a shallow clone: git finds no merge base past its boundary, and GitSource says so as git does', async () => {
    const clone = join(tmp(), 'shallow')
    git(tmp(), 'clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone)
    git(clone, 'fetch', '--quiet', '--depth', '1', 'origin', c.two as string)
    expect(plainHistory(clone, {})).toBe(false)
    expect(plainHistory(join(clone, 'sub'), {})).toBe(false)
    expect(await changed(clone, c.two as string, c.three as string)).toMatch(
      /^git diff failed: fatal: .*no merge base/,
    )
  })

  it('a grafts file: the parents it gives, as git reads them', async () => {
    const clone = join(tmp(), 'grafted')
    git(tmp(), 'clone', '--quiet', `file://${repo.dir}`, clone)
    // three has no parent for git, two for its object
    writeFileSync(join(clone, '.git', 'info', 'grafts'), `${c.three}\n`)
    expect(plainHistory(clone, {})).toBe(false)
    expect(await changed(clone, c.two as string, c.three as string)).toMatch(
      /^git diff failed: fatal: .*no merge base/,
    )
  })

  it('a parent line anywhere but right after the tree line is no parent, as git reads it', async () => {
    const tree = repo.git('rev-parse', `${c.three}^{tree}`)
    const person = 'A <a@example.com> 1700000000 +0000'
    const body = `tree ${tree}\nauthor ${person}\ncommitter ${person}\nparent ${c.two}\n\ncrafted\n`
    const crafted = repo.gitInput(body, 'hash-object', '-t', 'commit', '--literally', '-w', '--stdin')
    const batch = new CatFileBatch(repo.dir, 1 << 20, true)
    try {
      expect(await diffTrees(batch, c.two as string, crafted, WIDE)).toBeUndefined()
    } finally {
      batch.close()
    }
    expect(await changed(repo.dir, c.two as string, crafted)).toMatch(
      /^git diff failed: fatal: .*no merge base/,
    )
  })

  it('diff.relative and diff.orderFile: paths from the top in git’s order, whichever way the diff is read', async () => {
    const clone = join(tmp(), 'configured')
    git(tmp(), 'clone', '--quiet', `file://${repo.dir}`, clone)
    writeFileSync(join(clone, 'order'), 'sub/*\nz.txt\n')
    git(clone, 'config', 'diff.relative', 'true')
    git(clone, 'config', 'diff.orderFile', join(clone, 'order'))
    // a rename: git diff itself; modifications only: the walk
    git(clone, 'mv', 'g.txt', 'z.txt')
    writeFileSync(join(clone, 'sub', 'm.txt'), 'm!\n')
    git(clone, 'commit', '--quiet', '-am', 'rename and modify')
    const renamed = git(clone, 'rev-parse', 'HEAD')
    writeFileSync(join(clone, 'sub', 'm.txt'), 'm!!\n')
    writeFileSync(join(clone, 'f.txt'), '3\n')
    git(clone, 'commit', '--quiet', '-am', 'modify')
    const modified = git(clone, 'rev-parse', 'HEAD')
    const sub = join(clone, 'sub')
    expect(await changed(sub, c.three as string, renamed)).toEqual([
      { path: 'sub/m.txt', status: 'modified' },
      { path: 'z.txt', status: 'renamed', previousPath: 'g.txt' },
    ])
    expect(await changed(sub, renamed, modified)).toEqual([
      { path: 'f.txt', status: 'modified' },
      { path: 'sub/m.txt', status: 'modified' },
    ])
  })

  it('a read after the batch reader closed fails, and starts no process', async () => {
    const batch = new CatFileBatch(repo.dir, 1 << 20, true)
    expect((await batch.read(c.one as string))?.type).toBe('commit')
    batch.close()
    await expect(batch.read(c.one as string)).rejects.toThrow('the batch reader is closed')
  })
})

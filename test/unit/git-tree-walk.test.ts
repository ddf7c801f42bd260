/**
 * A commit's tree listed through the batch reader (walkTree) must be what `git ls-tree -r -z --full-tree`
 * lists, in its order: files, executables, symlinks, submodules, names git sorts in its own way (a folder sorts
 * as if its name ended with '/'), names with spaces and non-ASCII letters. GitSource.listFiles answers the same
 * whether the tree is walked (small) or left to ls-tree (more folders than the walk allows).
 */
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Git } from '../../src/git/git.js'
import { GitSource } from '../../src/git/source.js'
import { walkTree } from '../../src/git/tree-walk.js'
import { GIT_ENV, makeRepo, type TestRepo } from '../helpers/git-repo.js'

/** What ls-tree lists: every path in order, and the blob id of each regular file. */
function lsTree(dir: string, commit: string) {
  const out = execFileSync('git', ['ls-tree', '-r', '-z', '--full-tree', commit], {
    cwd: dir,
    env: { ...process.env, ...GIT_ENV },
  }).toString('utf8')
  const records = out.split('\0').filter(Boolean)
  const paths = records.map((r) => r.slice(r.indexOf('\t') + 1))
  const regular = new Map<string, string>()
  for (const r of records) {
    const [mode, , id] = r.slice(0, r.indexOf('\t')).split(' ')
    if (mode === '100644' || mode === '100755') regular.set(r.slice(r.indexOf('\t') + 1), id as string)
  }
  return { paths, regular }
}

const WIDE = { trees: 10_000, treeBytes: 1 << 20 }

describe('walkTree lists what ls-tree -r lists', () => {
  let repo: TestRepo
  let git: Git
  let small: string
  let large: string
  beforeAll(() => {
    repo = makeRepo()
    small = repo.commit('files', {
      'a-b': '1\n',
      'a.b': '2\n',
      'a/x.txt': '3\n',
      a0: '4\n',
      'models/churn/model.yaml': 'name: churn\n',
      'models/churn/deep/er/metrics.json': '{}\n',
      'with space/naïve ünïcode.yaml': 'x\n',
      'run.sh': '#!/bin/sh\n',
      '.github/model-gate.yml': 'defaults: {}\n',
    })
    repo.git('update-index', '--chmod=+x', 'run.sh')
    const blob = repo.gitInput('a', 'hash-object', '-w', '--stdin')
    repo.git('update-index', '--add', '--cacheinfo', `120000,${blob},linked`)
    repo.git('update-index', '--add', '--cacheinfo', `160000,${small},vendor/sub`)
    repo.git('commit', '--quiet', '-m', 'a symlink and a submodule')
    small = repo.git('rev-parse', 'HEAD')
    const many: Record<string, string> = {}
    for (let i = 0; i < 70; i++) many[`models/m${i}/model.yaml`] = `name: m${i}\n`
    large = repo.commit('more folders than the walk reads', many)
    git = new Git(repo.dir)
  })
  afterAll(() => {
    git.close()
    repo.remove()
  })

  it('every kind of entry, in git order', async () => {
    const expected = lsTree(repo.dir, small)
    expect(expected.paths).toEqual([
      '.github/model-gate.yml',
      'a-b',
      'a.b',
      'a/x.txt',
      'a0',
      'linked',
      'models/churn/deep/er/metrics.json',
      'models/churn/model.yaml',
      'run.sh',
      'vendor/sub',
      'with space/naïve ünïcode.yaml',
    ])
    expect(await walkTree(git.batch, small, WIDE)).toEqual(expected)
    expect(await walkTree(git.batch, large, WIDE)).toEqual(lsTree(repo.dir, large))
  })

  it('gives up on more trees or larger trees than allowed, and on a commit it does not find', async () => {
    // small has 9 trees: the root, .github, a, models, models/churn, its deep and er, vendor, with space.
    expect(await walkTree(git.batch, small, { trees: 9, treeBytes: 1 << 20 })).toEqual(
      lsTree(repo.dir, small),
    )
    expect(await walkTree(git.batch, small, { trees: 8, treeBytes: 1 << 20 })).toBeUndefined()
    expect(await walkTree(git.batch, small, { trees: 100, treeBytes: 100 })).toBeUndefined()
    expect(await walkTree(git.batch, '0'.repeat(40), WIDE)).toBeUndefined()
  })

  it('GitSource.listFiles: walked or by ls-tree, the same paths', async () => {
    // A reader of its own: closing the source closes its reader for good, and the other tests share git's.
    const source = new GitSource(new Git(repo.dir))
    expect(await source.listFiles(small)).toEqual(lsTree(repo.dir, small).paths)
    expect(await source.listFiles(large)).toEqual(lsTree(repo.dir, large).paths)
    expect(await source.listFiles('HEAD')).toEqual(lsTree(repo.dir, large).paths)
    await expect(source.listFiles('0'.repeat(40))).rejects.toThrow('git ls-tree failed')
    source.close()
  })
})

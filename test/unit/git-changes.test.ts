/**
 * GitSource.prefetchChanges starts the diff of two commits before it is asked: changedFiles then answers what
 * it answers without it, once; a diff that fails fails changedFiles, not the process. Git.isRepository, which
 * starts the batch reader, holds a repository without a commit for one.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Git, GitError } from '../../src/git/git.js'
import { GitSource } from '../../src/git/source.js'
import { makeRepo, type TestRepo } from '../helpers/git-repo.js'

describe('GitSource.prefetchChanges', () => {
  let repo: TestRepo
  let base: string
  let head: string
  beforeAll(() => {
    repo = makeRepo()
    base = repo.commit('base', { 'a.txt': 'a\n', 'b.txt': 'b\n', 'old/name.yaml': 'name: x\nversion: 1\n' })
    repo.git('rm', '--quiet', 'b.txt', 'old/name.yaml')
    const moved = { 'new/name.yaml': 'name: x\nversion: 1\n' }
    head = repo.commit('head', { 'a.txt': 'changed\n', 'c.txt': 'c\n', ...moved })
  })
  afterAll(() => repo.remove())

  it('changedFiles answers the same with and without it, and asks git again after it was taken', async () => {
    const plain = new GitSource(new Git(repo.dir))
    const expected = await plain.changedFiles(base, head)
    plain.close()
    expect(expected).toEqual([
      { path: 'a.txt', status: 'modified' },
      { path: 'b.txt', status: 'removed' },
      { path: 'c.txt', status: 'added' },
      { path: 'new/name.yaml', status: 'renamed', previousPath: 'old/name.yaml' },
    ])
    const ahead = new GitSource(new Git(repo.dir))
    ahead.prefetchChanges(base, head)
    const first = await ahead.changedFiles(base, head)
    const second = await ahead.changedFiles(base, head)
    expect([first, second]).toEqual([expected, expected])
    expect(second).not.toBe(first)
    ahead.close()
  })

  it('a diff that fails: changedFiles rejects with the git error', async () => {
    const source = new GitSource(new Git(repo.dir))
    const missing = 'f'.repeat(40)
    source.prefetchChanges(base, missing)
    await new Promise((resolve) => setTimeout(resolve, 200)) // the diff has failed by now, unhandled
    await expect(source.changedFiles(base, missing)).rejects.toBeInstanceOf(GitError)
    source.close()
  })
})

describe('Git.isRepository', () => {
  let empty: string
  beforeAll(() => {
    empty = mkdtempSync(join(tmpdir(), 'model-gate-empty-'))
  })
  afterAll(() => rmSync(empty, { recursive: true, force: true }))

  it('a repository without a commit is one; a folder outside any is not', async () => {
    // git looks no higher than the folder's parent, whatever repository the temporary folder is in.
    const saved = process.env.GIT_CEILING_DIRECTORIES
    process.env.GIT_CEILING_DIRECTORIES = dirname(empty)
    try {
      const outside = new Git(empty)
      expect(await outside.isRepository()).toBe(false)
      outside.close()
      const repo = makeRepo()
      const unborn = new Git(repo.dir)
      expect([await unborn.isRepository(), await unborn.resolve('HEAD')]).toEqual([true, undefined])
      unborn.close()
      repo.remove()
    } finally {
      if (saved === undefined) delete process.env.GIT_CEILING_DIRECTORIES
      else process.env.GIT_CEILING_DIRECTORIES = saved
    }
  })
})

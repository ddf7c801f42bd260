/**
 * GitSource.prefetch asks the regular files of a commit by blob id (one `git ls-tree -r` instead of a tree
 * walk per path): what readFile then answers must be what it answers without prefetch, for regular and
 * executable files, symlinks inside and outside the repository, paths through a symlinked folder, folders
 * and missing paths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Git } from '../../src/git/git.js'
import { GitSource } from '../../src/git/source.js'
import { makeRepo, type TestRepo } from '../helpers/git-repo.js'

/** What readFile answers: the text, undefined, or the error's message. */
async function answer(source: GitSource, ref: string, path: string): Promise<string | undefined> {
  try {
    return await source.readFile(ref, path)
  } catch (error) {
    return `error: ${(error as Error).message}`
  }
}

describe('prefetch by blob id reads what a read by path reads', () => {
  let repo: TestRepo
  let commit: string
  const paths: string[] = []
  beforeAll(() => {
    repo = makeRepo()
    const files: Record<string, string> = {}
    for (let i = 0; i < 40; i++) files[`models/m${i}/model.yaml`] = `name: m${i}\nversion: 1.0.0\n`
    files['models/run.sh'] = '#!/bin/sh\n'
    files['data/real/metrics.json'] = '{"acc": 0.9}\n'
    repo.commit('files', files)
    repo.git('update-index', '--chmod=+x', 'models/run.sh')
    const link = (path: string, target: string) => {
      const blob = repo.gitInput(target, 'hash-object', '-w', '--stdin')
      repo.git('update-index', '--add', '--cacheinfo', `120000,${blob},${path}`)
    }
    link('models/m0/metrics.json', '../../data/real/metrics.json')
    link('models/leak.json', '../../../etc/passwd')
    link('models/dangling.json', 'nowhere.json')
    link('linked', 'data')
    repo.git('commit', '--quiet', '-m', 'links')
    commit = repo.git('rev-parse', 'HEAD')
    paths.push(...Object.keys(files), 'models/m0/metrics.json', 'models/leak.json', 'models/dangling.json')
    paths.push('linked/real/metrics.json', 'models', 'models/missing.yaml', 'linked')
  })
  afterAll(() => repo.remove())

  it('for every kind of path, prefetched in one batch of more than 32', async () => {
    const byPath = new GitSource(new Git(repo.dir))
    const expected = await Promise.all(paths.map((p) => answer(byPath, commit, p)))
    byPath.close()
    // The answers differ from path to path: files, a followed link, refusals, nothing.
    expect(expected.slice(-7)).toEqual([
      '{"acc": 0.9}\n',
      'error: models/leak.json: is a symlink that leaves the repository: it is not read',
      'error: models/dangling.json: is a symlink to a path that does not exist in the commit',
      '{"acc": 0.9}\n',
      undefined,
      undefined,
      undefined,
    ])
    const prefetched = new GitSource(new Git(repo.dir))
    await prefetched.prefetch(commit, paths)
    expect(await Promise.all(paths.map((p) => answer(prefetched, commit, p)))).toEqual(expected)
    prefetched.close()
  })

  it('for blobs of the registry (readBlob), each kept up to the most its read asks for', async () => {
    const blob = async (source: GitSource, p: string, maxBytes: number) => {
      try {
        return await source.readBlob(commit, p, maxBytes, `registry:${p}`)
      } catch (error) {
        return `error: ${(error as Error).message}`
      }
    }
    const byPath = new GitSource(new Git(repo.dir))
    const expected = await Promise.all(paths.map((p) => blob(byPath, p, 1024)))
    expect(await blob(byPath, 'data/real/metrics.json', 4)).toBe(
      'error: registry:data/real/metrics.json: file is 13 bytes, over the limit of 4 bytes',
    )
    byPath.close()
    const prefetched = new GitSource(new Git(repo.dir))
    await prefetched.prefetchBlobs(commit, paths, 1024)
    expect(await Promise.all(paths.map((p) => blob(prefetched, p, 1024)))).toEqual(expected)
    // Announced with a smaller limit than the read asks for: read again, whole.
    await prefetched.prefetchBlobs(commit, paths, 4)
    expect(await blob(prefetched, 'data/real/metrics.json', 1024)).toBe('{"acc": 0.9}\n')
    prefetched.close()
  })
})

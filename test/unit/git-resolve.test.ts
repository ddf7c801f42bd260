/**
 * Git.resolve and Git.refExists ask the repository's batch reader (`git cat-file --batch --follow-symlinks`)
 * instead of a `git rev-parse` each: for every kind of name they must answer what rev-parse answers, and the
 * batch must go on serving GitSource's reads between them.
 */
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Git } from '../../src/git/git.js'
import { GitSource } from '../../src/git/source.js'
import { GIT_ENV, makeRepo, type TestRepo } from '../helpers/git-repo.js'

/** What `git rev-parse --verify --quiet [--end-of-options] <name>` prints, or undefined when it fails. */
function revParse(dir: string, args: string[]): string | undefined {
  try {
    const env = { ...process.env, ...GIT_ENV }
    const out = execFileSync('git', ['rev-parse', '--verify', '--quiet', ...args], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    return out.toString('utf8').trim()
  } catch {
    return undefined
  }
}

/** Two commit objects whose ids share their first four hex digits: an ambiguous short name. */
function ambiguousCommits(repo: TestRepo): string {
  const tree = repo.gitInput('', 'mktree')
  const seen = new Map<string, string>()
  for (let i = 0; ; i++) {
    const body = `tree ${tree}\nauthor A <a@a> 0 +0000\ncommitter A <a@a> 0 +0000\n\nmessage ${i}\n`
    const id = createHash('sha1')
      .update(`commit ${Buffer.byteLength(body)}\0${body}`)
      .digest('hex')
    const other = seen.get(id.slice(0, 4))
    if (other !== undefined) {
      for (const text of [other, body]) repo.gitInput(text, 'hash-object', '-t', 'commit', '-w', '--stdin')
      return id.slice(0, 4)
    }
    seen.set(id.slice(0, 4), body)
  }
}

describe('Git.resolve and refExists answer what rev-parse answers', () => {
  let repo: TestRepo
  let git: Git
  let first: string
  let second: string
  const names: string[] = []
  beforeAll(() => {
    repo = makeRepo()
    first = repo.commit('first', { 'dir/file.txt': 'one\n', 'dup.txt': 'a\n' })
    const link = (path: string, target: string) => {
      const blob = repo.gitInput(target, 'hash-object', '-w', '--stdin')
      repo.git('update-index', '--add', '--cacheinfo', `120000,${blob},${path}`)
    }
    link('linked', 'dir')
    link('main', 'dir/file.txt')
    link('x^{commit}', 'sub')
    repo.git('update-index', '--add', '--cacheinfo', `160000,${first},sub`)
    repo.git('commit', '--quiet', '-m', 'second: links and a submodule')
    second = repo.git('rev-parse', 'HEAD')
    repo.git('tag', 'light', first)
    repo.git('tag', '-a', '-m', 'annotated', 'annotated', first)
    repo.git('-c', 'advice.nestedTag=false', 'tag', '-a', '-m', 'of a tag', 'nested', 'annotated')
    repo.git('tag', 'treetag', `${first}^{tree}`)
    repo.git('tag', 'blobtag', `${first}:dup.txt`)
    repo.git('branch', 'dup', first)
    repo.git('tag', 'dup', second) // a tag and a branch of one name: git warns and takes the tag
    repo.git('update-ref', 'refs/remotes/origin/main', first)
    const tree = repo.git('rev-parse', `${first}^{tree}`)
    const blob = repo.git('rev-parse', `${first}:dup.txt`)
    const short = ambiguousCommits(repo)
    names.push(
      ...['main', 'HEAD', 'HEAD~1', 'HEAD^', 'HEAD^2', first, second, first.slice(0, 7), short, tree, blob],
      ...['light', 'annotated', 'nested', 'treetag', 'blobtag', 'dup', 'refs/heads/dup', 'heads/main'],
      ...['origin/main', 'refs/remotes/origin/main', 'origin/HEAD', 'master', 'nope', '', ' main', 'main '],
      ...['-x', '--all', '--git-dir', '-', '@', '@{-1}', 'HEAD@{0}', 'main@{upstream}', 'HEAD^{tree}'],
      ...['main^{/first}', 'main^{/nothing like it}', ':/first', 'HEAD:dir', 'HEAD:dir/file.txt'],
      ...[
        'HEAD:linked',
        'HEAD:main',
        'HEAD:sub',
        'HEAD:x',
        'main\nHEAD',
        'main\r',
        'HEAD@{1970-01-01 00:00}',
      ],
    )
    git = new Git(repo.dir)
  })
  afterAll(() => {
    git.close()
    repo.remove()
  })

  it('resolve: the commit `rev-parse --verify <name>^{commit}` prints', async () => {
    const expected = names.map((n) => revParse(repo.dir, ['--end-of-options', `${n}^{commit}`]))
    // The answers differ from name to name: commits, peeled tags, and nothing for trees, blobs, unknowns.
    expect(expected.slice(0, 9)).toEqual([
      second,
      second,
      first,
      first,
      undefined,
      first,
      second,
      first,
      undefined,
    ])
    expect(expected.slice(11, 16)).toEqual([first, first, first, undefined, undefined])
    expect(expected[16]).toBe(second)
    expect(await Promise.all(names.map((n) => git.resolve(n)))).toEqual(expected)
  })

  it('refExists: the object `rev-parse --verify <name>` prints, not peeled', async () => {
    const refs = [...names, 'refs/heads/main', 'refs/heads/nope', 'refs/tags/annotated', 'refs/tags/blobtag']
    const expected = refs.map((n) => revParse(repo.dir, [n]))
    expect(expected.at(-2)).toBe(repo.git('rev-parse', 'refs/tags/annotated'))
    expect(expected.at(-2)).not.toBe(first)
    expect(await Promise.all(refs.map((n) => git.refExists(n)))).toEqual(expected)
  })

  it('resolves between reads of GitSource on the one batch reader', async () => {
    const own = new Git(repo.dir)
    const source = new GitSource(own)
    const asked = await Promise.all([
      source.readFile(first, 'dir/file.txt'),
      own.resolve('light'),
      source.readFile('annotated', 'dup.txt'),
      own.resolve('nope'),
      // git ends a batch asked this name (no upstream): it is asked of rev-parse, and the reads go on.
      own.resolve('main@{upstream}'),
      own.refExists('refs/heads/dup'),
      source.readFile(second, 'main'),
      own.resolve('HEAD'),
    ])
    expect(asked).toEqual(['one\n', first, 'a\n', undefined, undefined, first, 'one\n', second])
    source.close()
    // A read after close fails: it starts no reader that nothing would end.
    await expect(own.resolve('HEAD~1')).rejects.toThrow('the batch reader is closed')
  })

  it('isRepository: true inside the repository and its subfolders, false for a folder that does not exist', async () => {
    const inside = new Git(join(repo.dir, 'dir'))
    const gone = new Git(join(repo.dir, 'no-such-folder'))
    expect([await inside.isRepository(), await gone.isRepository(), await git.isRepository()]).toEqual([
      true,
      false,
      true,
    ])
    inside.close()
    gone.close()
  })
})

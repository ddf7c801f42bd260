import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { makeRepo, runCli, type TestRepo } from '../helpers/git-repo.js'

/** A commit whose tree holds `path` as a symlink (mode 120000) to `target`, whatever the file system allows. */
function commitSymlink(repo: TestRepo, path: string, target: string): void {
  const blob = repo.gitInput(target, 'hash-object', '-w', '--stdin')
  repo.git('update-index', '--add', '--cacheinfo', `120000,${blob},${path}`)
  repo.git('commit', '--quiet', '-m', `link ${path}`)
  repo.git('checkout', '--quiet', '--', path)
}

describe('validate and diff read what is committed; --worktree reads the unsaved state', () => {
  let repo: TestRepo
  // Each test gets a repository of its own: most edit the work tree or commit, and each must see only 'v1'
  // committed and its own edits.
  beforeEach(() => {
    repo = makeRepo()
    repo.commit('v1', {
      'models/churn/model.yaml': 'name: churn\nversion: 1.0.0\nmetrics_files: [metrics.json]\n',
      'models/churn/metrics.json': '{"accuracy": 0.9}\n',
    })
  })
  afterEach(() => repo.remove())

  it('an uncommitted edit of a manifest is not seen without --worktree and is seen with it', async () => {
    repo.write({
      'models/churn/model.yaml': 'name: churn\nversion: 2.0.0\nmetrics: {accuracy: .nan}\n',
    })
    expect(await runCli(repo.dir, ['validate', 'models/churn/model.yaml'])).toEqual({
      code: 0,
      stdout: 'ok models/churn/model.yaml (churn 1.0.0, 1 metrics)\n1 valid, 0 invalid\n',
      stderr: '',
    })
    expect(await runCli(repo.dir, ['validate', '--worktree', 'models/churn/model.yaml'])).toEqual({
      code: 1,
      stdout: '0 valid, 1 invalid\n',
      stderr: 'models/churn/model.yaml:3:21: number NaN is not finite\n',
    })
    const committed = await runCli(repo.dir, [
      'diff',
      'HEAD:models/churn/model.yaml',
      'models/churn/model.yaml',
    ])
    expect([committed.code, committed.stdout.split('\n')[4]]).toEqual([
      0,
      '[PASS] churn 1.0.0 -> 1.0.0: passed  (models/churn/model.yaml)',
    ])
    const unsaved = await runCli(repo.dir, [
      'diff',
      '--worktree',
      'HEAD:models/churn/model.yaml',
      'models/churn/model.yaml',
    ])
    expect([unsaved.code, unsaved.stderr]).toEqual([1, ''])
    expect(unsaved.stdout).toContain('number NaN is not finite')
  })

  it('an uncommitted metrics file edit is seen by diff only with --worktree', async () => {
    repo.write({ 'models/churn/metrics.json': '{"accuracy": 0.5}\n' })
    const args = ['diff', 'HEAD:models/churn/model.yaml', 'models/churn/model.yaml']
    const committed = await runCli(repo.dir, args)
    expect(committed.stdout).toContain('  accuracy  0.9         0.9')
    const unsaved = await runCli(repo.dir, [...args, '--worktree'])
    expect(unsaved.stdout).toContain('  accuracy  0.9         0.5')
  })

  it('a file not committed yet is named, with the way to read it', async () => {
    repo.write({ 'models/new/model.yaml': 'name: new\nversion: 1.0.0\n' })
    expect(await runCli(repo.dir, ['validate', 'models/new/model.yaml'])).toEqual({
      code: 1,
      stdout: '0 valid, 1 invalid\n',
      stderr:
        'models/new/model.yaml: does not exist at HEAD: commit it, or read the work tree with --worktree\n',
    })
    expect((await runCli(repo.dir, ['validate', '--worktree', 'models/new/model.yaml'])).code).toBe(0)
  })

  it('--head names the commit paths are read at; from a subfolder, paths are relative to it', async () => {
    repo.commit('v2', {
      'models/churn/model.yaml': 'name: churn\nversion: 1.1.0\nmetrics_files: [metrics.json]\n',
    })
    const r = await runCli(join(repo.dir, 'models/churn'), ['validate', '--head', 'HEAD~1', 'model.yaml'])
    expect(r).toEqual({
      code: 0,
      stdout: 'ok models/churn/model.yaml (churn 1.0.0, 1 metrics)\n1 valid, 0 invalid\n',
      stderr: '',
    })
  })

  it('--worktree is refused where only commits are read, and beside --head', async () => {
    const usage = "\nRun 'model-gate --help' for usage.\n"
    expect(await runCli(repo.dir, ['promote', '--worktree', 'models/churn/model.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `model-gate: --worktree is not a flag of 'promote': promote reads committed files only (see model-gate promote --help)${usage}`,
    })
    expect((await runCli(repo.dir, ['check', '--worktree'])).code).toBe(2)
    expect(await runCli(repo.dir, ['validate', '--worktree', '--head', 'HEAD', 'x.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `model-gate: --worktree reads the work tree, --head a commit: give one of them${usage}`,
    })
  })
})

describe('symlinks in git objects are followed only inside the repository', () => {
  let repo: TestRepo
  let outside: string
  // The file outside is only read; each test commits on a branch of a repository of its own.
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'model-gate-outside-'))
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0:secret-bytes\n')
  })
  afterAll(() => rmSync(outside, { recursive: true, force: true }))
  beforeEach(() => {
    repo = makeRepo()
    repo.commit('base', {
      'models/churn/model.yaml': 'name: churn\nversion: 1.0.0\nmetrics: {accuracy: 0.9}\n',
      'shared/metrics.json': '{"accuracy": 0.8}\n',
    })
    repo.git('checkout', '--quiet', '-b', 'pr')
  })
  afterEach(() => repo.remove())

  it('a committed in-repository symlink is followed, by validate and by check', async () => {
    repo.write({
      'models/linked/model.yaml': 'name: linked\nversion: 1.0.0\nmetrics_files: [metrics.json]\n',
    })
    repo.git('add', '--all')
    commitSymlink(repo, 'models/linked/metrics.json', '../../shared/metrics.json')
    expect(await runCli(repo.dir, ['validate', 'models/linked/model.yaml'])).toEqual({
      code: 0,
      stdout: 'ok models/linked/model.yaml (linked 1.0.0, 1 metrics)\n1 valid, 0 invalid\n',
      stderr: '',
    })
    const r = await runCli(repo.dir, ['check', '--base', 'main', '--registry', 'base', '--format', 'json'])
    const [model] = JSON.parse(r.stdout).models
    expect([r.code, model.name, model.checked_because, model.metrics[0].candidate]).toEqual([
      0,
      'linked',
      ['models/linked/metrics.json'],
      0.8,
    ])
  })

  it('a committed symlink to ../../etc/passwd is an error naming the link, and shows nothing of the file', async () => {
    repo.git('checkout', '--quiet', '-b', 'leak', 'main')
    repo.write({ 'models/leak/model.yaml': 'name: leak\nversion: 1.0.0\nmetrics_files: [metrics.json]\n' })
    repo.git('add', '--all')
    const depth = '../'.repeat(outside.split('/').length + 4)
    commitSymlink(repo, 'models/leak/metrics.json', `${depth}${outside.slice(1)}/passwd`)
    const validate = await runCli(repo.dir, ['validate', 'models/leak/model.yaml'])
    expect(validate).toEqual({
      code: 1,
      stdout: '0 valid, 1 invalid\n',
      stderr: 'models/leak/metrics.json: is a symlink that leaves the repository: it is not read\n',
    })
    const check = await runCli(repo.dir, ['check', '--base', 'main', '--registry', 'base'])
    expect(check.code).toBe(1)
    expect(check.stdout).toContain('models/leak/metrics.json: is a symlink that leaves the repository')
    const promote = await runCli(repo.dir, ['promote', 'models/leak/model.yaml'])
    expect([promote.code, promote.stderr]).toEqual([
      1,
      'models/leak/metrics.json: is a symlink that leaves the repository: it is not read\n',
    ])
    for (const out of [validate, check, promote])
      expect(out.stdout + out.stderr).not.toContain('secret-bytes')
  })

  it('a dangling or looping committed symlink is an error naming it', async () => {
    repo.git('checkout', '--quiet', '-b', 'broken', 'main')
    repo.write({
      'models/a/model.yaml': 'name: a\nversion: 1.0.0\nmetrics_files: [metrics.json]\n',
      'models/b/model.yaml': 'name: b\nversion: 1.0.0\nmetrics_files: [metrics.json]\n',
    })
    repo.git('add', '--all')
    commitSymlink(repo, 'models/a/metrics.json', 'nowhere.json')
    commitSymlink(repo, 'models/b/metrics.json', 'metrics.json')
    expect(await runCli(repo.dir, ['validate', 'models/a/model.yaml', 'models/b/model.yaml'])).toEqual({
      code: 1,
      stdout: '0 valid, 2 invalid\n',
      stderr:
        'models/a/metrics.json: is a symlink to a path that does not exist in the commit\n' +
        'models/b/metrics.json: is a symlink that loops (or has too many levels of links)\n',
    })
  })
})

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  type Emulator,
  OpenApiValidator,
  commitFiles,
  git,
  loadSubset,
  makeGitRepo,
  startEmulator,
} from './emulator/index.js'

const owner = 'acme'
const repo = 'models'

interface HttpError {
  status: number
  message: string
  response?: { data: unknown; headers: Record<string, string | undefined> }
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

/** Sends a request by a route string that is not type-checked (to send what the types would forbid). */
function untyped(route: string, params: Record<string, unknown>) {
  return octokit.request(route, params)
}

/** Runs `fn`, which must fail, and returns the Octokit RequestError. */
async function failure(fn: () => Promise<unknown>): Promise<HttpError> {
  try {
    await fn()
  } catch (e) {
    return e as HttpError
  }
  throw new Error('expected the request to fail')
}

let dir: string
let emulator: Emulator
let octokit: Octokit
const sha = { initial: '', feature: '', main: '', bulk: '' }

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emulator-test-'))
  sha.initial = (await makeGitRepo(dir, {
    files: {
      'README.md': 'hello\nworld\n',
      'models/churn/manifest.json': '{"version": 1}\n',
      'models/fraud/manifest.json': '{"version": 3}\n',
      'docs/guide.md': 'a guide\nwith\nseveral\nlines\n',
    },
  })) as string
  // feature: modify one manifest, delete another, rename the guide, add a file.
  sha.feature = await commitFiles(dir, {
    branch: 'feature',
    parent: sha.initial,
    message: 'feature work',
    files: {
      'models/churn/manifest.json': '{"version": 2}\n',
      'models/fraud/manifest.json': null,
      'docs/guide.md': null,
      'docs/handbook.md': 'a guide\nwith\nseveral\nlines\n',
      'models/new/manifest.json': '{"version": 1}\n',
    },
  })
  // main moves on after the branch point: three-dot semantics must leave this change out of the PR.
  sha.main = await commitFiles(dir, {
    branch: 'main',
    message: 'main moves',
    files: { 'README.md': 'hello\n' },
  })
  // bulk: 3100 new files in one commit.
  const many: Record<string, string> = {}
  for (let i = 0; i < 3100; i++) many[`bulk/f${String(i).padStart(4, '0')}.txt`] = `${i}\n`
  sha.bulk = await commitFiles(dir, { branch: 'bulk', parent: sha.main, message: 'bulk', files: many })
  await git(dir, ['tag', 'v1', sha.initial])

  emulator = await startEmulator({
    repoDir: dir,
    owner,
    repo,
    pulls: {
      1: { baseRef: 'main', headRef: 'feature', headSha: sha.feature, user: 'alice', merge_commit_sha: null },
      2: { baseRef: 'main', headRef: 'bulk', headSha: sha.bulk, user: 'mallory', fork: true },
    },
    permissions: { alice: 'write', bob: 'maintain', carol: 'triage' },
    users: ['dave'],
    now: () => new Date('2025-01-02T03:04:05.678Z'),
  })
  octokit = new Octokit({ baseUrl: emulator.url, auth: 'x', log: quiet })
}, 30_000)

afterEach(() => {
  expect(emulator.violations).toEqual([])
})

afterAll(async () => {
  await emulator?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** Removes and returns the violations recorded so far (for tests that provoke them on purpose). */
function takeViolations() {
  return emulator.violations.splice(0)
}

describe('OpenAPI subset', () => {
  it('holds the request side of every operation the emulator serves', () => {
    const subset = loadSubset()
    expect(subset.info.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(subset.operations).toHaveLength(28)
    const byId = new Map(subset.operations.map((o) => [o.operationId, o]))
    expect(byId.get('pulls/list-files')).toMatchObject({
      method: 'GET',
      path: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
      requestBody: null,
    })
    expect(byId.get('git/update-ref')?.path).toBe('/repos/{owner}/{repo}/git/refs/{ref}')
    expect(byId.get('git/get-ref')?.path).toBe('/repos/{owner}/{repo}/git/ref/{ref}')
    expect(byId.get('checks/create')?.requestBody?.schema.required).toEqual(['name', 'head_sha'])
    expect(JSON.stringify(subset)).not.toContain('$ref')
    // The emulator compiles an operation's schemas on its first request: every one of them compiles.
    expect(new OpenApiValidator(subset).compileAll()).toBe(28)
  })
})

describe('repository and contents', () => {
  it('answers repos.get', async () => {
    const { data } = await octokit.repos.get({ owner, repo })
    expect(data).toMatchObject({
      name: 'models',
      full_name: 'acme/models',
      default_branch: 'main',
      private: false,
      owner: { login: 'acme' },
    })
    expect(typeof data.id).toBe('number')
  })

  it('serves a file at a ref, base64 in lines of 60 characters', async () => {
    const { data, headers } = await octokit.repos.getContent({
      owner,
      repo,
      path: 'models/churn/manifest.json',
      ref: 'feature',
    })
    expect(headers['content-type']).toBe('application/json; charset=utf-8')
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file')
    expect(data).toMatchObject({ type: 'file', encoding: 'base64', name: 'manifest.json', size: 15 })
    expect(data.path).toBe('models/churn/manifest.json')
    expect(Buffer.from(data.content, 'base64').toString('utf8')).toBe('{"version": 2}\n')
    expect(data.sha).toBe(await git(dir, ['rev-parse', `${sha.feature}:models/churn/manifest.json`]))

    const atMain = await octokit.repos.getContent({ owner, repo, path: 'models/churn/manifest.json' })
    if (Array.isArray(atMain.data) || atMain.data.type !== 'file') throw new Error('expected a file')
    expect(Buffer.from(atMain.data.content, 'base64').toString('utf8')).toBe('{"version": 1}\n')

    const long = await octokit.repos.getContent({ owner, repo, path: 'docs/guide.md', ref: sha.initial })
    if (Array.isArray(long.data) || long.data.type !== 'file') throw new Error('expected a file')
    expect(long.data.content).toBe(`${Buffer.from('a guide\nwith\nseveral\nlines\n').toString('base64')}\n`)
  })

  it('answers 404 for a missing path, lists directories, and serves raw bytes', async () => {
    const missing = await failure(() =>
      octokit.repos.getContent({ owner, repo, path: 'nope.json', ref: 'main' }),
    )
    expect(missing.status).toBe(404)
    expect(missing.response?.data).toMatchObject({ message: 'Not Found' })

    const { data } = await octokit.repos.getContent({ owner, repo, path: 'models', ref: 'feature' })
    expect(Array.isArray(data)).toBe(true)
    expect(
      (data as { name: string; type: string; path: string }[]).map((e) => [e.name, e.type, e.path]),
    ).toEqual([
      ['churn', 'dir', 'models/churn'],
      ['new', 'dir', 'models/new'],
    ])

    const raw = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path: 'README.md',
      ref: sha.initial,
      headers: { accept: 'application/vnd.github.raw+json' },
    })
    expect(raw.data).toBe('hello\nworld\n')
  })
})

describe('pull requests, commits, compare', () => {
  it('lists the files of a pull request with three-dot semantics', async () => {
    const pr = await octokit.pulls.get({ owner, repo, pull_number: 1 })
    expect(pr.data).toMatchObject({
      number: 1,
      state: 'open',
      user: { login: 'alice' },
      head: { ref: 'feature', sha: sha.feature },
      base: { ref: 'main', sha: sha.main },
      changed_files: 4,
      commits: 1,
      author_association: 'COLLABORATOR',
    })
    const { data: files } = await octokit.pulls.listFiles({ owner, repo, pull_number: 1 })
    expect(files.map((f) => [f.filename, f.status, f.additions, f.deletions, f.changes])).toEqual([
      ['docs/handbook.md', 'renamed', 0, 0, 0],
      ['models/churn/manifest.json', 'modified', 1, 1, 2],
      ['models/fraud/manifest.json', 'removed', 0, 1, 1],
      ['models/new/manifest.json', 'added', 1, 0, 1],
    ])
    const renamed = files[0]
    expect(renamed).toMatchObject({ status: 'renamed', previous_filename: 'docs/guide.md', changes: 0 })
    expect(files[1]).toMatchObject({ status: 'modified', additions: 1, deletions: 1, changes: 2 })
    expect(files[2]).toMatchObject({ status: 'removed', additions: 0, deletions: 1 })
    expect(files[3]).toMatchObject({ status: 'added', additions: 1, deletions: 0 })
    expect(files[3]?.sha).toBe(await git(dir, ['rev-parse', `${sha.feature}:models/new/manifest.json`]))
  })

  it('paginates pull request files with link headers and caps them at 3000', async () => {
    const first = await octokit.pulls.listFiles({ owner, repo, pull_number: 2, per_page: 100 })
    expect(first.data).toHaveLength(100)
    const link = first.headers.link ?? ''
    expect(link).toBe(
      `<${emulator.url}/repos/acme/models/pulls/2/files?per_page=100&page=2>; rel="next", ` +
        `<${emulator.url}/repos/acme/models/pulls/2/files?per_page=100&page=30>; rel="last"`,
    )
    const defaults = await octokit.pulls.listFiles({ owner, repo, pull_number: 2 })
    expect(defaults.data).toHaveLength(30)
    expect(defaults.headers.link).toContain('page=100>; rel="last"')

    const all = await octokit.paginate(octokit.pulls.listFiles, {
      owner,
      repo,
      pull_number: 2,
      per_page: 100,
    })
    expect(all).toHaveLength(3000)
    expect(all[0]?.filename).toBe('bulk/f0000.txt')
    expect(all[2999]?.filename).toBe('bulk/f2999.txt')
    expect(new Set(all.map((f) => f.status))).toEqual(new Set(['added']))

    const beyond = await octokit.pulls.listFiles({ owner, repo, pull_number: 2, per_page: 100, page: 31 })
    expect(beyond.data).toEqual([])

    const pr = await octokit.pulls.get({ owner, repo, pull_number: 2 })
    expect(pr.data.changed_files).toBe(3100)
    expect(pr.data.head.repo?.full_name).toBe('mallory/models')
    expect(pr.data.head.repo?.fork).toBe(true)
  })

  it('follows a pull request whose head moved (setPull)', async () => {
    emulator.setPull(3, { baseRef: 'main', headRef: 'feature-2', headSha: sha.feature, user: 'bob' })
    const before = await octokit.pulls.get({ owner, repo, pull_number: 3 })
    expect(before.data).toMatchObject({ head: { sha: sha.feature, ref: 'feature-2' }, changed_files: 4 })
    const next = await commitFiles(dir, {
      branch: 'feature-2',
      parent: sha.feature,
      message: 'more work',
      files: { 'models/churn/manifest.json': '{"version": 3}\n', 'models/new/manifest.json': null },
    })
    emulator.setPull(3, { headSha: next })
    const files = await octokit.pulls.listFiles({ owner, repo, pull_number: 3 })
    expect(files.data.map((f) => [f.filename, f.status])).toEqual([
      ['docs/handbook.md', 'renamed'],
      ['models/churn/manifest.json', 'modified'],
      ['models/fraud/manifest.json', 'removed'],
    ])
    expect(emulator.requestsFor('pulls/list-files').at(-1)).toMatchObject({
      path: '/repos/acme/models/pulls/3/files',
      status: 200,
    })
  })

  it('compares two refs', async () => {
    const { data } = await octokit.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: 'main...feature',
    })
    expect(data).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 1, total_commits: 1 })
    expect(data.merge_base_commit.sha).toBe(sha.initial)
    expect(data.base_commit.sha).toBe(sha.main)
    expect(data.commits.map((c) => [c.sha, c.commit.message])).toEqual([[sha.feature, 'feature work']])
    expect(data.files?.map((f) => f.filename)).toHaveLength(4)

    const same = await octokit.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${sha.main}...main`,
    })
    expect(same.data).toMatchObject({ status: 'identical', ahead_by: 0, behind_by: 0, files: [] })
    const behind = await octokit.repos.compareCommitsWithBasehead({ owner, repo, basehead: 'main...v1' })
    expect(behind.data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 1 })
  })

  it('gets a commit and the pulls associated with it', async () => {
    const { data } = await octokit.repos.getCommit({ owner, repo, ref: 'feature' })
    expect(data.sha).toBe(sha.feature)
    expect(data.commit.message).toBe('feature work')
    expect(data.parents.map((p) => p.sha)).toEqual([sha.initial])
    expect(data.files?.map((f) => [f.filename, f.status])).toEqual([
      ['docs/handbook.md', 'renamed'],
      ['models/churn/manifest.json', 'modified'],
      ['models/fraud/manifest.json', 'removed'],
      ['models/new/manifest.json', 'added'],
    ])
    expect(data.stats).toEqual({ total: 4, additions: 2, deletions: 2 })

    const pulls = await octokit.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: sha.feature,
    })
    expect(pulls.data.map((p) => p.number)).toEqual([1])
    const none = await octokit.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: sha.initial,
    })
    expect(none.data).toEqual([])
  })
})

describe('git data', () => {
  it('creates blobs, nested trees and commits, and fast-forwards a ref', async () => {
    const blob = await octokit.git.createBlob({ owner, repo, content: 'registry entry\n', encoding: 'utf-8' })
    expect(blob.status).toBe(201)
    expect(blob.data.sha).toBe(await git(dir, ['hash-object', '--stdin'], { input: 'registry entry\n' }))
    const b64 = await octokit.git.createBlob({
      owner,
      repo,
      content: Buffer.from([0, 1, 2]).toString('base64'),
      encoding: 'base64',
    })
    const back = await octokit.git.getBlob({ owner, repo, file_sha: b64.data.sha })
    expect(back.data).toMatchObject({ size: 3, encoding: 'base64', content: 'AAEC\n' })

    const base = await octokit.git.getCommit({ owner, repo, commit_sha: sha.main })
    const tree = await octokit.git.createTree({
      owner,
      repo,
      base_tree: base.data.tree.sha,
      tree: [
        { path: 'registry/churn/v2.json', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'registry/inline.txt', mode: '100644', type: 'blob', content: 'inline\n' },
        { path: 'models/fraud/manifest.json', mode: '100644', type: 'blob', sha: null },
      ],
    })
    expect(tree.status).toBe(201)
    expect(tree.data.tree.map((e) => [e.path, e.type])).toEqual([
      ['README.md', 'blob'],
      ['docs', 'tree'],
      ['models', 'tree'],
      ['registry', 'tree'],
    ])
    const listing = await octokit.git.getTree({ owner, repo, tree_sha: tree.data.sha, recursive: '1' })
    expect(listing.data.truncated).toBe(false)
    expect(listing.data.tree.filter((e) => e.type === 'blob').map((e) => e.path)).toEqual([
      'README.md',
      'docs/guide.md',
      'models/churn/manifest.json',
      'registry/churn/v2.json',
      'registry/inline.txt',
    ])
    expect(await git(dir, ['cat-file', 'blob', `${tree.data.sha}:registry/inline.txt`])).toBe('inline')

    const commit = await octokit.git.createCommit({
      owner,
      repo,
      message: 'registry: add churn v2',
      tree: tree.data.sha,
      parents: [sha.main],
      author: { name: 'Model Gate', email: 'gate@example.com', date: '2024-05-06T07:08:09Z' },
    })
    expect(commit.status).toBe(201)
    expect(commit.data).toMatchObject({
      message: 'registry: add churn v2',
      tree: { sha: tree.data.sha },
      parents: [{ sha: sha.main }],
      author: { name: 'Model Gate', email: 'gate@example.com', date: '2024-05-06T07:08:09Z' },
      committer: { name: 'Model Gate', email: 'gate@example.com', date: '2024-05-06T07:08:09Z' },
    })
    const read = await octokit.git.getCommit({ owner, repo, commit_sha: commit.data.sha })
    expect(read.data.message).toBe('registry: add churn v2')

    const created = await octokit.git.createRef({
      owner,
      repo,
      ref: 'refs/heads/model-registry',
      sha: sha.main,
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({
      ref: 'refs/heads/model-registry',
      object: { sha: sha.main, type: 'commit' },
    })
    const again = await failure(() =>
      octokit.git.createRef({ owner, repo, ref: 'refs/heads/model-registry', sha: sha.main }),
    )
    expect(again.status).toBe(422)
    expect(again.response?.data).toMatchObject({ message: 'Reference already exists' })

    const ff = await octokit.git.updateRef({ owner, repo, ref: 'heads/model-registry', sha: commit.data.sha })
    expect(ff.data.object.sha).toBe(commit.data.sha)
    const got = await octokit.git.getRef({ owner, repo, ref: 'heads/model-registry' })
    expect(got.data).toMatchObject({ ref: 'refs/heads/model-registry', object: { sha: commit.data.sha } })
    expect(await git(dir, ['rev-parse', 'refs/heads/model-registry'])).toBe(commit.data.sha)

    const nonFf = await failure(() =>
      octokit.git.updateRef({ owner, repo, ref: 'heads/model-registry', sha: sha.feature }),
    )
    expect(nonFf.status).toBe(422)
    expect(nonFf.response?.data).toMatchObject({ message: 'Update is not a fast forward' })
    const forced = await octokit.git.updateRef({
      owner,
      repo,
      ref: 'heads/model-registry',
      sha: sha.feature,
      force: true,
    })
    expect(forced.data.object.sha).toBe(sha.feature)

    const missing = await failure(() => octokit.git.getRef({ owner, repo, ref: 'heads/does-not-exist' }))
    expect(missing.status).toBe(404)
  })

  it('creates annotated tags and lists matching refs', async () => {
    const tag = await octokit.git.createTag({
      owner,
      repo,
      tag: 'churn-v2',
      message: 'promote churn v2',
      object: sha.feature,
      type: 'commit',
      tagger: { name: 'Model Gate', email: 'gate@example.com', date: '2024-05-06T07:08:09Z' },
    })
    expect(tag.status).toBe(201)
    expect(tag.data).toMatchObject({
      tag: 'churn-v2',
      message: 'promote churn v2',
      object: { sha: sha.feature, type: 'commit' },
      tagger: { name: 'Model Gate', email: 'gate@example.com', date: '2024-05-06T07:08:09Z' },
    })
    expect(await git(dir, ['cat-file', '-t', tag.data.sha])).toBe('tag')
    await octokit.git.createRef({ owner, repo, ref: 'refs/tags/churn-v2', sha: tag.data.sha })
    const read = await octokit.git.getTag({ owner, repo, tag_sha: tag.data.sha })
    expect(read.data.message).toBe('promote churn v2')

    const tags = await octokit.git.listMatchingRefs({ owner, repo, ref: 'tags/' })
    expect(tags.data.map((r) => [r.ref, r.object.type])).toEqual([
      ['refs/tags/churn-v2', 'tag'],
      ['refs/tags/v1', 'commit'],
    ])
    const prefix = await octokit.git.listMatchingRefs({ owner, repo, ref: 'heads/b' })
    expect(prefix.data.map((r) => r.ref)).toEqual(['refs/heads/bulk'])
  })

  it('lets exactly one of several concurrent fast-forward PATCHes win', async () => {
    await octokit.git.createRef({ owner, repo, ref: 'refs/heads/race', sha: sha.main })
    const tree = (await octokit.git.getCommit({ owner, repo, commit_sha: sha.main })).data.tree.sha
    for (let round = 0; round < 3; round++) {
      const start = (await octokit.git.getRef({ owner, repo, ref: 'heads/race' })).data.object.sha
      const children = await Promise.all(
        [0, 1, 2, 3].map(async (i) => {
          const c = await octokit.git.createCommit({
            owner,
            repo,
            message: `r${round}c${i}`,
            tree,
            parents: [start],
          })
          return c.data.sha
        }),
      )
      const results = await Promise.allSettled(
        children.map((c) => octokit.git.updateRef({ owner, repo, ref: 'heads/race', sha: c })),
      )
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [children[i]] : []))
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as HttpError] : []))
      expect(won).toHaveLength(1)
      expect(lost.map((e) => [e.status, (e.response?.data as { message: string }).message])).toEqual([
        [422, 'Update is not a fast forward'],
        [422, 'Update is not a fast forward'],
        [422, 'Update is not a fast forward'],
      ])
      expect(await git(dir, ['rev-parse', 'refs/heads/race'])).toBe(won[0])
    }
  })
})

describe('issue comments', () => {
  it('creates, paginates, edits and reacts to comments', async () => {
    for (let i = 1; i <= 35; i++) {
      const c = await octokit.issues.createComment({ owner, repo, issue_number: 1, body: `comment ${i}` })
      expect(c.status).toBe(201)
    }
    const first = await octokit.issues.listComments({ owner, repo, issue_number: 1, per_page: 10 })
    expect(first.data.map((c) => c.body)).toEqual(Array.from({ length: 10 }, (_, i) => `comment ${i + 1}`))
    expect(first.headers.link).toContain('page=4>; rel="last"')
    const all = await octokit.paginate(octokit.issues.listComments, {
      owner,
      repo,
      issue_number: 1,
      per_page: 10,
    })
    expect(all).toHaveLength(35)
    expect(all[34]).toMatchObject({
      body: 'comment 35',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      created_at: '2025-01-02T03:04:05Z',
      updated_at: '2025-01-02T03:04:05Z',
    })
    expect(all[34]?.html_url).toBe(`https://github.com/acme/models/pull/1#issuecomment-${all[34]?.id}`)

    const id = all[0]?.id as number
    const updated = await octokit.issues.updateComment({ owner, repo, comment_id: id, body: 'edited' })
    expect(updated.data.body).toBe('edited')
    expect((await octokit.issues.getComment({ owner, repo, comment_id: id })).data.body).toBe('edited')
    expect(emulator.state.comments.find((c) => c.id === id)?.body).toBe('edited')

    const tooLong = await failure(() =>
      octokit.issues.createComment({ owner, repo, issue_number: 1, body: 'x'.repeat(65537) }),
    )
    expect(tooLong.status).toBe(422)
    expect(JSON.stringify(tooLong.response?.data)).toContain('Body is too long (maximum is 65536 characters)')
    const maxLength = await octokit.issues.createComment({
      owner,
      repo,
      issue_number: 1,
      body: 'x'.repeat(65536),
    })
    expect(maxLength.status).toBe(201)

    const reaction = await octokit.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: id,
      content: 'eyes',
    })
    expect(reaction.status).toBe(201)
    const same = await octokit.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: id,
      content: 'eyes',
    })
    expect(same.status).toBe(200)
    expect(same.data.id).toBe(reaction.data.id)

    const missing = await failure(() =>
      octokit.issues.createComment({ owner, repo, issue_number: 99, body: 'x' }),
    )
    expect(missing.status).toBe(404)
  })
})

describe('check runs', () => {
  const annotations = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => ({
      path: 'models/churn/manifest.json',
      start_line: 1,
      end_line: 1,
      annotation_level: 'warning' as const,
      message: `note ${from + i}`,
    }))

  it('accumulates annotations across updates and enforces the limits', async () => {
    const created = await octokit.checks.create({
      owner,
      repo,
      name: 'model-gate',
      head_sha: sha.feature,
      status: 'in_progress',
      output: { title: 'Model Gate', summary: 'running', annotations: annotations(50) },
    })
    expect(created.status).toBe(201)
    expect(created.data).toMatchObject({ name: 'model-gate', status: 'in_progress', conclusion: null })
    expect(created.data.output.annotations_count).toBe(50)
    const id = created.data.id

    const updated = await octokit.checks.update({
      owner,
      repo,
      check_run_id: id,
      conclusion: 'failure',
      output: { title: 'Model Gate', summary: 'regression', annotations: annotations(50, 50) },
    })
    expect(updated.data).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(updated.data.output.annotations_count).toBe(100)
    const run = emulator.state.checkRuns.find((r) => r.id === id)
    expect(run?.output.annotations).toHaveLength(100)
    expect(run?.output.annotations[99]?.message).toBe('note 99')
    expect(run?.output.summary).toBe('regression')
    expect(run?.completed_at).toBe('2025-01-02T03:04:05Z')

    const tooMany = await failure(() =>
      octokit.checks.update({
        owner,
        repo,
        check_run_id: id,
        output: { title: 'x', summary: 'x', annotations: annotations(51) },
      }),
    )
    expect(tooMany.status).toBe(422)
    expect(takeViolations().map((v) => v.details)).toEqual([
      ['body/output/annotations must NOT have more than 50 items'],
    ])

    const tooLong = await failure(() =>
      octokit.checks.update({ owner, repo, check_run_id: id, output: { summary: 'x'.repeat(65536) } }),
    )
    expect(tooLong.status).toBe(422)
    expect(takeViolations().map((v) => v.details)).toEqual([
      ['body/output/summary must NOT have more than 65535 characters'],
    ])
    expect(emulator.state.checkRuns.find((r) => r.id === id)?.output.annotations).toHaveLength(100)

    await octokit.checks.create({ owner, repo, name: 'other', head_sha: sha.feature })
    const listed = await octokit.checks.listForRef({ owner, repo, ref: 'feature', check_name: 'model-gate' })
    expect(listed.data.total_count).toBe(1)
    expect(listed.data.check_runs.map((r) => [r.id, r.conclusion])).toEqual([[id, 'failure']])
    const both = await octokit.checks.listForRef({ owner, repo, ref: sha.feature })
    expect(both.data.check_runs.map((r) => r.name)).toEqual(['other', 'model-gate'])
  })
})

describe('permissions', () => {
  it('answers collaborator permission levels like GitHub', async () => {
    const bob = await octokit.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'bob' })
    expect(bob.data).toMatchObject({ permission: 'write', role_name: 'maintain', user: { login: 'bob' } })
    const carol = await octokit.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'carol' })
    expect(carol.data).toMatchObject({ permission: 'read', role_name: 'triage' })
    const dave = await octokit.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'dave' })
    expect(dave.data).toMatchObject({ permission: 'none', role_name: 'none' })
    const ghost = await failure(() =>
      octokit.repos.getCollaboratorPermissionLevel({ owner, repo, username: 'no-such-user' }),
    )
    expect(ghost.status).toBe(404)
  })
})

describe('faults, tokens and validation', () => {
  it('injects faults for a number of matching requests', async () => {
    const fault = emulator.addFault({ method: 'GET', path: /\/pulls\/1$/, status: 502, times: 2 })
    expect((await failure(() => octokit.pulls.get({ owner, repo, pull_number: 1 }))).status).toBe(502)
    expect((await failure(() => octokit.pulls.get({ owner, repo, pull_number: 1 }))).status).toBe(502)
    expect((await octokit.pulls.get({ owner, repo, pull_number: 1 })).status).toBe(200)
    expect(fault.hits).toBe(2)

    emulator.addFault({
      path: /\/issues\/1\/comments$/,
      status: 403,
      times: 1,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    })
    const limited = await failure(() =>
      octokit.issues.createComment({ owner, repo, issue_number: 1, body: 'x' }),
    )
    expect(limited.status).toBe(403)
    expect(limited.response?.headers['retry-after']).toBe('1')
    expect(limited.message).toContain('secondary rate limit')
    const statuses = emulator
      .requestsFor('pulls/get')
      .slice(-3)
      .map((r) => r.status)
    expect(statuses).toEqual([502, 502, 200])
  })

  it('flags requests that do not conform to the OpenAPI description', async () => {
    const noSha = await failure(() =>
      untyped('POST /repos/{owner}/{repo}/check-runs', { owner, repo, name: 'model-gate' }),
    )
    expect(noSha.status).toBe(422)
    const unknownOp = await failure(() => untyped('GET /repos/{owner}/{repo}/issues', { owner, repo }))
    expect(unknownOp.status).toBe(422)
    const badEnum = await failure(() =>
      untyped('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
        owner,
        repo,
        comment_id: 1,
        content: 'thumbsup',
      }),
    )
    expect(badEnum.status).toBe(422)
    const misplaced = await failure(() =>
      untyped('POST /repos/{owner}/{repo}/check-runs', {
        owner,
        repo,
        name: 'model-gate',
        head_sha: sha.feature,
        annotations: [],
      }),
    )
    expect(misplaced.status).toBe(422)
    const badQuery = await failure(() =>
      untyped('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner,
        repo,
        pull_number: 1,
        per_page: 'many',
      }),
    )
    expect(badQuery.status).toBe(422)
    expect(takeViolations().map((v) => [v.operationId, v.message])).toEqual([
      [
        'checks/create',
        "POST /repos/acme/models/check-runs (checks/create): body must have required property 'head_sha'",
      ],
      [null, 'GET /repos/acme/models/issues: no operation in the OpenAPI subset'],
      [
        'reactions/create-for-issue-comment',
        'POST /repos/acme/models/issues/comments/1/reactions (reactions/create-for-issue-comment): body/content must be equal to one of the allowed values: ["+1","-1","laugh","confused","heart","hooray","rocket","eyes"]',
      ],
      [
        'checks/create',
        "POST /repos/acme/models/check-runs (checks/create): body has unknown property 'annotations'",
      ],
      [
        'pulls/list-files',
        'GET /repos/acme/models/pulls/1/files (pulls/list-files): query parameter/per_page must be integer',
      ],
    ])
    expect(emulator.requests.at(-1)).toMatchObject({
      method: 'GET',
      status: 422,
      operationId: 'pulls/list-files',
    })
  })

  it('answers 403 to writes with a read-only token and 401 without a token', async () => {
    const ro = await startEmulator({
      repoDir: dir,
      owner,
      repo,
      readOnly: true,
      requireToken: true,
      pulls: { 1: { baseRef: 'main', headRef: 'feature', headSha: sha.feature, user: 'alice' } },
    })
    try {
      const client = new Octokit({ baseUrl: ro.url, auth: 'fork-token', log: quiet })
      const denied = await failure(() =>
        client.issues.createComment({ owner, repo, issue_number: 1, body: 'x' }),
      )
      expect(denied.status).toBe(403)
      expect(denied.response?.data).toMatchObject({ message: 'Resource not accessible by integration' })
      const refDenied = await failure(() =>
        client.git.updateRef({ owner, repo, ref: 'heads/main', sha: sha.main }),
      )
      expect(refDenied.status).toBe(403)
      expect((await client.pulls.get({ owner, repo, pull_number: 1 })).status).toBe(200)
      const anonymous = new Octokit({ baseUrl: ro.url, log: quiet })
      expect((await failure(() => anonymous.repos.get({ owner, repo }))).status).toBe(401)
      expect(ro.state.comments).toEqual([])
      expect(ro.violations).toEqual([])
    } finally {
      await ro.close()
    }
  })
})

// The emulated endpoints, keyed by operationId. Requests reaching these have already been validated
// against the OpenAPI subset, so body fields have the documented types.

import type { IncomingHttpHeaders } from 'node:http'
import {
  type EmulatorResponse,
  error,
  idFor,
  isoSeconds,
  json,
  nodeId,
  notFound,
  paginate,
  wrappedBase64,
} from './http.js'
import {
  type CommitObject,
  type DiffFile,
  GitRepo,
  type RefEntry,
  type TreeEntry,
  ZERO_SHA,
  gitDate,
} from './repo.js'
import type {
  Annotation,
  CheckRunState,
  Comment,
  EmulatorOptions,
  EmulatorState,
  PullSpec,
  Role,
  UserObject,
  UserSpec,
} from './types.js'

export interface HandlerContext {
  method: string
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  headers: IncomingHttpHeaders
  rawPath: string
  /** The user the request's token acts as. */
  user: UserSpec
}

export type Handler = (ctx: HandlerContext) => Promise<EmulatorResponse>

/** GitHub's limits that the OpenAPI description does not state as schema keywords. */
export const LIMITS = {
  commentBody: 65536,
  checkRunText: 65535,
  annotationsPerRequest: 50,
  pullFiles: 3000,
  compareFiles: 300,
  compareCommits: 250,
  commitFilesPerPage: 300,
  commitFiles: 3000,
  contentsInlineBytes: 1024 * 1024,
}

const GITHUB_ACTIONS_APP = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  name: 'GitHub Actions',
  owner: { login: 'github', id: 9919, type: 'Organization' },
}

const LEGACY_PERMISSION: Record<Role, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
}

const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'] as const

const chars = (s: string) => [...s].length

interface TreeInput {
  path: string
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha?: string | null
  content?: string
}

type DirChild = { kind: 'entry'; mode: string; type: string; sha: string } | { kind: 'dir'; node: DirNode }

interface DirNode {
  baseSha: string | null
  children: Map<string, DirChild> | null
  modified: boolean
}

export class Handlers {
  readonly git: GitRepo
  baseUrl = ''
  private nextCommentId = 3_000_000_001
  private nextReactionId = 300_000_001
  private nextCheckRunId = 30_000_000_001

  constructor(
    private readonly options: EmulatorOptions,
    readonly state: EmulatorState,
  ) {
    this.git = new GitRepo(options.repoDir)
  }

  // ---------------------------------------------------------------- helpers

  get owner(): string {
    return this.options.owner
  }
  get repo(): string {
    return this.options.repo
  }
  get defaultBranch(): string {
    return this.options.defaultBranch ?? 'main'
  }
  private get repoApi(): string {
    return `${this.baseUrl}/repos/${this.owner}/${this.repo}`
  }
  private get web(): string {
    return `${this.options.serverUrl ?? 'https://github.com'}/${this.owner}/${this.repo}`
  }
  private now(): string {
    return isoSeconds(this.options.now ? this.options.now() : new Date())
  }

  user(spec: UserSpec | string): UserObject {
    const s = typeof spec === 'string' ? { login: spec } : spec
    const id = s.id ?? (s.login === 'github-actions[bot]' ? 41898282 : idFor(s.login))
    const type = s.type ?? (s.login.endsWith('[bot]') ? 'Bot' : 'User')
    const web = this.options.serverUrl ?? 'https://github.com'
    return {
      login: s.login,
      id,
      node_id: nodeId(type === 'Bot' ? 'BOT' : 'U', id),
      type,
      site_admin: false,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      html_url: s.login.endsWith('[bot]') ? `${web}/apps/${s.login.slice(0, -5)}` : `${web}/${s.login}`,
      url: `${this.baseUrl}/users/${encodeURIComponent(s.login)}`,
    }
  }

  private role(login: string): Role | undefined {
    return this.state.permissions.get(login.toLowerCase())
  }

  private association(login: string): string {
    if (login.toLowerCase() === this.owner.toLowerCase()) return 'OWNER'
    const role = this.role(login)
    if (role && role !== 'none') return 'COLLABORATOR'
    return 'NONE'
  }

  private repoObject(): Record<string, unknown> {
    const id = this.options.repoId ?? 1296269
    const isPrivate = this.options.private ?? false
    return {
      id,
      node_id: nodeId('R', id),
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      private: isPrivate,
      visibility: isPrivate ? 'private' : 'public',
      owner: this.user(this.owner),
      html_url: this.web,
      description: null,
      fork: false,
      url: this.repoApi,
      archived: false,
      disabled: false,
      default_branch: this.defaultBranch,
    }
  }

  private forkRepoObject(login: string): Record<string, unknown> {
    const id = idFor(`${login}/${this.repo}`)
    const web = this.options.serverUrl ?? 'https://github.com'
    return {
      id,
      node_id: nodeId('R', id),
      name: this.repo,
      full_name: `${login}/${this.repo}`,
      private: false,
      visibility: 'public',
      owner: this.user(login),
      html_url: `${web}/${login}/${this.repo}`,
      description: null,
      fork: true,
      url: `${this.baseUrl}/repos/${login}/${this.repo}`,
      archived: false,
      disabled: false,
      default_branch: this.defaultBranch,
    }
  }

  private encodePath(path: string): string {
    return path.split('/').map(encodeURIComponent).join('/')
  }

  private verification() {
    return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
  }

  private pageCtx(ctx: HandlerContext) {
    return { baseUrl: this.baseUrl, rawPath: ctx.rawPath, query: ctx.query }
  }

  /** Maps a noreply address to its user, like GitHub links commit authors to accounts. */
  private userFromEmail(email: string): UserObject | null {
    const m = /^(?:(\d+)\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)
    if (!m) return null
    return this.user({ login: m[2] ?? '', ...(m[1] ? { id: Number(m[1]) } : {}) })
  }

  private tokenIdentity(ctx: HandlerContext, date: string): { name: string; email: string; date: string } {
    const u = this.user(ctx.user)
    return { name: u.login, email: `${u.id}+${u.login}@users.noreply.github.com`, date }
  }

  // ---------------------------------------------------------------- repository

  getRepo: Handler = async () => json(200, this.repoObject())

  getCollaboratorPermission: Handler = async (ctx) => {
    const login = ctx.params.username ?? ''
    let role = this.role(login)
    if (role === undefined) {
      const known = new Set(
        [
          ...(this.options.users ?? []),
          ...[...this.state.pulls.values()].map((p) => p.user),
          ...this.state.comments.map((c) => c.user.login),
          this.owner,
        ].map((l) => l.toLowerCase()),
      )
      if (!known.has(login.toLowerCase())) return notFound()
      role = 'none'
    }
    const user = {
      ...this.user(login),
      permissions: {
        admin: role === 'admin',
        maintain: role === 'admin' || role === 'maintain',
        push: ['admin', 'maintain', 'write'].includes(role),
        triage: ['admin', 'maintain', 'write', 'triage'].includes(role),
        pull: role !== 'none',
      },
      role_name: role,
    }
    return json(200, { permission: LEGACY_PERMISSION[role], role_name: role, user })
  }

  // ---------------------------------------------------------------- contents

  getContent: Handler = async (ctx) => {
    const ref = ctx.query.get('ref') ?? this.defaultBranch
    const commit = await this.git.resolveCommit(ref)
    if (!commit) return error(404, `No commit found for the ref ${ref}`)
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '')
    const entry = await this.git.lookupPath(commit, path)
    if (!entry) return notFound()
    const accept = String(ctx.headers.accept ?? '')
    const rawType = /application\/vnd\.github(?:\.v3)?\.raw/.exec(accept)?.[0]
    if (entry.type === 'tree') {
      const children = await this.git.lsTree(entry.sha)
      return json(
        200,
        children.map((c) => this.contentEntry({ ...c, path: path ? `${path}/${c.path}` : c.path }, ref)),
      )
    }
    if (entry.type === 'commit') {
      return json(200, { ...this.contentEntry(entry, ref), submodule_git_url: null })
    }
    const data = await this.git.readBlob(entry.sha)
    if (!data) return notFound()
    if (rawType) {
      return { status: 200, raw: data, headers: { 'content-type': `${rawType}; charset=utf-8` } }
    }
    if (entry.mode === '120000') {
      return json(200, { ...this.contentEntry(entry, ref), target: data.toString('utf8') })
    }
    const inline = data.length <= LIMITS.contentsInlineBytes
    return json(200, {
      ...this.contentEntry(entry, ref),
      content: inline ? wrappedBase64(data) : '',
      encoding: inline ? 'base64' : 'none',
    })
  }

  private contentEntry(entry: TreeEntry, ref: string): Record<string, unknown> {
    const type =
      entry.type === 'tree'
        ? 'dir'
        : entry.type === 'commit'
          ? 'submodule'
          : entry.mode === '120000'
            ? 'symlink'
            : 'file'
    const p = this.encodePath(entry.path)
    const self = `${this.repoApi}/contents/${p}?ref=${encodeURIComponent(ref)}`
    const gitUrl = `${this.repoApi}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`
    const html = `${this.web}/${entry.type === 'tree' ? 'tree' : 'blob'}/${ref}/${p}`
    return {
      type,
      size: entry.size ?? 0,
      name: entry.path.split('/').pop() ?? '',
      path: entry.path,
      sha: entry.sha,
      url: self,
      git_url: entry.type === 'commit' ? null : gitUrl,
      html_url: entry.type === 'commit' ? null : html,
      download_url:
        type === 'file' || type === 'symlink'
          ? `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${ref}/${p}`
          : null,
      _links: { self, git: gitUrl, html },
    }
  }

  // ---------------------------------------------------------------- pulls, commits, compare

  async pullBaseSha(spec: PullSpec): Promise<string> {
    if (spec.baseSha) return spec.baseSha
    const sha = await this.git.resolveCommit(`refs/heads/${spec.baseRef}`)
    if (!sha) throw new Error(`pull base ${spec.baseRef} does not resolve`)
    return sha
  }

  /** Files of a pull request: three-dot diff, merge-base(base, head)..head. */
  private async pullDiff(
    spec: PullSpec,
  ): Promise<{ files: DiffFile[]; base: string; mergeBase: string | null }> {
    const base = await this.pullBaseSha(spec)
    const mergeBase = await this.git.mergeBase(base, spec.headSha)
    return { files: await this.git.diff(mergeBase, spec.headSha), base, mergeBase }
  }

  private async pullObject(number: number, spec: PullSpec): Promise<Record<string, unknown>> {
    const { files, base, mergeBase } = await this.pullDiff(spec)
    const commits = await this.git.countCommits(mergeBase, spec.headSha)
    const headOwner = spec.fork ? spec.user : this.owner
    const headRepo = spec.fork ? this.forkRepoObject(spec.user) : this.repoObject()
    const id = idFor(`pull/${number}`)
    const state = spec.state ?? 'open'
    return {
      url: `${this.repoApi}/pulls/${number}`,
      id,
      node_id: nodeId('PR', id),
      html_url: `${this.web}/pull/${number}`,
      diff_url: `${this.web}/pull/${number}.diff`,
      patch_url: `${this.web}/pull/${number}.patch`,
      issue_url: `${this.repoApi}/issues/${number}`,
      number,
      state,
      locked: false,
      title: spec.title ?? `Pull request #${number}`,
      user: this.user(spec.user),
      body: spec.body ?? null,
      labels: (spec.labels ?? []).map((name) => ({
        id: idFor(`label/${name}`),
        name,
        color: 'ededed',
        default: false,
      })),
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      closed_at: state === 'closed' ? '2024-01-02T00:00:00Z' : null,
      merged_at: spec.merged ? '2024-01-02T00:00:00Z' : null,
      merge_commit_sha: spec.merge_commit_sha ?? null,
      draft: spec.draft ?? false,
      head: {
        label: `${headOwner}:${spec.headRef}`,
        ref: spec.headRef,
        sha: spec.headSha,
        user: this.user(headOwner),
        repo: headRepo,
      },
      base: {
        label: `${this.owner}:${spec.baseRef}`,
        ref: spec.baseRef,
        sha: base,
        user: this.user(this.owner),
        repo: this.repoObject(),
      },
      author_association: spec.author_association ?? this.association(spec.user),
      merged: spec.merged ?? false,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      comments: this.state.comments.filter((c) => c.issue_number === number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits,
      additions: files.reduce((n, f) => n + f.additions, 0),
      deletions: files.reduce((n, f) => n + f.deletions, 0),
      changed_files: files.length,
    }
  }

  private fileObject(f: DiffFile, ref: string): Record<string, unknown> {
    const p = this.encodePath(f.filename)
    const out: Record<string, unknown> = {
      sha: f.status === 'removed' ? f.oldSha : f.newSha,
      filename: f.filename,
      status: f.status,
      additions: f.additions,
      deletions: f.deletions,
      changes: f.additions + f.deletions,
      blob_url: `${this.web}/blob/${ref}/${p}`,
      raw_url: `${this.web}/raw/${ref}/${p}`,
      contents_url: `${this.repoApi}/contents/${p}?ref=${ref}`,
    }
    if (f.previous_filename !== undefined) out.previous_filename = f.previous_filename
    return out
  }

  private restCommit(c: CommitObject): Record<string, unknown> {
    return {
      sha: c.sha,
      node_id: nodeId('C', c.sha),
      commit: {
        author: c.author,
        committer: c.committer,
        message: c.message,
        tree: { sha: c.tree, url: `${this.repoApi}/git/trees/${c.tree}` },
        url: `${this.repoApi}/git/commits/${c.sha}`,
        comment_count: 0,
        verification: this.verification(),
      },
      url: `${this.repoApi}/commits/${c.sha}`,
      html_url: `${this.web}/commit/${c.sha}`,
      comments_url: `${this.repoApi}/commits/${c.sha}/comments`,
      author: this.userFromEmail(c.author.email),
      committer: this.userFromEmail(c.committer.email),
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${this.repoApi}/commits/${p}`,
        html_url: `${this.web}/commit/${p}`,
      })),
    }
  }

  getPull: Handler = async (ctx) => {
    const number = Number(ctx.params.pull_number)
    const spec = this.state.pulls.get(number)
    if (!spec) return notFound()
    return json(200, await this.pullObject(number, spec))
  }

  listPullFiles: Handler = async (ctx) => {
    const spec = this.state.pulls.get(Number(ctx.params.pull_number))
    if (!spec) return notFound()
    const { files } = await this.pullDiff(spec)
    const page = paginate(this.pageCtx(ctx), files, { cap: LIMITS.pullFiles })
    return json(
      200,
      page.items.map((f) => this.fileObject(f, spec.headSha)),
      page.headers,
    )
  }

  listPullsForCommit: Handler = async (ctx) => {
    const sha = await this.git.resolveCommit(ctx.params.commit_sha ?? '')
    if (!sha) return error(422, `No commit found for SHA: ${ctx.params.commit_sha}`)
    const matching: Record<string, unknown>[] = []
    for (const [number, spec] of [...this.state.pulls.entries()].sort((a, b) => b[0] - a[0])) {
      if (spec.headSha === sha || spec.merge_commit_sha === sha)
        matching.push(await this.pullObject(number, spec))
    }
    const page = paginate(this.pageCtx(ctx), matching)
    return json(200, page.items, page.headers)
  }

  getCommit: Handler = async (ctx) => {
    const ref = ctx.params.ref ?? ''
    const sha = await this.git.resolveCommit(ref)
    if (!sha) return error(422, `No commit found for SHA: ${ref}`)
    const commit = await this.git.readCommit(sha)
    if (!commit) return error(422, `No commit found for SHA: ${ref}`)
    const files = await this.git.diff(commit.parents[0] ?? null, sha)
    const page = paginate(this.pageCtx(ctx), files, {
      defaultPerPage: LIMITS.commitFilesPerPage,
      maxPerPage: LIMITS.commitFilesPerPage,
      cap: LIMITS.commitFiles,
    })
    const additions = files.reduce((n, f) => n + f.additions, 0)
    const deletions = files.reduce((n, f) => n + f.deletions, 0)
    return json(
      200,
      {
        ...this.restCommit(commit),
        stats: { total: additions + deletions, additions, deletions },
        files: page.items.map((f) => this.fileObject(f, sha)),
      },
      page.headers,
    )
  }

  compare: Handler = async (ctx) => {
    const basehead = ctx.params.basehead ?? ''
    const at = basehead.indexOf('...')
    if (at < 0) return notFound()
    const strip = (s: string) => s.slice(s.lastIndexOf(':') + 1)
    const baseName = strip(basehead.slice(0, at))
    const headName = strip(basehead.slice(at + 3))
    const [base, head] = await Promise.all([
      this.git.resolveCommit(baseName),
      this.git.resolveCommit(headName),
    ])
    if (!base || !head) return notFound()
    const mergeBase = await this.git.mergeBase(base, head)
    if (!mergeBase) return error(404, `No common ancestor between ${baseName} and ${headName}.`)
    // ahead_by is the number of commits listed ahead: no git process of its own.
    const [behindBy, ahead, files] = await Promise.all([
      this.git.countCommits(head, base),
      this.git.revList(base, head),
      this.git.diff(mergeBase, head),
    ])
    const aheadBy = ahead.length
    const status =
      aheadBy > 0 && behindBy > 0 ? 'diverged' : aheadBy > 0 ? 'ahead' : behindBy > 0 ? 'behind' : 'identical'
    const paginated = ctx.query.has('page') || ctx.query.has('per_page')
    let commitShas = ahead.slice(0, LIMITS.compareCommits)
    let headers: Record<string, string> = {}
    let firstPage = true
    if (paginated) {
      const page = paginate(this.pageCtx(ctx), ahead)
      commitShas = page.items
      headers = page.headers
      firstPage = page.page === 1
    }
    const [baseCommit, mbCommit, ...commits] = await this.git.readCommits([base, mergeBase, ...commitShas])
    if (!baseCommit || !mbCommit) throw new Error('compare: commits vanished')
    return json(
      200,
      {
        url: `${this.repoApi}/compare/${basehead}`,
        html_url: `${this.web}/compare/${basehead}`,
        permalink_url: `${this.web}/compare/${this.owner}:${base}...${this.owner}:${head}`,
        diff_url: `${this.web}/compare/${basehead}.diff`,
        patch_url: `${this.web}/compare/${basehead}.patch`,
        base_commit: this.restCommit(baseCommit),
        merge_base_commit: this.restCommit(mbCommit),
        status,
        ahead_by: aheadBy,
        behind_by: behindBy,
        total_commits: aheadBy,
        commits: commits.map((c) => this.restCommit(c)),
        files: firstPage ? files.slice(0, LIMITS.compareFiles).map((f) => this.fileObject(f, head)) : [],
      },
      headers,
    )
  }

  // ---------------------------------------------------------------- git refs

  private refObject(entry: RefEntry): Record<string, unknown> {
    return {
      ref: entry.ref,
      node_id: nodeId('REF', entry.ref),
      url: `${this.repoApi}/git/${this.encodePath(entry.ref)}`,
      object: { sha: entry.sha, type: entry.type, url: `${this.repoApi}/git/${entry.type}s/${entry.sha}` },
    }
  }

  getRef: Handler = async (ctx) => {
    const entry = await this.git.getRef(`refs/${ctx.params.ref ?? ''}`)
    return entry ? json(200, this.refObject(entry)) : notFound()
  }

  listMatchingRefs: Handler = async (ctx) => {
    const refs = await this.git.listRefs(`refs/${ctx.params.ref ?? ''}`)
    return json(
      200,
      refs.map((r) => this.refObject(r)),
    )
  }

  createRef: Handler = async (ctx) => {
    const { ref, sha } = ctx.body as { ref: string; sha: string }
    if (!ref.startsWith('refs/') || ref.split('/').length < 3 || !(await this.git.checkRefFormat(ref))) {
      return error(422, 'Reference name is invalid')
    }
    if (!(await this.git.objectType(sha))) return error(422, 'Object does not exist')
    if (!(await this.git.casRef(ref, sha, ZERO_SHA))) {
      if (await this.git.getRef(ref)) return error(422, 'Reference already exists')
      return error(422, 'Reference cannot be created')
    }
    const entry = await this.git.getRef(ref)
    if (!entry) throw new Error(`created ref ${ref} is missing`)
    return json(201, this.refObject(entry), { location: `${this.repoApi}/git/${this.encodePath(ref)}` })
  }

  updateRef: Handler = async (ctx) => {
    const { sha, force } = ctx.body as { sha: string; force?: boolean }
    const fullRef = `refs/${ctx.params.ref ?? ''}`
    if (!(await this.git.objectType(sha))) return error(422, 'Object does not exist')
    for (let attempt = 0; attempt < 50; attempt++) {
      const current = await this.git.getRef(fullRef)
      if (!current) return error(422, 'Reference does not exist')
      if (current.sha !== sha) {
        if (!force && !(await this.git.isAncestor(current.sha, sha).catch(() => false))) {
          return error(422, 'Update is not a fast forward')
        }
        // Compare-and-swap against the value the fast-forward check saw. A concurrent update makes it
        // fail; the loop then re-reads the ref and re-checks (the loser of a race usually ends in the
        // "not a fast forward" answer above, as on GitHub).
        if (!(await this.git.casRef(fullRef, sha, current.sha))) {
          await new Promise((r) => setTimeout(r, 2 + Math.random() * 10))
          continue
        }
      }
      const entry = await this.git.getRef(fullRef)
      if (!entry) throw new Error(`updated ref ${fullRef} is missing`)
      return json(200, this.refObject({ ...entry, sha }))
    }
    return error(422, 'Reference cannot be updated')
  }

  // ---------------------------------------------------------------- git objects

  private gitCommitObject(c: CommitObject): Record<string, unknown> {
    return {
      sha: c.sha,
      node_id: nodeId('C', c.sha),
      url: `${this.repoApi}/git/commits/${c.sha}`,
      html_url: `${this.web}/commit/${c.sha}`,
      author: c.author,
      committer: c.committer,
      tree: { sha: c.tree, url: `${this.repoApi}/git/trees/${c.tree}` },
      message: c.message,
      parents: c.parents.map((p) => ({
        sha: p,
        url: `${this.repoApi}/git/commits/${p}`,
        html_url: `${this.web}/commit/${p}`,
      })),
      verification: this.verification(),
    }
  }

  getGitCommit: Handler = async (ctx) => {
    const commit = await this.git.readCommit(ctx.params.commit_sha ?? '')
    return commit ? json(200, this.gitCommitObject(commit)) : notFound()
  }

  createGitCommit: Handler = async (ctx) => {
    type P = { name: string; email: string; date?: string }
    const body = ctx.body as { message: string; tree: string; parents?: string[]; author?: P; committer?: P }
    const parents = body.parents ?? []
    const types = await this.git.objectTypes([body.tree, ...parents])
    if (types.get(body.tree) !== 'tree') return error(422, 'Tree SHA does not exist')
    if (parents.some((p) => types.get(p) !== 'commit')) {
      return error(422, 'Parent SHA does not exist or is not a commit object')
    }
    const now = this.now()
    let author: { name: string; email: string; date: string }
    let committer: { name: string; email: string; date: string }
    try {
      author = body.author
        ? { name: body.author.name, email: body.author.email, date: gitDate(body.author.date ?? now) }
        : { ...this.tokenIdentity(ctx, gitDate(now)) }
      committer = body.committer
        ? {
            name: body.committer.name ?? author.name,
            email: body.committer.email ?? author.email,
            date: gitDate(body.committer.date ?? now),
          }
        : author
    } catch (e) {
      return error(422, `Invalid request.\n\n${(e as Error).message}`)
    }
    const sha = await this.git.commitTree({
      tree: body.tree,
      parents,
      message: body.message,
      author,
      committer,
    })
    const commit = await this.git.readCommit(sha)
    if (!commit) throw new Error(`commit ${sha} vanished`)
    return json(201, this.gitCommitObject(commit), { location: `${this.repoApi}/git/commits/${sha}` })
  }

  private treeJson(sha: string, entries: TreeEntry[]): Record<string, unknown> {
    return {
      sha,
      url: `${this.repoApi}/git/trees/${sha}`,
      tree: entries.map((e) => ({
        path: e.path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(e.type === 'blob' ? { size: e.size ?? 0 } : {}),
        ...(e.type === 'commit' ? {} : { url: `${this.repoApi}/git/${e.type}s/${e.sha}` }),
      })),
      truncated: false,
    }
  }

  getTree: Handler = async (ctx) => {
    const tree = await this.git.resolveTree(ctx.params.tree_sha ?? '')
    if (!tree) return notFound()
    // GitHub: any value of `recursive` (even "0" or "false") enables recursion.
    const entries = await this.git.lsTree(tree, ctx.query.has('recursive'))
    return json(200, this.treeJson(tree, entries))
  }

  private async loadDir(node: DirNode): Promise<Map<string, DirChild>> {
    if (node.children) return node.children
    const children = new Map<string, DirChild>()
    if (node.baseSha) {
      for (const e of await this.git.lsTree(node.baseSha)) {
        children.set(
          e.path,
          e.type === 'tree'
            ? { kind: 'dir', node: { baseSha: e.sha, children: null, modified: false } }
            : { kind: 'entry', mode: e.mode, type: e.type, sha: e.sha },
        )
      }
    }
    node.children = children
    return children
  }

  /** Writes a modified directory; returns its tree SHA, or null when it ends up empty (dropped). */
  private async writeDir(node: DirNode): Promise<string | null> {
    if (!node.modified && node.baseSha) return node.baseSha
    const children = await this.loadDir(node)
    const entries: { mode: string; type: string; sha: string; name: string }[] = []
    for (const [name, child] of children) {
      if (child.kind === 'entry') entries.push({ mode: child.mode, type: child.type, sha: child.sha, name })
      else {
        const sha = await this.writeDir(child.node)
        if (sha) entries.push({ mode: '040000', type: 'tree', sha, name })
      }
    }
    if (entries.length === 0) return null
    return this.git.mktree(entries)
  }

  createTree: Handler = async (ctx) => {
    const body = ctx.body as { base_tree?: string; tree: TreeInput[] }
    let baseSha: string | null = null
    if (body.base_tree !== undefined) {
      baseSha = (await this.git.objectType(body.base_tree)) === 'tree' ? body.base_tree : null
      if (!baseSha) return error(422, 'base_tree is not a valid tree oid')
    }
    const referenced = body.tree.filter((e) => typeof e.sha === 'string').map((e) => e.sha as string)
    const types = await this.git.objectTypes(referenced)
    const expectedMode: Record<string, string[]> = {
      blob: ['100644', '100755', '120000'],
      tree: ['040000'],
      commit: ['160000'],
    }
    for (const e of body.tree) {
      const parts = e.path.split('/')
      if (parts.some((p) => p === '' || p === '.' || p === '..' || p === '.git')) {
        return error(422, `tree.path contains a malformed path component`)
      }
      if (typeof e.sha === 'string' && e.content !== undefined) {
        return error(422, 'Invalid tree info: use either tree.sha or tree.content, not both')
      }
      if (e.sha === undefined && e.content === undefined) {
        return error(422, 'Must supply either tree.sha or tree.content')
      }
      if (!(expectedMode[e.type] ?? []).includes(e.mode)) {
        return error(422, `tree.mode ${e.mode} is not valid for an entry of type ${e.type}`)
      }
      if (e.content !== undefined && e.type !== 'blob') return error(422, 'tree.content requires type blob')
      if (typeof e.sha === 'string' && e.type !== 'commit' && types.get(e.sha) !== e.type) {
        return error(422, `tree.sha ${e.sha} is not a valid ${e.type}`)
      }
    }
    const root: DirNode = { baseSha, children: null, modified: true }
    for (const e of body.tree) {
      const parts = e.path.split('/')
      const name = parts.pop() as string
      let node = root
      for (const part of parts) {
        const children = await this.loadDir(node)
        node.modified = true
        const child = children.get(part)
        if (child?.kind === 'dir') node = child.node
        else {
          const fresh: DirNode = { baseSha: null, children: new Map(), modified: true }
          children.set(part, { kind: 'dir', node: fresh })
          node = fresh
        }
      }
      const children = await this.loadDir(node)
      node.modified = true
      if (e.sha === null) {
        children.delete(name)
        continue
      }
      const sha =
        e.content !== undefined
          ? await this.git.hashObject('blob', Buffer.from(e.content, 'utf8'))
          : (e.sha as string)
      if (e.type === 'tree')
        children.set(name, { kind: 'dir', node: { baseSha: sha, children: null, modified: false } })
      else children.set(name, { kind: 'entry', mode: e.mode, type: e.type, sha })
    }
    const sha = (await this.writeDir(root)) ?? (await this.git.mktree([]))
    return json(201, this.treeJson(sha, await this.git.lsTree(sha)), {
      location: `${this.repoApi}/git/trees/${sha}`,
    })
  }

  getBlob: Handler = async (ctx) => {
    const sha = ctx.params.file_sha ?? ''
    const data = await this.git.readBlob(sha)
    if (!data) return notFound()
    return json(200, {
      sha,
      node_id: nodeId('B', sha),
      size: data.length,
      url: `${this.repoApi}/git/blobs/${sha}`,
      content: wrappedBase64(data),
      encoding: 'base64',
    })
  }

  createBlob: Handler = async (ctx) => {
    const { content, encoding = 'utf-8' } = ctx.body as { content: string; encoding?: string }
    let data: Buffer
    if (encoding === 'utf-8' || encoding === 'utf8') data = Buffer.from(content, 'utf8')
    else if (encoding === 'base64') {
      if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) return error(422, 'content is not valid Base64')
      data = Buffer.from(content, 'base64')
    } else return error(422, `encoding must be one of utf-8, base64 (got ${encoding})`)
    const sha = await this.git.hashObject('blob', data)
    return json(
      201,
      { url: `${this.repoApi}/git/blobs/${sha}`, sha },
      { location: `${this.repoApi}/git/blobs/${sha}` },
    )
  }

  private tagJson(
    sha: string,
    t: NonNullable<Awaited<ReturnType<GitRepo['readTag']>>>,
  ): Record<string, unknown> {
    return {
      node_id: nodeId('TAG', sha),
      tag: t.tag,
      sha,
      url: `${this.repoApi}/git/tags/${sha}`,
      message: t.message,
      tagger: t.tagger,
      object: { sha: t.object, type: t.type, url: `${this.repoApi}/git/${t.type}s/${t.object}` },
      verification: this.verification(),
    }
  }

  getTag: Handler = async (ctx) => {
    const sha = ctx.params.tag_sha ?? ''
    const tag = await this.git.readTag(sha)
    return tag ? json(200, this.tagJson(sha, tag)) : notFound()
  }

  createTag: Handler = async (ctx) => {
    type P = { name: string; email: string; date?: string }
    const body = ctx.body as { tag: string; message: string; object: string; type: string; tagger?: P }
    const actual = await this.git.objectType(body.object)
    if (!actual) return error(422, 'Object does not exist')
    if (actual !== body.type) return error(422, `Object ${body.object} is a ${actual}, not a ${body.type}`)
    if (!(await this.git.checkRefFormat(`refs/tags/${body.tag}`))) return error(422, 'Tag name is invalid')
    let tagger: { name: string; email: string; date: string }
    try {
      tagger = body.tagger
        ? { name: body.tagger.name, email: body.tagger.email, date: gitDate(body.tagger.date ?? this.now()) }
        : this.tokenIdentity(ctx, gitDate(this.now()))
    } catch (e) {
      return error(422, `Invalid request.\n\n${(e as Error).message}`)
    }
    const sha = await this.git.mktag({
      object: body.object,
      type: body.type,
      tag: body.tag,
      tagger,
      message: body.message,
    })
    const tag = await this.git.readTag(sha)
    if (!tag) throw new Error(`tag ${sha} vanished`)
    return json(201, this.tagJson(sha, tag), { location: `${this.repoApi}/git/tags/${sha}` })
  }

  // ---------------------------------------------------------------- issue comments

  private issueExists(number: number): boolean {
    return this.state.pulls.has(number) || (this.options.issues ?? []).includes(number)
  }

  commentJson(c: Comment): Record<string, unknown> {
    const reactions = this.state.reactions.filter((r) => r.comment_id === c.id)
    const { issue_number: _issueNumber, ...rest } = c
    return {
      ...rest,
      performed_via_github_app: null,
      reactions: {
        url: `${this.repoApi}/issues/comments/${c.id}/reactions`,
        total_count: reactions.length,
        ...Object.fromEntries(REACTIONS.map((k) => [k, reactions.filter((r) => r.content === k).length])),
      },
    }
  }

  private bodyTooLong(body: string): EmulatorResponse | null {
    if (chars(body) <= LIMITS.commentBody) return null
    return error(422, 'Validation Failed', {
      errors: [
        {
          resource: 'IssueComment',
          code: 'unprocessable',
          field: 'data',
          message: `Body is too long (maximum is ${LIMITS.commentBody} characters)`,
        },
      ],
    })
  }

  /** Adds a comment directly (e.g. a maintainer's command in a test). */
  addComment(issueNumber: number, body: string, user: UserSpec | string): Comment {
    const id = this.nextCommentId++
    const now = this.now()
    const isPull = this.state.pulls.has(issueNumber)
    const userObject = this.user(user)
    const comment: Comment = {
      id,
      node_id: nodeId('IC', id),
      issue_number: issueNumber,
      body,
      user: userObject,
      created_at: now,
      updated_at: now,
      html_url: `${this.web}/${isPull ? 'pull' : 'issues'}/${issueNumber}#issuecomment-${id}`,
      url: `${this.repoApi}/issues/comments/${id}`,
      issue_url: `${this.repoApi}/issues/${issueNumber}`,
      author_association: this.association(userObject.login),
    }
    this.state.comments.push(comment)
    return comment
  }

  listComments: Handler = async (ctx) => {
    const number = Number(ctx.params.issue_number)
    if (!this.issueExists(number)) return notFound()
    const since = ctx.query.get('since')
    const sinceMs = since ? Date.parse(since) : null
    const comments = this.state.comments
      .filter((c) => c.issue_number === number && (sinceMs === null || Date.parse(c.updated_at) >= sinceMs))
      .sort((a, b) => a.id - b.id)
    const page = paginate(this.pageCtx(ctx), comments)
    return json(
      200,
      page.items.map((c) => this.commentJson(c)),
      page.headers,
    )
  }

  createComment: Handler = async (ctx) => {
    const number = Number(ctx.params.issue_number)
    if (!this.issueExists(number)) return notFound()
    const { body } = ctx.body as { body: string }
    const tooLong = this.bodyTooLong(body)
    if (tooLong) return tooLong
    const comment = this.addComment(number, body, ctx.user)
    return json(201, this.commentJson(comment), { location: comment.url })
  }

  getComment: Handler = async (ctx) => {
    const comment = this.state.comments.find((c) => c.id === Number(ctx.params.comment_id))
    return comment ? json(200, this.commentJson(comment)) : notFound()
  }

  updateComment: Handler = async (ctx) => {
    const comment = this.state.comments.find((c) => c.id === Number(ctx.params.comment_id))
    if (!comment) return notFound()
    const { body } = ctx.body as { body: string }
    const tooLong = this.bodyTooLong(body)
    if (tooLong) return tooLong
    comment.body = body
    comment.updated_at = this.now()
    return json(200, this.commentJson(comment))
  }

  createReaction: Handler = async (ctx) => {
    const commentId = Number(ctx.params.comment_id)
    if (!this.state.comments.some((c) => c.id === commentId)) return notFound()
    const { content } = ctx.body as { content: string }
    const user = this.user(ctx.user)
    const existing = this.state.reactions.find(
      (r) => r.comment_id === commentId && r.content === content && r.user.login === user.login,
    )
    if (existing) return json(200, this.reactionJson(existing))
    const id = this.nextReactionId++
    const reaction = {
      id,
      node_id: nodeId('REA', id),
      comment_id: commentId,
      content,
      user,
      created_at: this.now(),
    }
    this.state.reactions.push(reaction)
    return json(201, this.reactionJson(reaction))
  }

  private reactionJson(r: EmulatorState['reactions'][number]): Record<string, unknown> {
    const { comment_id: _commentId, ...rest } = r
    return rest
  }

  // ---------------------------------------------------------------- check runs

  checkRunJson(run: CheckRunState): Record<string, unknown> {
    const pulls = [...this.state.pulls.entries()]
      .filter(([, p]) => p.headSha === run.head_sha && !p.fork)
      .map(([number, p]) => ({
        url: `${this.repoApi}/pulls/${number}`,
        id: idFor(`pull/${number}`),
        number,
        head: {
          ref: p.headRef,
          sha: p.headSha,
          repo: { id: this.options.repoId ?? 1296269, name: this.repo },
        },
        base: {
          ref: p.baseRef,
          sha: p.baseSha ?? null,
          repo: { id: this.options.repoId ?? 1296269, name: this.repo },
        },
      }))
    return {
      id: run.id,
      head_sha: run.head_sha,
      node_id: nodeId('CR', run.id),
      external_id: run.external_id ?? '',
      url: `${this.repoApi}/check-runs/${run.id}`,
      html_url: `${this.web}/runs/${run.id}`,
      details_url: run.details_url ?? `${this.web}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.started_at,
      completed_at: run.completed_at,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.output.annotations.length,
        annotations_url: `${this.repoApi}/check-runs/${run.id}/annotations`,
      },
      name: run.name,
      check_suite: { id: idFor(`suite/${run.head_sha}`) },
      app: GITHUB_ACTIONS_APP,
      pull_requests: pulls,
    }
  }

  /** Limits GitHub enforces on check-run output (also stated in the OpenAPI schema). */
  private checkOutputLimits(output: CheckRunInput['output']): EmulatorResponse | null {
    if (!output) return null
    for (const field of ['summary', 'text'] as const) {
      const value = output[field]
      if (typeof value === 'string' && chars(value) > LIMITS.checkRunText) {
        return error(
          422,
          `Invalid request.\n\nFor 'properties/${field}', is too long (maximum is ${LIMITS.checkRunText} characters).`,
        )
      }
    }
    if ((output.annotations?.length ?? 0) > LIMITS.annotationsPerRequest) {
      return error(
        422,
        `Invalid request.\n\nFor 'properties/annotations', is too long (maximum is 50 items).`,
      )
    }
    return null
  }

  /** `conclusion` is required with a `completed_at` or a `status` of completed (documented, not in the schema). */
  private missingConclusion(body: CheckRunInput, run: CheckRunState | null): EmulatorResponse | null {
    const completing = body.status === 'completed' || body.completed_at !== undefined
    if (!completing || body.conclusion !== undefined || run?.conclusion) return null
    const message = 'conclusion is required when status is completed or completed_at is given'
    return { ...error(422, `Invalid request.\n\n${message}.`), violation: `body: ${message}` }
  }

  private applyCheckRun(run: CheckRunState, body: CheckRunInput): void {
    const {
      name,
      head_sha: _headSha,
      status,
      conclusion,
      started_at,
      completed_at,
      details_url,
      external_id,
    } = body
    if (name !== undefined) run.name = name
    if (details_url !== undefined) run.details_url = details_url
    if (external_id !== undefined) run.external_id = external_id
    if (started_at !== undefined) run.started_at = started_at
    if (status !== undefined) run.status = status
    if (conclusion !== undefined) {
      run.conclusion = conclusion
      run.status = 'completed'
    }
    if (completed_at !== undefined) run.completed_at = completed_at
    if (run.status === 'completed' && run.completed_at === null) run.completed_at = this.now()
    if (body.output) {
      const o = body.output
      if (o.title !== undefined) run.output.title = o.title
      if (o.summary !== undefined) run.output.summary = o.summary
      if (o.text !== undefined) run.output.text = o.text
      if (o.annotations) run.output.annotations.push(...o.annotations)
      if (o.images) run.output.images.push(...o.images)
    }
    if (body.actions) run.actions = body.actions
    const known = new Set([
      'name',
      'head_sha',
      'status',
      'conclusion',
      'started_at',
      'completed_at',
      'details_url',
      'external_id',
      'output',
      'actions',
    ])
    for (const [k, v] of Object.entries(body)) if (!known.has(k)) run.extra[k] = v
    run.history.push(structuredClone(body) as Record<string, unknown>)
  }

  createCheckRun: Handler = async (ctx) => {
    const body = ctx.body as CheckRunInput & { name: string; head_sha: string }
    if ((await this.git.objectType(body.head_sha)) !== 'commit') {
      return error(422, `No commit found for SHA: ${body.head_sha}`)
    }
    const limited = this.checkOutputLimits(body.output)
    if (limited) return limited
    const missing = this.missingConclusion(body, null)
    if (missing) return missing
    const run: CheckRunState = {
      id: this.nextCheckRunId++,
      name: body.name,
      head_sha: body.head_sha,
      status: 'queued',
      conclusion: null,
      started_at: this.now(),
      completed_at: null,
      details_url: null,
      external_id: null,
      output: { title: null, summary: null, text: null, annotations: [], images: [] },
      actions: [],
      extra: {},
      history: [],
    }
    this.applyCheckRun(run, body)
    this.state.checkRuns.push(run)
    return json(201, this.checkRunJson(run))
  }

  updateCheckRun: Handler = async (ctx) => {
    const run = this.state.checkRuns.find((r) => r.id === Number(ctx.params.check_run_id))
    if (!run) return notFound()
    const body = ctx.body as CheckRunInput
    const limited = this.checkOutputLimits(body.output)
    if (limited) return limited
    const missing = this.missingConclusion(body, run)
    if (missing) return missing
    this.applyCheckRun(run, body)
    return json(200, this.checkRunJson(run))
  }

  listCheckRunsForRef: Handler = async (ctx) => {
    const ref = ctx.params.ref ?? ''
    const sha = await this.git.resolveCommit(ref)
    if (!sha) return error(422, `No commit found for SHA: ${ref}`)
    const name = ctx.query.get('check_name')
    const status = ctx.query.get('status')
    let runs = this.state.checkRuns.filter(
      (r) =>
        r.head_sha === sha && (name === null || r.name === name) && (status === null || r.status === status),
    )
    if ((ctx.query.get('filter') ?? 'latest') === 'latest') {
      const latest = new Map<string, CheckRunState>()
      for (const r of runs) if ((latest.get(r.name)?.id ?? -1) < r.id) latest.set(r.name, r)
      runs = runs.filter((r) => latest.get(r.name) === r)
    }
    runs = [...runs].sort((a, b) => b.id - a.id)
    const page = paginate(this.pageCtx(ctx), runs)
    return json(
      200,
      { total_count: runs.length, check_runs: page.items.map((r) => this.checkRunJson(r)) },
      page.headers,
    )
  }

  /** operationId -> handler. */
  routes(): Record<string, Handler> {
    return {
      'repos/get': this.getRepo,
      'repos/get-content': this.getContent,
      'pulls/get': this.getPull,
      'pulls/list-files': this.listPullFiles,
      'repos/compare-commits-with-basehead': this.compare,
      'repos/list-pull-requests-associated-with-commit': this.listPullsForCommit,
      'git/get-ref': this.getRef,
      'git/list-matching-refs': this.listMatchingRefs,
      'git/create-ref': this.createRef,
      'git/update-ref': this.updateRef,
      'git/get-commit': this.getGitCommit,
      'git/create-commit': this.createGitCommit,
      'git/get-tree': this.getTree,
      'git/create-tree': this.createTree,
      'git/get-blob': this.getBlob,
      'git/create-blob': this.createBlob,
      'git/get-tag': this.getTag,
      'git/create-tag': this.createTag,
      'issues/list-comments': this.listComments,
      'issues/create-comment': this.createComment,
      'issues/update-comment': this.updateComment,
      'issues/get-comment': this.getComment,
      'reactions/create-for-issue-comment': this.createReaction,
      'checks/create': this.createCheckRun,
      'checks/update': this.updateCheckRun,
      'checks/list-for-ref': this.listCheckRunsForRef,
      'repos/get-collaborator-permission-level': this.getCollaboratorPermission,
      'repos/get-commit': this.getCommit,
    }
  }
}

interface CheckRunInput {
  name?: string
  head_sha?: string
  status?: string
  conclusion?: string
  started_at?: string
  completed_at?: string
  details_url?: string
  external_id?: string
  output?: {
    title?: string
    summary?: string
    text?: string
    annotations?: Annotation[]
    images?: unknown[]
  }
  actions?: unknown[]
}

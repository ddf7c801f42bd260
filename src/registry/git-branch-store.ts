/**
 * The registry branch in a local repository, written with plumbing: a blob, a tree built in a private
 * index file, a commit, and `git update-ref` with the expected old value. The branch is never checked out,
 * and the work tree and the user's index are never touched.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REGISTRY_LIMITS } from '../core/registry.js'
import type { Git } from '../git/git.js'
import type { BranchStore, BranchTip } from './branch-store.js'
import { commitFiles, identity } from './git-branch-batch.js'

const ZERO = '0000000000000000000000000000000000000000'

/** Reads blobs through a process that is already open (GitSource's `git cat-file --batch`). */
export interface BlobReader {
  readBlob(ref: string, path: string, maxBytes: number, file: string): Promise<string | undefined>
  /** Blobs about to be read at a commit, asked together. */
  prefetchBlobs?(ref: string, paths: readonly string[], maxBytes: number): Promise<void>
}

export class GitBranchStore implements BranchStore {
  private identity?: NodeJS.ProcessEnv

  constructor(
    private readonly git: Git,
    readonly branch: string,
    private readonly remote = 'origin',
    /** Without one, each read is its own `git cat-file blob`. */
    private readonly reader?: BlobReader,
  ) {}

  /**
   * The local branch, else origin's: both asked at once (one round trip of the batch reader); origin's answer,
   * even a failure, counts only when there is no local branch.
   */
  async tip(): Promise<BranchTip> {
    const tracking = this.git.refExists(`refs/remotes/${this.remote}/${this.branch}`)
    tracking.catch(() => undefined)
    const local = await this.git.refExists(`refs/heads/${this.branch}`)
    if (local) return { parent: local, expected: local }
    const remote = await tracking
    return remote ? { parent: remote } : {}
  }

  /** Entries about to be read at a commit: the batch reader asks them together (by blob id). */
  prefetch(commit: string, paths: readonly string[]): Promise<void> {
    return this.reader?.prefetchBlobs?.(commit, paths, REGISTRY_LIMITS.maxBytes) ?? Promise.resolve()
  }

  async readFile(commit: string, path: string): Promise<string | undefined> {
    if (this.reader) {
      return this.reader.readBlob(commit, path, REGISTRY_LIMITS.maxBytes, `${this.branch}:${path}`)
    }
    const r = await this.git.run(['cat-file', 'blob', `${commit}:${path}`], { okCodes: [128] })
    return r.code === 0 ? r.stdout.toString('utf8') : undefined
  }

  async commitFile(
    parent: string | undefined,
    path: string,
    content: string,
    message: string,
  ): Promise<string> {
    const blob = await this.git.line(['hash-object', '-w', '--stdin'], { input: content })
    const dir = await mkdtemp(join(tmpdir(), 'model-gate-index-'))
    try {
      const env = { GIT_INDEX_FILE: join(dir, 'index') }
      if (parent) await this.git.run(['read-tree', parent], { env })
      else await this.git.run(['read-tree', '--empty'], { env })
      await this.git.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], { env })
      const tree = await this.git.line(['write-tree'], { env })
      const args = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message]
      return await this.git.line(args, { env: await this.identityEnv() })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  commitFiles(
    parent: string | undefined,
    files: ReadonlyMap<string, string>,
    message: string,
  ): Promise<string> {
    return commitFiles(this.git, parent, files, message)
  }

  async swap(expected: string | undefined, next: string): Promise<boolean> {
    const r = await this.git.run(['update-ref', `refs/heads/${this.branch}`, next, expected ?? ZERO], {
      okCodes: [1, 128],
    })
    return r.code === 0
  }

  private async identityEnv(): Promise<NodeJS.ProcessEnv> {
    this.identity ??= await identity(this.git)
    return this.identity
  }
}

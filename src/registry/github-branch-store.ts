/**
 * The registry branch through the Git Data API: blob, tree, commit, then a ref update without force. A
 * non-fast-forward answer (422) means another writer won the race; the registry retries. With a BlobReader
 * (the pull-request check) entries are read in GraphQL batches, and the first tip comes with its first batch.
 */
import { REGISTRY_LIMITS } from '../core/registry.js'
import { InputError } from '../core/diagnostics.js'
import type { Api } from '../github/client.js'
import { createFileCommit, getRawFile, getRefSha, swapRef } from '../github/git-data.js'
import { createFilesCommit } from '../github/git-data-batch.js'
import type { RepoRef } from '../github/repo.js'
import type { BlobReader } from '../github/blobs.js'
import type { BranchStore, BranchTip } from './branch-store.js'

export class GitHubBranchStore implements BranchStore {
  /** The tip read with the first GraphQL batch, used by the first tip() only (a write reads it afresh). */
  private firstTip?: Promise<string | undefined | null>

  constructor(
    private readonly api: Api,
    private readonly repo: RepoRef,
    readonly branch: string,
    private readonly blobs?: BlobReader,
  ) {
    this.firstTip = blobs?.ref(`refs/heads/${branch}`, { lazy: true })
  }

  async tip(): Promise<BranchTip> {
    const first = this.firstTip
    this.firstTip = undefined
    if (first) this.blobs?.schedule()
    const read = first ? await first : null
    const sha = read === null ? await getRefSha(this.api, this.repo, `heads/${this.branch}`) : read
    return sha ? { parent: sha, expected: sha } : {}
  }

  prefetch(commit: string, paths: readonly string[]): Promise<void> {
    return this.blobs ? this.blobs.prefetch(commit, paths, 'raw') : Promise.resolve()
  }

  async readFile(commit: string, path: string): Promise<string | undefined> {
    const text = this.blobs
      ? await this.blobs.raw(commit, path)
      : await getRawFile(this.api, this.repo, commit, path)
    if (text !== undefined && text.length > REGISTRY_LIMITS.maxBytes) {
      throw new InputError(
        { file: `${this.branch}:${path}` },
        `registry entry is over ${REGISTRY_LIMITS.maxBytes} bytes`,
      )
    }
    return text
  }

  commitFile(parent: string | undefined, path: string, content: string, message: string): Promise<string> {
    return createFileCommit(this.api, this.repo, parent, path, content, message)
  }

  commitFiles(
    parent: string | undefined,
    files: ReadonlyMap<string, string>,
    message: string,
  ): Promise<string> {
    return createFilesCommit(this.api, this.repo, parent, files, message)
  }

  swap(expected: string | undefined, next: string): Promise<boolean> {
    return swapRef(this.api, this.repo, `heads/${this.branch}`, expected, next)
  }
}

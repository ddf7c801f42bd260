/**
 * The gate's view of a repository through the API, at exact commits: no checkout, no code of the pull
 * request runs. Changed files come from the pull request's files endpoint; past the 3,000 files it lists,
 * from comparing the merge base's tree with the head's. Files are read in GraphQL batches (blobs.ts), announced
 * a phase at a time with prefetch.
 */
import { DOCUMENT_LIMITS } from '../core/document.js'
import type { ChangedFile, ChangeStatus, SourceReader } from '../gate/ports.js'
import type { Api } from './client.js'
import { BlobReader } from './blobs.js'
import { listPullFiles, PULL_FILES_CAP, type PullFile } from './pulls.js'
import type { RepoRef } from './repo.js'
import { mergeBase, treeBlobs } from './trees.js'

export class GitHubSource implements SourceReader {
  private readonly cache = new Map<string, Promise<string | undefined>>()
  /** Each commit's tree, listed once for listFiles and changedFiles alike. */
  private readonly trees = new Map<string, Promise<Map<string, string>>>()
  /** How the changed files were found, for the log. */
  listing: 'pull-files' | 'trees' | undefined

  constructor(
    private readonly api: Api,
    private readonly repo: RepoRef,
    private readonly pull?: number,
    /** Shared with the registry branch's reads, so they join the same requests. */
    readonly blobs: BlobReader = new BlobReader(api, repo),
    /** The pull request's files, when their listing was started already (src/action/run.ts). */
    private readonly listed?: Promise<PullFile[]>,
  ) {}

  private tree(ref: string): Promise<Map<string, string>> {
    let tree = this.trees.get(ref)
    if (!tree) {
      tree = treeBlobs(this.api, this.repo, ref)
      this.trees.set(ref, tree)
    }
    return tree
  }

  readFile(ref: string, path: string): Promise<string | undefined> {
    const key = `${ref}\0${path}`
    let hit = this.cache.get(key)
    if (!hit) {
      hit = this.blobs.file(ref, path, DOCUMENT_LIMITS.maxBytes)
      this.cache.set(key, hit)
    }
    return hit
  }

  prefetch(ref: string, paths: readonly string[]): Promise<void> {
    // A push that creates a branch has an all-zero "before": nothing to read there.
    if (/^0+$/.test(ref)) return Promise.resolve()
    return this.blobs.prefetch(ref, paths)
  }

  async listFiles(ref: string): Promise<string[]> {
    return [...(await this.tree(ref)).keys()]
  }

  async changedFiles(base: string, head: string): Promise<ChangedFile[]> {
    if (this.pull !== undefined) {
      const files = await (this.listed ?? listPullFiles(this.api, this.repo, this.pull))
      if (files.length < PULL_FILES_CAP) {
        this.listing = 'pull-files'
        return files.map((f) => ({
          path: f.filename,
          status: statusOf(f.status),
          ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
        }))
      }
    }
    this.listing = 'trees'
    // A push that creates a branch has no "before": every file of the head is new.
    const from = /^0+$/.test(base) ? undefined : await mergeBase(this.api, this.repo, base, head)
    const [before, after] = await Promise.all([
      from ? this.tree(from) : new Map<string, string>(),
      this.tree(head),
    ])
    const out: ChangedFile[] = []
    for (const [path, sha] of after) {
      const old = before.get(path)
      if (old === undefined) out.push({ path, status: 'added' })
      else if (old !== sha) out.push({ path, status: 'modified' })
    }
    for (const path of before.keys()) if (!after.has(path)) out.push({ path, status: 'removed' })
    return out
  }
}

function statusOf(status: string): ChangeStatus {
  if (status === 'added' || status === 'removed' || status === 'renamed') return status
  return 'modified'
}

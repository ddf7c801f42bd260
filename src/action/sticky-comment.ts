/**
 * One comment per pull request, found by a hidden marker and updated in place. It is stamped with the head
 * SHA it describes, and a run for a head that is no longer the pull request's head never writes it, so a
 * late run for an older push cannot overwrite the result of a newer one.
 */
import type { Api } from '../github/client.js'
import { createComment, findComment, updateComment } from '../github/comments.js'
import { getPull } from '../github/pulls.js'
import type { RepoRef } from '../github/repo.js'

export const COMMENT_MARKER = '<!-- model-gate:comment -->'

export function headStamp(sha: string): string {
  return `<!-- model-gate:head=${sha} -->`
}

export function stampedHead(body: string): string | undefined {
  return /<!-- model-gate:head=([0-9a-f]{7,64}) -->/.exec(body)?.[1]
}

export type CommentOutcome =
  | { readonly kind: 'created' | 'updated'; readonly id: number }
  | { readonly kind: 'stale'; readonly currentHead: string }
  | { readonly kind: 'skipped' }

export interface StickyCommentRequest {
  readonly pull: number
  readonly headSha: string
  readonly body: string
  /** When there is no comment yet, create one only if this is true (e.g. not for "no model changes"). */
  readonly createIfMissing: boolean
}

export async function upsertStickyComment(
  api: Api,
  repo: RepoRef,
  request: StickyCommentRequest,
): Promise<CommentOutcome> {
  const current = (await getPull(api, repo, request.pull)).head.sha
  if (current !== request.headSha) return { kind: 'stale', currentHead: current }
  const existing = await findComment(api, repo, request.pull, COMMENT_MARKER)
  if (existing) {
    const theirs = stampedHead(existing.body)
    // A run for the newest head may have written while we worked; only that head's result may replace it.
    if (theirs && theirs !== request.headSha) {
      const latest = (await getPull(api, repo, request.pull)).head.sha
      if (latest !== request.headSha) return { kind: 'stale', currentHead: latest }
    }
    await updateComment(api, repo, existing.id, request.body)
    return { kind: 'updated', id: existing.id }
  }
  if (!request.createIfMissing) return { kind: 'skipped' }
  return { kind: 'created', id: await createComment(api, repo, request.pull, request.body) }
}

/**
 * One comment per pull request, found by a hidden marker and updated in place. It is stamped with the head
 * SHA it describes, and a run for a head that is no longer the pull request's head never writes it, so a
 * late run for an older push cannot overwrite the result of a newer one.
 *
 * The head and the comment come from one GraphQL answer (github/head-and-comment.ts), read right before the
 * write (publish.ts asks it while the comment renders, so no later than that): a comment stamped with another
 * head, read beside a head that is this run's, is an older push's result (or a result for a head since
 * replaced by this one), and this run's result replaces it.
 */
import type { Api } from '../github/client.js'
import { createComment, updateComment } from '../github/comments.js'
import { readHeadAndComment, type HeadAndComment } from '../github/head-and-comment.js'
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

/** The pull request's head and its sticky comment, as upsertStickyComment reads them before it writes. */
export function readSticky(
  api: Api,
  repo: RepoRef,
  request: Pick<StickyCommentRequest, 'pull' | 'headSha'>,
): Promise<HeadAndComment> {
  return readHeadAndComment(api, repo, request.pull, { marker: COMMENT_MARKER, head: request.headSha })
}

/**
 * reading: the read this write acts on, when the caller started it already (readSticky, while the comment
 * rendered); else it is made now.
 */
export async function upsertStickyComment(
  api: Api,
  repo: RepoRef,
  request: StickyCommentRequest,
  reading: Promise<HeadAndComment> = readSticky(api, repo, request),
): Promise<CommentOutcome> {
  const read = await reading
  if (read.head !== request.headSha) return { kind: 'stale', currentHead: read.head }
  if (read.comment) {
    await updateComment(api, repo, read.comment.id, request.body)
    return { kind: 'updated', id: read.comment.id }
  }
  if (!request.createIfMissing) return { kind: 'skipped' }
  return { kind: 'created', id: await createComment(api, repo, request.pull, request.body) }
}

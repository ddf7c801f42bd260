/**
 * Issue comments: find the sticky one by its hidden marker (on every page, through REST: the bot's `accept`
 * reads it so; a pull request's check reads it together with the head, head-and-comment.ts), create, update.
 * The sticky comment is written by the workflow's token, a bot (github-actions[bot], or a GitHub App).
 */
import type { Api } from './client.js'
import type { RepoRef } from './repo.js'

export interface FoundComment {
  readonly id: number
  readonly body: string
  /** ISO 8601, whole seconds: when the comment was last written. */
  readonly updatedAt: string
}

/**
 * The sticky comment is a bot's comment that starts with the marker: a person quoting the marker cannot
 * hijack it. The REST search (findComment) and the GraphQL one (head-and-comment.ts) both ask this.
 */
export function isSticky(byBot: boolean, body: string | null | undefined, marker: string): boolean {
  return byBot && body?.startsWith(marker) === true
}

export async function findComment(
  api: Api,
  repo: RepoRef,
  issue: number,
  marker: string,
): Promise<FoundComment | undefined> {
  for await (const page of api.paginate.iterator(api.rest.issues.listComments, {
    ...repo,
    issue_number: issue,
    per_page: 100,
  })) {
    const hit = page.data.find((c) => isSticky(c.user?.type === 'Bot', c.body, marker))
    if (hit) return { id: hit.id, body: hit.body ?? '', updatedAt: hit.updated_at }
  }
  return undefined
}

export async function createComment(api: Api, repo: RepoRef, issue: number, body: string): Promise<number> {
  return (await api.rest.issues.createComment({ ...repo, issue_number: issue, body })).data.id
}

export async function updateComment(api: Api, repo: RepoRef, id: number, body: string): Promise<void> {
  await api.rest.issues.updateComment({ ...repo, comment_id: id, body })
}

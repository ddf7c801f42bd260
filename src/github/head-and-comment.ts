/**
 * A pull request's head and its sticky comment, read together in one GraphQL request right before the
 * comment is written:
 *
 *   repository { pullRequest(number) { headRefOid comments(first: 100, after: $cursor) { nodes { ... } } } }
 *
 * The comments come oldest first, 100 a page (GitHub's GraphQL API takes `first`/`last` from 1 to 100 on a
 * connection), as the REST listing gives them: the sticky comment is the oldest one with the marker, the one
 * the bot's `accept` reads too, and it is written by a pull request's first check, so it is nearly always on
 * the first page. A later page is read, one request each, only while the marker is not found and the head is
 * still the one the caller checked. Each page carries the head again, so the head and the comment the caller
 * acts on are always read in the same answer.
 *
 * Comment ids are `fullDatabaseId` (a BigInt, sent as a string), the REST API's comment id: issue comment
 * ids no longer fit the 32-bit `databaseId` that GraphQL's Int allows.
 */
import type { Api } from './client.js'
import { isSticky, type FoundComment } from './comments.js'
import type { RepoRef } from './repo.js'

/** The most nodes GitHub's GraphQL API returns from a connection in one request. */
export const COMMENTS_PER_PAGE = 100

const QUERY = `query($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      headRefOid
      comments(first: ${COMMENTS_PER_PAGE}, after: $after) {
        nodes { fullDatabaseId body updatedAt author { __typename } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`

interface CommentNode {
  readonly fullDatabaseId: string | number | null
  readonly body: string
  readonly updatedAt: string
  readonly author: { readonly __typename: string } | null
}

interface Answer {
  readonly repository: {
    readonly pullRequest: {
      readonly headRefOid: string
      readonly comments: {
        readonly nodes: readonly (CommentNode | null)[] | null
        readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null }
      }
    } | null
  } | null
}

export interface HeadAndComment {
  /** The pull request's head, as the last request read it. */
  readonly head: string
  /** The oldest comment a bot wrote that starts with the marker, if one was found. */
  readonly comment?: FoundComment
  /** How many requests it took. */
  readonly requests: number
}

/**
 * The head, and the oldest bot comment starting with `marker`: only a bot's comment counts (the workflow's
 * token is github-actions[bot] or a GitHub App), so a person quoting the marker cannot hijack the comment.
 * Stops at the first page whose head is not `head`: the caller leaves the comment alone then.
 */
export async function readHeadAndComment(
  api: Api,
  repo: RepoRef,
  pull: number,
  wanted: { readonly marker: string; readonly head: string },
): Promise<HeadAndComment> {
  let after: string | null = null
  for (let requests = 1; ; requests++) {
    const answer: Answer = await api.graphql<Answer>(QUERY, {
      owner: repo.owner,
      name: repo.repo,
      number: pull,
      after,
    })
    const pr = answer.repository?.pullRequest
    if (!pr) throw new Error(`GitHub's GraphQL API did not find pull request #${pull}`)
    const nodes = (pr.comments.nodes ?? []).filter((n): n is CommentNode => n !== null)
    const hit = nodes.find((n) => isSticky(n.author?.__typename === 'Bot', n.body, wanted.marker))
    const page = pr.comments.pageInfo
    if (hit) return { head: pr.headRefOid, comment: found(hit), requests }
    if (pr.headRefOid !== wanted.head || !page.hasNextPage || !page.endCursor) {
      return { head: pr.headRefOid, requests }
    }
    after = page.endCursor
  }
}

function found(node: CommentNode): FoundComment {
  const id = Number(node.fullDatabaseId)
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new Error(
      `GitHub's GraphQL API gave the comment an id that is not one: ${String(node.fullDatabaseId)}`,
    )
  }
  return { id, body: node.body, updatedAt: node.updatedAt }
}

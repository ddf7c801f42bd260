// The pull-request part of the emulator's GraphQL answers: repository { pullRequest(number:) { ... } }, from
// the emulator's state (the pulls, their heads, their comments). What it answers: number, headRefOid,
// headRefName, baseRefName, baseRefOid, state, and comments(first|last, after|before) with nodes, edges,
// pageInfo and totalCount. GitHub's own rules that the schema does not state are applied (and recorded as
// violations): a connection needs `first` or `last`, not both, from 1 to 100.

import type { Comment, EmulatorState, PullSpec, UserObject } from './types.js'

/** GitHub's bounds on a connection's `first` / `last`. */
export const CONNECTION_MAX = 100

export interface PullsContext {
  readonly state: EmulatorState
  /** The login the request's token acts as (for viewerDidAuthor). */
  readonly viewer: string
  /** A pull's base SHA when its spec names none: the base branch's tip. */
  readonly baseSha: (spec: PullSpec) => Promise<string>
  readonly violation: (message: string, details?: string[]) => void
}

interface ConnectionArgs {
  readonly first?: number | null
  readonly last?: number | null
  readonly after?: string | null
  readonly before?: string | null
}

/** The resolver of Repository.pullRequest. */
export function pullRequestResolver(ctx: PullsContext) {
  return ({ number }: { number: number }) => {
    const spec = ctx.state.pulls.get(number)
    if (!spec) throw new Error(`Could not resolve to a PullRequest with the number of ${number}.`)
    return {
      __typename: 'PullRequest',
      number,
      headRefOid: spec.headSha,
      headRefName: spec.headRef,
      baseRefName: spec.baseRef,
      baseRefOid: () => ctx.baseSha(spec),
      state: spec.merged ? 'MERGED' : spec.state === 'closed' ? 'CLOSED' : 'OPEN',
      comments: (args: ConnectionArgs) =>
        connection(
          ctx,
          'comments',
          ctx.state.comments.filter((c) => c.issue_number === number).sort((a, b) => a.id - b.id),
          args,
          (c) => commentNode(c, ctx.viewer),
        ),
    }
  }
}

const cursorOf = (id: number) => Buffer.from(`cursor:v2:${id}`).toString('base64')
const idOfCursor = (cursor: string) => {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))
  return m ? Number(m[1]) : undefined
}

function connection<T extends { id: number }>(
  ctx: PullsContext,
  name: string,
  all: readonly T[],
  args: ConnectionArgs,
  node: (item: T) => unknown,
) {
  const problem = connectionProblem(name, args)
  if (problem) {
    ctx.violation(`POST /graphql: ${problem}`, [problem])
    throw new Error(problem)
  }
  let items = [...all]
  for (const [key, side] of [
    ['after', 1],
    ['before', -1],
  ] as const) {
    const cursor = args[key]
    if (cursor === undefined || cursor === null) continue
    const id = idOfCursor(cursor)
    if (id === undefined) throw new Error(`\`${cursor}\` does not appear to be a valid cursor.`)
    items = items.filter((item) => Math.sign(item.id - id) === side)
  }
  if (args.first) items = items.slice(0, args.first)
  if (args.last) items = items.slice(-args.last)
  const first = items[0]
  const last = items.at(-1)
  return {
    totalCount: all.length,
    nodes: items.map(node),
    edges: items.map((item) => ({ cursor: cursorOf(item.id), node: node(item) })),
    pageInfo: {
      startCursor: first ? cursorOf(first.id) : null,
      endCursor: last ? cursorOf(last.id) : null,
      hasNextPage: last ? all.some((item) => item.id > last.id) : false,
      hasPreviousPage: first ? all.some((item) => item.id < first.id) : false,
    },
  }
}

function connectionProblem(name: string, args: ConnectionArgs): string | undefined {
  const has = (n: number | null | undefined): n is number => n !== undefined && n !== null
  if (!has(args.first) && !has(args.last)) {
    return `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`
  }
  if (has(args.first) && has(args.last)) {
    return `Passing both \`first\` and \`last\` to paginate the \`${name}\` connection is not supported.`
  }
  const [key, value] = has(args.first) ? ['first', args.first] : ['last', args.last as number]
  if (value < 0) return `\`${key}\` on the \`${name}\` connection cannot be less than zero.`
  if (value > CONNECTION_MAX) {
    return `Requesting ${value} records on the \`${name}\` connection exceeds the \`${key}\` limit of ${CONNECTION_MAX} records.`
  }
  return undefined
}

function commentNode(c: Comment, viewer: string) {
  return {
    __typename: 'IssueComment',
    id: c.node_id,
    // An Int in the schema: ids past 2^31 - 1 (every id the emulator gives, as most of GitHub's now) cannot be
    // sent, and GraphQL answers an error for the field, as GitHub does.
    databaseId: c.id,
    fullDatabaseId: String(c.id),
    body: c.body,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    url: c.html_url,
    authorAssociation: c.author_association,
    author: actor(c.user),
    viewerDidAuthor: c.user.login.toLowerCase() === viewer.toLowerCase(),
  }
}

/** GraphQL's Actor: a bot's login is its app's slug, without the `[bot]` the REST API adds. */
function actor(user: UserObject) {
  if (user.type === 'Bot') return { __typename: 'Bot', login: user.login.replace(/\[bot\]$/, '') }
  return { __typename: user.type === 'Organization' ? 'Organization' : 'User', login: user.login }
}

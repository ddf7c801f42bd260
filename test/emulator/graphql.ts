// POST /graphql: queries are validated against GitHub's published GraphQL schema (@octokit/graphql-schema)
// and answered from the backing git repository. What the emulator answers: repository(owner:, name:) with
// object(expression: "REV:path" | "REV") as Blob, Tree or Commit, ref(qualifiedName:) with its target, and
// pullRequest(number:) with its head and its comments from the emulator's state (graphql-pulls.ts).

import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildClientSchema, execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql'
import { pullRequestResolver, type PullsContext } from './graphql-pulls.js'
import type { EmulatorResponse } from './http.js'
import type { GitRepo, TreeEntry } from './repo.js'

/** GitHub's limits that the schema does not state. */
export const GRAPHQL_LIMITS = {
  /** A Blob's text past this many bytes is cut, with isTruncated (GitHub does not document the figure). */
  blobTextBytes: 512 * 1024,
}

let schema: GraphQLSchema | undefined

/** GitHub's public GraphQL schema, as @octokit/graphql-schema publishes it. */
export function githubSchema(): GraphQLSchema {
  if (!schema) {
    // The package exports only its index: the schema files sit beside it. schema.json (introspection) rather
    // than schema.graphql, whose SDL defines a few fields twice and does not build.
    const index = fileURLToPath(import.meta.resolve('@octokit/graphql-schema'))
    const json = JSON.parse(readFileSync(join(dirname(index), 'schema.json'), 'utf8'))
    schema = buildClientSchema(json.data ?? json)
  }
  return schema
}

export interface GraphqlContext {
  readonly git: GitRepo
  readonly owner: string
  readonly repo: string
  /** The pulls and comments pullRequest(number:) answers from; without them it answers none. */
  readonly pulls?: Omit<PullsContext, 'violation'>
}

/** Answers one POST /graphql body; `violation` records a query GitHub's schema rejects. */
export async function answerGraphql(
  ctx: GraphqlContext,
  body: unknown,
  violation: (message: string, details?: string[]) => void,
): Promise<EmulatorResponse> {
  const request = (body ?? {}) as { query?: unknown; variables?: unknown }
  if (typeof request.query !== 'string') {
    violation('POST /graphql: the body has no query')
    return { status: 400, body: { message: 'A query attribute must be specified and must be a string.' } }
  }
  let document: DocumentNode
  try {
    document = parse(request.query)
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    violation(`POST /graphql: the query does not parse: ${message}`, [message])
    return { status: 200, body: { errors: [{ message }] } }
  }
  const errors = validate(githubSchema(), document)
  if (errors.length) {
    const messages = errors.map((e) => e.message)
    violation(
      `POST /graphql: the query is not valid against GitHub's schema: ${messages.join('; ')}`,
      messages,
    )
    return {
      status: 200,
      body: { errors: errors.map((e) => ({ message: e.message, locations: e.locations })) },
    }
  }
  if (document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation !== 'query')) {
    violation('POST /graphql: the emulator answers queries only')
    return { status: 200, body: { errors: [{ message: 'The emulator answers queries only' }] } }
  }
  const variables =
    request.variables && typeof request.variables === 'object'
      ? (request.variables as Record<string, unknown>)
      : {}
  const result = await execute({
    schema: githubSchema(),
    document,
    variableValues: variables,
    rootValue: {
      repository: ({ owner, name }: { owner: string; name: string }) =>
        owner.toLowerCase() === ctx.owner.toLowerCase() && name.toLowerCase() === ctx.repo.toLowerCase()
          ? repository(ctx, violation)
          : null,
    },
  })
  return {
    status: 200,
    body: {
      data: result.data ?? null,
      ...(result.errors?.length
        ? {
            errors: result.errors.map((e) => ({
              message: e.message,
              path: e.path,
              ...(e.message.startsWith('Could not resolve') ? { type: 'NOT_FOUND' } : {}),
            })),
          }
        : {}),
    },
  }
}

function repository(ctx: GraphqlContext, violation: PullsContext['violation']) {
  const git = ctx.git
  return {
    __typename: 'Repository',
    pullRequest: ctx.pulls
      ? pullRequestResolver({ ...ctx.pulls, violation })
      : ({ number }: { number: number }) => {
          throw new Error(`Could not resolve to a PullRequest with the number of ${number}.`)
        },
    object: async ({ expression, oid }: { expression?: string; oid?: string }) => {
      if (oid) return gitObject(git, await git.objectType(oid), oid)
      if (expression === undefined) return null
      const colon = expression.indexOf(':')
      const rev = colon < 0 ? expression : expression.slice(0, colon)
      const commit = await git.resolveCommit(rev)
      if (!commit) return null
      if (colon < 0) return commitObject(git, commit)
      const entry = await git.lookupPath(commit, expression.slice(colon + 1))
      if (!entry) return null
      // A gitlink names a commit of another repository: not an object of this one.
      if (entry.type === 'commit') return null
      return gitObject(git, entry.type, entry.sha)
    },
    ref: async ({ qualifiedName }: { qualifiedName: string }) => {
      const candidates = qualifiedName.startsWith('refs/')
        ? [qualifiedName]
        : [`refs/heads/${qualifiedName}`, `refs/tags/${qualifiedName}`]
      for (const full of candidates) {
        const ref = await git.getRef(full)
        if (!ref) continue
        const name = full.split('/').slice(2).join('/')
        const prefix = `${full.split('/').slice(0, 2).join('/')}/`
        const target = await gitObject(git, await git.objectType(ref.sha), ref.sha)
        return { __typename: 'Ref', name, prefix, target }
      }
      return null
    },
  }
}

async function gitObject(git: GitRepo, type: string | null, sha: string) {
  if (type === 'blob') return blobObject(git, sha)
  if (type === 'tree') return treeObject(git, sha)
  if (type === 'commit') return commitObject(git, sha)
  return null
}

async function blobObject(git: GitRepo, sha: string) {
  const data = (await git.readBlob(sha)) ?? Buffer.alloc(0)
  // git's own test: a NUL byte in the first 8,000 bytes makes a blob binary.
  const isBinary = data.subarray(0, 8000).includes(0)
  const isTruncated = !isBinary && data.length > GRAPHQL_LIMITS.blobTextBytes
  const text = isBinary
    ? null
    : data.subarray(0, isTruncated ? GRAPHQL_LIMITS.blobTextBytes : data.length).toString('utf8')
  return { __typename: 'Blob', oid: sha, byteSize: data.length, isBinary, isTruncated, text }
}

function treeObject(git: GitRepo, sha: string) {
  return {
    __typename: 'Tree',
    oid: sha,
    entries: async () =>
      (await git.lsTree(sha)).map((e: TreeEntry) => ({
        __typename: 'TreeEntry',
        name: e.path,
        path: e.path,
        mode: parseInt(e.mode, 8),
        type: e.type,
        oid: e.sha,
      })),
  }
}

function commitObject(git: GitRepo, sha: string) {
  return {
    __typename: 'Commit',
    oid: sha,
    tree: async () => {
      const tree = await git.resolveTree(sha)
      return tree ? treeObject(git, tree) : null
    },
  }
}

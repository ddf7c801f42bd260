/**
 * Files at exact commits through GraphQL, many per request: `repository { a0: object(expression: "SHA:path")
 * { ... on Blob { text } } ... }`. Reads asked for in the same turn of the event loop (or announced with
 * prefetch) go out together, BATCH_SIZE aliases a request; each answer is kept, so a blob is fetched once per
 * run. What GraphQL cannot say as the contents API would is read through REST instead, as before: a blob it
 * truncates or calls binary, a symlink (its Blob is the link's target: the contents API follows a link inside
 * the repository, see contents.ts), and any alias, or request, that fails.
 *
 * Sizing: GitHub's documented GraphQL limits (docs.github.com/en/graphql/overview/rate-limits-and-query-limits-
 * for-the-graphql-api) bound a call at 500,000 nodes and count nodes through connections (`first`/`last`,
 * 1-100). These queries have no connection: each alias is one object (a tree's `entries` is a list, not a
 * connection), so a request of BATCH_SIZE aliases is far below the node limit and costs one point of the
 * GITHUB_TOKEN's 1,000 points an hour. BATCH_SIZE also bounds a response: blobs are documents, at most
 * DOCUMENT_LIMITS.maxBytes each, and are usually a few KB.
 */
import { posix } from 'node:path'
import { oversizeError } from '../core/document.js'
import type { Api } from './client.js'
import { getFileText } from './contents.js'
import { getRawFile } from './git-data.js'
import type { RepoRef } from './repo.js'

/** Aliases (objects and refs) in one GraphQL request. */
export const BATCH_SIZE = 500

/** A tree entry's mode, as GraphQL's TreeEntry.mode gives it (the octal git mode as a number). */
const SYMLINK_MODE = 0o120000

const BLOB_FIELDS = '__typename ... on Blob { text isTruncated isBinary byteSize }'
const TREE_FIELDS =
  '__typename ... on Tree { entries { name mode } } ... on Commit { tree { entries { name mode } } }'

interface BlobAnswer {
  readonly __typename?: string
  readonly text?: string | null
  readonly isTruncated?: boolean
  readonly isBinary?: boolean | null
  readonly byteSize?: number
}

interface TreeEntryAnswer {
  readonly name: string
  readonly mode: number
}

interface TreeAnswer {
  readonly __typename?: string
  readonly entries?: readonly TreeEntryAnswer[] | null
  readonly tree?: { readonly entries?: readonly TreeEntryAnswer[] | null } | null
}

/** What one alias answered: its value (null when there is no such object), or that it failed. */
type Answer<T> = { readonly ok: true; readonly value: T | null } | { readonly ok: false }

type Item =
  | { readonly kind: 'blob'; readonly expression: string }
  | { readonly kind: 'tree'; readonly expression: string }
  | { readonly kind: 'ref'; readonly name: string }

interface Pending {
  readonly item: Item
  readonly resolve: (answer: Answer<unknown>) => void
}

const keyOf = (item: Item) => (item.kind === 'ref' ? `ref\0${item.name}` : `${item.kind}\0${item.expression}`)

export class BlobReader {
  private readonly answers = new Map<string, Promise<Answer<unknown>>>()
  private queue: Pending[] = []
  private scheduled = false
  /** GraphQL requests sent, for the log and the tests. */
  requests = 0

  constructor(
    private readonly api: Api,
    private readonly repo: RepoRef,
    private readonly batchSize = BATCH_SIZE,
  ) {}

  /**
   * The file's text as the contents API gives it (see getFileText): undefined when there is no file, a
   * symlink inside the repository followed, a file over maxBytes an error.
   */
  async file(ref: string, path: string, maxBytes: number): Promise<string | undefined> {
    const [blob, tree] = await Promise.all([this.blob(ref, path), this.tree(ref, posix.dirname(path))])
    const rest = () => getFileText(this.api, this.repo, ref, path, maxBytes)
    if (!blob.ok || !tree.ok) return rest()
    const name = posix.basename(path)
    const entries = tree.value?.entries ?? tree.value?.tree?.entries
    const entry = entries?.find((e) => e.name === name)
    if (entry?.mode === SYMLINK_MODE) return rest()
    const b = blob.value
    if (!b || b.__typename !== 'Blob' || !entry) return undefined
    if ((b.byteSize ?? 0) > maxBytes) throw oversizeError(path, b.byteSize ?? 0, maxBytes)
    if (b.isBinary || b.isTruncated || typeof b.text !== 'string') return rest()
    return b.text
  }

  /** The blob's text as the raw contents API gives it (a symlink is its target): undefined when none. */
  async raw(ref: string, path: string): Promise<string | undefined> {
    const blob = await this.blob(ref, path)
    const rest = () => getRawFile(this.api, this.repo, ref, path)
    if (!blob.ok) return rest()
    const b = blob.value
    if (!b || b.__typename !== 'Blob') return undefined
    if (b.isBinary || b.isTruncated || typeof b.text !== 'string') return rest()
    return b.text
  }

  /** The commit a ref (`refs/heads/x`) points to, undefined when it does not exist; null when GraphQL failed. */
  async ref(name: string, options: { readonly lazy?: boolean } = {}): Promise<string | undefined | null> {
    const answer = (await this.load({ kind: 'ref', name }, options.lazy)) as Answer<{
      target?: { oid?: string } | null
    }>
    if (!answer.ok) return null
    return answer.value?.target?.oid ?? undefined
  }

  /** Announce files read soon, so they go out in as few requests as they can: resolves once they are in. */
  async prefetch(ref: string, paths: readonly string[], how: 'file' | 'raw' = 'file'): Promise<void> {
    const loads: Promise<unknown>[] = []
    for (const path of new Set(paths)) {
      loads.push(this.blob(ref, path))
      if (how === 'file') loads.push(this.tree(ref, posix.dirname(path)))
    }
    await Promise.all(loads)
  }

  private blob(ref: string, path: string) {
    return this.load({ kind: 'blob', expression: `${ref}:${path}` }) as Promise<Answer<BlobAnswer>>
  }

  /** The folder's entries (names and modes): the commit's own tree for the root. */
  private tree(ref: string, dir: string) {
    const expression = dir === '.' || dir === '' ? ref : `${ref}:${dir}`
    return this.load({ kind: 'tree', expression }) as Promise<Answer<TreeAnswer>>
  }

  /** A lazy item waits for the next request instead of starting one. */
  private load(item: Item, lazy = false): Promise<Answer<unknown>> {
    const key = keyOf(item)
    let hit = this.answers.get(key)
    if (!hit) {
      hit = new Promise<Answer<unknown>>((resolve) => this.queue.push({ item, resolve }))
      this.answers.set(key, hit)
      if (!lazy) this.schedule()
    }
    return hit
  }

  /** Send what is waiting (lazy items included) in the next request. */
  schedule(): void {
    if (this.scheduled || !this.queue.length) return
    this.scheduled = true
    // After this turn's promise jobs: everything asked for meanwhile joins the same requests.
    setImmediate(() => {
      this.scheduled = false
      void this.flush()
    })
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.batchSize)
      const answers = await this.send(batch.map((p) => p.item))
      batch.forEach((p, i) => p.resolve(answers[i] ?? { ok: false }))
    }
  }

  private async send(items: readonly Item[]): Promise<Answer<unknown>[]> {
    const variables: Record<string, string> = { owner: this.repo.owner, name: this.repo.repo }
    const declarations = ['$owner: String!', '$name: String!']
    const fields = items.map((item, i) => {
      const alias = `a${i}`
      declarations.push(`$${alias}: String!`)
      if (item.kind === 'ref') {
        variables[alias] = item.name
        return `${alias}: ref(qualifiedName: $${alias}) { target { oid } }`
      }
      variables[alias] = item.expression
      return `${alias}: object(expression: $${alias}) { ${item.kind === 'blob' ? BLOB_FIELDS : TREE_FIELDS} }`
    })
    const query = `query(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`
    this.requests++
    let body: { data?: { repository?: Record<string, unknown> | null } | null; errors?: unknown[] }
    try {
      body = (await this.api.request('POST /graphql', { query, variables })).data as typeof body
    } catch {
      return items.map(() => ({ ok: false }))
    }
    const repository = body.data?.repository
    if (!repository) return items.map(() => ({ ok: false }))
    const failed = new Set<string>()
    for (const e of body.errors ?? []) {
      const path = (e as { path?: unknown[] }).path
      if (Array.isArray(path) && typeof path[1] === 'string') failed.add(path[1])
      else return items.map(() => ({ ok: false }))
    }
    return items.map((_, i) => {
      const alias = `a${i}`
      if (failed.has(alias) || !(alias in repository)) return { ok: false }
      return { ok: true, value: (repository[alias] ?? null) as unknown }
    })
  }
}

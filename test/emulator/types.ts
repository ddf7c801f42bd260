import type { IncomingHttpHeaders } from 'node:http'

export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'

export interface UserSpec {
  login: string
  /** Default: derived from the login. */
  id?: number
  /** Default: 'Bot' for logins ending in '[bot]', else 'User'. */
  type?: 'User' | 'Bot' | 'Organization'
}

export interface PullSpec {
  baseRef: string
  /** Default: the current tip of baseRef, read at request time. */
  baseSha?: string
  headRef: string
  headSha: string
  /** Login of the author. */
  user: string
  merge_commit_sha?: string | null
  /** Head lives in a fork ('<user>/<repo>'). */
  fork?: boolean
  title?: string
  body?: string | null
  state?: 'open' | 'closed'
  draft?: boolean
  merged?: boolean
  labels?: string[]
  author_association?: string
}

export interface EmulatorOptions {
  /** A git repository on disk (bare or with a work tree). */
  repoDir: string
  owner: string
  repo: string
  /** Default 'main'. */
  defaultBranch?: string
  /** Default false. */
  private?: boolean
  /** Default 1296269. */
  repoId?: number
  pulls?: Record<number, PullSpec>
  /** Issue numbers (other than pulls) that exist, for issue comments. */
  issues?: number[]
  /** login -> role. Logins that are not listed but known (pull authors, `users`, commenters) get 'none'. */
  permissions?: Record<string, Role>
  /** Other existing users (non-collaborators); any other unknown login answers 404 on the permission endpoint. */
  users?: string[]
  /** Every write answers 403 "Resource not accessible by integration" (a fork pull request's token). */
  readOnly?: boolean
  /** Requests without an `authorization` header answer 401. */
  requireToken?: boolean
  /** The user a token acts as. Default: github-actions[bot] (id 41898282, type Bot). */
  tokenUser?: UserSpec
  /** Per-token users ('token X' / 'Bearer X' -> user), overriding tokenUser. */
  tokens?: Record<string, UserSpec>
  /** Clock for created_at/updated_at and default commit dates. Default: real time. */
  now?: () => Date
  /** Path of the OpenAPI subset. Default: test/fixtures/openapi/github-subset.json. */
  subsetPath?: string
  /**
   * Also flag body properties the operation does not define (GitHub ignores them silently, which hides
   * misplaced fields). Default true.
   */
  rejectUnknownBodyProperties?: boolean
  /** Web URL used in html_url fields. Default 'https://github.com'. */
  serverUrl?: string
}

export interface RecordedRequest {
  method: string
  /** Decoded path, e.g. /repos/o/r/git/refs/heads/main. */
  path: string
  /** Path as sent (percent-encoded), with the query string. */
  rawUrl: string
  query: Record<string, string>
  body: unknown
  /** 0 until the response is sent. */
  status: number
  operationId: string | null
  headers: IncomingHttpHeaders
  /** performance.now() when the request started to arrive, and when its response was handed to the socket (0 until then). */
  received: number
  answered: number
}

export interface Violation {
  method: string
  path: string
  operationId: string | null
  message: string
  details: string[]
}

export interface Fault {
  method?: string
  /** Tested against the decoded path (no query string). */
  path: RegExp
  status: number
  /** How many matching requests get the fault. */
  times: number
  /** Only requests sent with this token (one process among several racing ones). */
  token?: string
  headers?: Record<string, string>
  body?: unknown
}

export interface FaultHandle extends Fault {
  /** Faulted requests so far. */
  hits: number
}

export interface Comment {
  id: number
  node_id: string
  issue_number: number
  body: string
  user: UserObject
  created_at: string
  updated_at: string
  html_url: string
  url: string
  issue_url: string
  author_association: string
}

export interface Reaction {
  id: number
  node_id: string
  comment_id: number
  content: string
  user: UserObject
  created_at: string
}

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}

export interface CheckRunState {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  started_at: string | null
  completed_at: string | null
  details_url: string | null
  external_id: string | null
  output: {
    title: string | null
    summary: string | null
    text: string | null
    /** Accumulated across create and every update, like GitHub. */
    annotations: Annotation[]
    images: unknown[]
  }
  actions: unknown[]
  /** Every other field sent, last value wins. */
  extra: Record<string, unknown>
  /** Each request body, in order (create first). */
  history: Record<string, unknown>[]
}

export interface UserObject {
  login: string
  id: number
  node_id: string
  type: string
  site_admin: boolean
  avatar_url: string
  html_url: string
  url: string
}

export interface EmulatorState {
  pulls: Map<number, PullSpec>
  comments: Comment[]
  reactions: Reaction[]
  checkRuns: CheckRunState[]
  permissions: Map<string, Role>
}

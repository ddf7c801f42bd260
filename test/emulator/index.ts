// A GitHub REST API emulator for end-to-end tests, backed by a real git repository on disk.
//
//   const emulator = await startEmulator({ repoDir, owner: 'acme', repo: 'models', pulls: { 7: {...} } })
//   const octokit = new Octokit({ baseUrl: emulator.url, auth: 'x' })
//   ...
//   expect(emulator.violations).toEqual([])
//   await emulator.close()
//
// Every request is recorded, matched to an operation of the committed OpenAPI subset
// (test/fixtures/openapi/github-subset.json) and validated; a request that does not conform is recorded
// in `violations` and answered 422 (400 for a body that is not JSON). POST /graphql is validated against
// GitHub's published GraphQL schema (@octokit/graphql-schema) instead, recorded with the operationId
// 'graphql' (graphql.ts, graphql-pulls.ts).

import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Handlers, type HandlerContext } from './handlers.js'
import { type EmulatorResponse, error } from './http.js'
import { OpenApiValidator, loadSubset } from './openapi.js'
import { answerGraphql } from './graphql.js'
import type {
  Comment,
  EmulatorOptions,
  EmulatorState,
  Fault,
  FaultHandle,
  PullSpec,
  RecordedRequest,
  Role,
  UserSpec,
  Violation,
} from './types.js'

export * from './types.js'
export { LIMITS } from './handlers.js'
export { OpenApiValidator, loadSubset, SUBSET_PATH } from './openapi.js'
export { GRAPHQL_LIMITS, githubSchema } from './graphql.js'
export { CONNECTION_MAX } from './graphql-pulls.js'
export type { OpenApiSubset, SubsetOperation, SubsetParameter } from './openapi.js'
export { GitRepo } from './repo.js'
export { commitFiles, git, makeGitRepo, revParse } from './git.js'
export type { CommitFilesOptions, MakeGitRepoOptions } from './git.js'

export interface Emulator {
  /** Base URL, e.g. http://127.0.0.1:41234 (use as Octokit's baseUrl). */
  url: string
  requests: RecordedRequest[]
  violations: Violation[]
  state: EmulatorState
  /** The next `times` requests matching method + path answer `status` (with headers/body), then normal. */
  addFault(fault: Fault): FaultHandle
  /** Adds or updates (merges into) a pull request, e.g. after pushing a new head. */
  setPull(number: number, spec: Partial<PullSpec>): PullSpec
  setPermission(login: string, role: Role): void
  /** Adds a comment as `user` directly (not through the API, so it is not recorded as a request). */
  addComment(issueNumber: number, body: string, user: UserSpec | string): Comment
  /** Requests with this operationId (e.g. 'issues/create-comment'). */
  requestsFor(operationId: string): RecordedRequest[]
  close(): Promise<void>
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

const DEFAULT_TOKEN_USER: UserSpec = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const subset = loadSubset(options.subsetPath)
  const validator = new OpenApiValidator(subset, {
    rejectUnknownBodyProperties: options.rejectUnknownBodyProperties ?? true,
  })
  const state: EmulatorState = {
    pulls: new Map(Object.entries(options.pulls ?? {}).map(([n, p]) => [Number(n), { ...p }])),
    comments: [],
    reactions: [],
    checkRuns: [],
    permissions: new Map(Object.entries(options.permissions ?? {}).map(([l, r]) => [l.toLowerCase(), r])),
  }
  const handlers = new Handlers(options, state)
  const routes = handlers.routes()
  const requests: RecordedRequest[] = []
  const violations: Violation[] = []
  const faults: FaultHandle[] = []
  let requestCounter = 0

  const userFor = (authorization: string | undefined): UserSpec => {
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization ?? '')?.[1]
    if (token && options.tokens?.[token]) return options.tokens[token]
    return options.tokenUser ?? DEFAULT_TOKEN_USER
  }

  /** The injected fault this request meets, if any (counted as hit). */
  function faultFor(req: IncomingMessage, method: string, path: string): EmulatorResponse | undefined {
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const fault = faults.find(
      (f) =>
        f.hits < f.times &&
        (!f.method || f.method.toUpperCase() === method) &&
        (f.token === undefined || f.token === token) &&
        f.path.test(path),
    )
    if (!fault) return undefined
    fault.hits++
    return {
      status: fault.status,
      body: fault.body ?? {
        message: `Injected fault (${fault.status})`,
        documentation_url: 'https://docs.github.com/rest',
        status: String(fault.status),
      },
      headers: fault.headers ?? {},
    }
  }

  async function dispatch(
    req: IncomingMessage,
    record: RecordedRequest,
    url: URL,
    body: { present: boolean; value: unknown; invalid: boolean },
  ): Promise<EmulatorResponse> {
    const method = record.method
    const violation = (message: string, details: string[] = []) =>
      violations.push({ method, path: record.path, operationId: record.operationId, message, details })

    if (options.requireToken && !req.headers.authorization) return error(401, 'Requires authentication')

    if (method === 'POST' && url.pathname === '/graphql') {
      record.operationId = 'graphql'
      if (body.invalid) {
        violation(`${method} ${record.path}: body is not valid JSON`)
        return error(400, 'Problems parsing JSON')
      }
      const fault = faultFor(req, method, record.path)
      if (fault) return fault
      const pulls = {
        state,
        viewer: userFor(req.headers.authorization).login,
        baseSha: (spec: PullSpec) => handlers.pullBaseSha(spec),
      }
      return answerGraphql(
        { git: handlers.git, owner: options.owner, repo: options.repo, pulls },
        body.value,
        violation,
      )
    }
    const matched = validator.match(method, url.pathname)
    if (!matched) {
      const others = validator.otherMethods(url.pathname)
      const why = others.length > 0 ? ` (the subset has ${others.join(', ')})` : ''
      violation(`${method} ${record.path}: no operation in the OpenAPI subset${why}`)
      return error(422, `No operation in the OpenAPI subset for ${method} ${record.path}`)
    }
    const op = matched.operation
    record.operationId = op.operationId
    if (body.invalid) {
      violation(`${method} ${record.path} (${op.operationId}): body is not valid JSON`)
      return error(400, 'Problems parsing JSON')
    }
    const problem = validator.validate(matched, url.searchParams, body)
    if (problem) {
      violation(
        `${method} ${record.path} (${op.operationId}): ${problem.messages.join('; ')}`,
        problem.messages,
      )
      return error(422, `Invalid request.\n\n${problem.messages.join('\n')}`)
    }

    const fault = faultFor(req, method, record.path)
    if (fault) return fault

    const params = matched.params
    if (
      (params.owner ?? '').toLowerCase() !== options.owner.toLowerCase() ||
      (params.repo ?? '').toLowerCase() !== options.repo.toLowerCase()
    ) {
      return error(404, 'Not Found')
    }
    if (options.readOnly && WRITE_METHODS.has(method)) {
      return error(403, 'Resource not accessible by integration')
    }
    const handler = routes[op.operationId]
    if (!handler) {
      violation(
        `${method} ${record.path} (${op.operationId}): the emulator does not implement this operation`,
      )
      return error(501, `The emulator does not implement ${op.operationId}`)
    }
    const ctx: HandlerContext = {
      method,
      params,
      query: url.searchParams,
      body: body.value,
      headers: req.headers,
      rawPath: url.pathname,
      user: userFor(req.headers.authorization),
    }
    const response = await handler(ctx)
    if (response.violation) violation(`${method} ${record.path} (${op.operationId}): ${response.violation}`)
    return response
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const received = performance.now()
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://emulator.invalid')
    const raw = await readBody(req)
    let value: unknown = undefined
    let invalid = false
    if (raw.length > 0) {
      try {
        value = JSON.parse(raw.toString('utf8'))
      } catch {
        invalid = true
        value = raw.toString('utf8')
      }
    }
    const record: RecordedRequest = {
      method,
      path: safeDecode(url.pathname),
      rawUrl: req.url ?? '/',
      query: Object.fromEntries(url.searchParams),
      body: value,
      status: 0,
      operationId: null,
      headers: req.headers,
      received,
      answered: 0,
    }
    requests.push(record)
    let response: EmulatorResponse
    try {
      response = await dispatch(req, record, url, { present: raw.length > 0, value, invalid })
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      violations.push({
        method,
        path: record.path,
        operationId: record.operationId,
        message: `emulator error: ${message}`,
        details: [],
      })
      response = error(500, `Emulator error: ${message}`)
    }
    record.status = response.status
    const payload =
      response.raw ?? Buffer.from(response.body === undefined ? '' : JSON.stringify(response.body))
    const reset = Math.floor(Date.now() / 1000) + 3600
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `EMU:${(++requestCounter).toString(16).padStart(6, '0')}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      date: new Date().toUTCString(),
      ...response.headers,
    }
    headers['content-length'] = String(payload.length)
    res.writeHead(response.status, headers)
    res.end(payload)
    record.answered = performance.now()
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch((e: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify({ message: String(e) }))
    })
  })
  // Node's default. Node's client gives a kept-alive connection up one second before the server's announced
  // `Keep-Alive: timeout`, so a 1 s timeout here made every request of a client open a connection of its own.
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  handlers.baseUrl = url

  return {
    url,
    requests,
    violations,
    state,
    addFault(fault: Fault): FaultHandle {
      const handle: FaultHandle = { ...fault, hits: 0 }
      faults.push(handle)
      return handle
    },
    setPull(number, spec) {
      const current = state.pulls.get(number)
      const merged = { ...current, ...spec } as PullSpec
      for (const key of ['baseRef', 'headRef', 'headSha', 'user'] as const) {
        if (merged[key] === undefined)
          throw new Error(`setPull(${number}): ${key} is required for a new pull`)
      }
      state.pulls.set(number, merged)
      return merged
    },
    setPermission(login, role) {
      state.permissions.set(login.toLowerCase(), role)
    },
    addComment(issueNumber, body, user) {
      return handlers.addComment(issueNumber, body, user)
    },
    requestsFor(operationId) {
      return requests.filter((r) => r.operationId === operationId)
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        server.closeAllConnections()
      }).finally(() => handlers.git.close())
    },
  }
}

/**
 * The Octokit client: @octokit/core with @octokit/rest's plugins (its endpoint methods trimmed to the ones
 * used, rest.ts) and the bounded retries of gate/retry.ts: 5xx answers by the server-error hook, rate limits
 * (403/429) only by the rate-limit hook, so a persistent 429 makes 1 + RATE_LIMIT.retries requests. Every wait
 * goes through one sleep, which tests replace. Requests go over node:http(s) (http-fetch.ts). Built by the
 * entry point and passed in.
 */
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { requestLog } from '@octokit/plugin-request-log'
import { RequestError } from '@octokit/request-error'
import { RATE_LIMIT, realSleep, SERVER_ERROR, type Sleep } from '../gate/retry.js'
import { FetchResponse, httpFetch } from './http-fetch.js'
import { restEndpoints } from './rest.js'

/** GitHub's answer (status 200) to a GraphQL query that failed on its side: retried as a 5xx. */
const GRAPHQL_SERVER_TROUBLE = /Something went wrong while executing your query/

/**
 * An answer worth asking again: a request error of status 400 or more that SERVER_ERROR does not exclude
 * (a failed connection is a request error of status 500).
 */
function retriable(error: unknown): boolean {
  const e = error as { request?: unknown; status?: unknown } | undefined
  return (
    e?.request !== undefined &&
    typeof e.status === 'number' &&
    e.status >= 400 &&
    !(SERVER_ERROR.doNotRetry as readonly number[]).includes(e.status)
  )
}

/**
 * 5xx answers (and GraphQL's "something went wrong", which comes with status 200) are asked again
 * SERVER_ERROR.retries times, waiting SERVER_ERROR.delayMs(k) before the k-th retry: what @octokit/plugin-retry
 * did here, without its scheduler (a Bottleneck limiter and a timer turn for every request). Registered
 * first, so its hook is the innermost: the rate-limit hook outside it starts a fresh count for each of its
 * own retries.
 */
function serverErrorRetry(octokit: Pick<Octokit, 'hook'>, options: { [option: string]: unknown }) {
  const sleep = (options.sleep as Sleep | undefined) ?? realSleep
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let retry = 0; ; retry++) {
      try {
        const response = await request(requestOptions)
        const errors = (response.data as { errors?: { message?: unknown }[] } | undefined)?.errors
        const first = Array.isArray(errors) ? errors[0]?.message : undefined
        if (typeof first === 'string' && GRAPHQL_SERVER_TROUBLE.test(first))
          throw new RequestError(first, 500, { request: requestOptions, response })
        return response
      } catch (error) {
        if (retry >= SERVER_ERROR.retries || !retriable(error)) throw error
        await sleep(SERVER_ERROR.delayMs(retry + 1))
      }
    }
  })
}

/**
 * A success answer's body read as @octokit/request reads it, but a JSON body parsed by JSON.parse: Octokit
 * parses JSON with json-with-bigint, which calls a reviver for every value of the answer (and on Node 20
 * first rewrites the whole text), several times JSON.parse's cost: a monorepo's recursive tree is tens of
 * thousands of values. What that buys, a BigInt for an integer past 2^53, no answer this action reads has:
 * GitHub's REST ids are far below it, and the GraphQL comment ids it could overflow are asked for as strings
 * (head-and-comment.ts). Error answers are still Octokit's to read: they are few and small. createClient sets
 * `request.parseSuccessResponseBody: false`, so that Octokit hands the answer on unread (http-fetch.ts's
 * FetchResponse.body); this hook reads it. A hook cannot set that option for the requests it wraps: each
 * hook but the innermost calls the next with the options it was given, whatever it passes.
 */
function successBodies(octokit: Pick<Octokit, 'hook'>) {
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const response = await request(requestOptions)
    if (response.data instanceof FetchResponse) response.data = await successBody(response.data)
    return response
  })
}

/** @octokit/request's getResponseData, with JSON.parse: JSON as a value (its text if it does not parse), text, or bytes. */
async function successBody(answer: FetchResponse): Promise<unknown> {
  const contentType = answer.headers.get('content-type')
  if (contentType === null) return answer.text().catch(() => '')
  const [type = '', ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase())
  if (type === 'application/json' || type === 'application/scim+json') {
    const text = await answer.text()
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  const utf8 = parameters.some((p) => p.replace(/\s+/g, '') === 'charset=utf-8' || p === 'charset="utf-8"')
  if (type.startsWith('text/') || (utf8 && type !== 'application/octet-stream'))
    return answer.text().catch(() => '')
  return answer.arrayBuffer().catch(() => new ArrayBuffer(0))
}

/** @octokit/rest's plugins, with `rest` holding only the endpoints Model Gate calls (rest.ts). */
const RestClient = Octokit.plugin(requestLog, restEndpoints, paginateRest)

/** Hooks wrap in the order they are registered, the first innermost: the bodies are read before a retry looks. */
export const GitHubClient = RestClient.plugin(successBodies, serverErrorRetry)
export type Api = InstanceType<typeof GitHubClient>

export interface ClientOptions {
  readonly token: string
  readonly baseUrl: string
  readonly userAgent?: string
  readonly log?: (message: string) => void
  readonly sleep?: Sleep
  /** The clock for x-ratelimit-reset. */
  readonly now?: () => number
}

export function createClient(options: ClientOptions): Api {
  const sleep = options.sleep ?? realSleep
  const now = options.now ?? Date.now
  const log = options.log ?? (() => undefined)
  const octokit = new GitHubClient({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent ?? 'model-gate',
    log: { debug: () => undefined, info: () => undefined, warn: log, error: () => undefined },
    // node:http(s), not the global fetch: see http-fetch.ts. Success bodies are read by successBodies.
    request: { fetch: httpFetch(), parseSuccessResponseBody: false },
    sleep,
  })
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions)
      } catch (error) {
        const wait = rateLimitWait(error, now())
        if (wait === undefined || attempt >= RATE_LIMIT.retries) throw error
        log(
          `GitHub rate limit on ${requestOptions.method} ${requestOptions.url}: retrying in ${Math.ceil(wait / 1000)} s`,
        )
        await sleep(wait)
      }
    }
  })
  return octokit
}

interface ErrorLike {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | number | undefined> }
}

/** How long GitHub asks us to wait, for a rate-limit answer; undefined for any other error or a too-long wait. */
export function rateLimitWait(error: unknown, now = Date.now()): number | undefined {
  const e = error as ErrorLike
  if (e?.status !== 403 && e?.status !== 429) return undefined
  const headers = e.response?.headers ?? {}
  const limited =
    e.status === 429 ||
    /secondary rate limit|abuse detection|rate limit exceeded/i.test(e.message ?? '') ||
    String(headers['x-ratelimit-remaining'] ?? '') === '0' ||
    headers['retry-after'] !== undefined
  if (!limited) return undefined
  let wait: number = RATE_LIMIT.defaultWaitMs
  const after = Number(headers['retry-after'])
  const reset = Number(headers['x-ratelimit-reset'])
  if (Number.isFinite(after) && headers['retry-after'] !== undefined) wait = after * 1000
  else if (Number.isFinite(reset) && headers['x-ratelimit-reset'] !== undefined) wait = reset * 1000 - now
  wait = Math.max(0, wait)
  return wait > RATE_LIMIT.maxWaitMs ? undefined : wait
}

/** The HTTP status of an Octokit error, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as ErrorLike)?.status
  return typeof status === 'number' ? status : undefined
}

/** The response, or undefined when GitHub answers 404 (no such file, ref or user); other errors pass through. */
export async function unlessNotFound<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

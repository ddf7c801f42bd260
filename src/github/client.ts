/**
 * The Octokit client: @octokit/rest with bounded retries of transient failures. 5xx answers are retried by
 * @octokit/plugin-retry (1 s, 4 s, 9 s); secondary rate limits (403/429 with retry-after) wait as GitHub says,
 * at most MAX_RATE_LIMIT_WAIT_MS each, at most RATE_LIMIT_RETRIES times. Built by the entry point and passed in.
 */
import { retry } from '@octokit/plugin-retry'
import { Octokit } from '@octokit/rest'

export const GitHubClient = Octokit.plugin(retry)
export type Api = InstanceType<typeof GitHubClient>

export const RATE_LIMIT_RETRIES = 3
export const MAX_RATE_LIMIT_WAIT_MS = 120_000

export interface ClientOptions {
  readonly token: string
  readonly baseUrl: string
  readonly userAgent?: string
  readonly log?: (message: string) => void
  readonly sleep?: (ms: number) => Promise<void>
}

export function createClient(options: ClientOptions): Api {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const log = options.log ?? (() => undefined)
  const octokit = new GitHubClient({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent ?? 'model-gate',
    log: { debug: () => undefined, info: () => undefined, warn: log, error: () => undefined },
  })
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(requestOptions)
      } catch (error) {
        const wait = rateLimitWait(error)
        if (wait === undefined || attempt >= RATE_LIMIT_RETRIES) throw error
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
  let wait = 60_000
  const after = Number(headers['retry-after'])
  const reset = Number(headers['x-ratelimit-reset'])
  if (Number.isFinite(after) && headers['retry-after'] !== undefined) wait = after * 1000
  else if (Number.isFinite(reset) && headers['x-ratelimit-reset'] !== undefined) wait = reset * 1000 - now
  wait = Math.max(0, wait)
  return wait > MAX_RATE_LIMIT_WAIT_MS ? undefined : wait
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

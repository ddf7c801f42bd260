/**
 * The one retry policy: every number that decides how often and how long Model Gate retries, and the
 * compare-and-swap backoff the registry writes share. The README's "Retries" paragraph quotes these numbers.
 *
 * - A 5xx answer is retried SERVER_ERROR.retries times by the client's server-error hook (github/client.ts),
 *   waiting k² seconds before the k-th retry (1 s, 4 s, 9 s). 403 and 429 are never retried by it.
 * - A rate-limit answer (429, or 403 that says so) is retried RATE_LIMIT.retries times by the client's
 *   rate-limit hook only, waiting what GitHub asks (retry-after, or until x-ratelimit-reset), at most
 *   RATE_LIMIT.maxWaitMs each. A persistent 429 therefore makes exactly 1 + RATE_LIMIT.retries requests.
 * - A registry write that loses its compare-and-swap (the branch ref or a GTO tag moved) reads again and
 *   tries again, COMPARE_AND_SWAP.attempts times in all, waiting a random time below an exponentially
 *   growing ceiling (full jitter) between attempts.
 */

/** Waits ms milliseconds; tests pass one that returns at once (and records the waits). */
export type Sleep = (ms: number) => Promise<void>

export const realSleep: Sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export const SERVER_ERROR = {
  retries: 3,
  /** The wait before the k-th retry (k = 1, 2, 3): k² seconds, as @octokit/plugin-retry waits. */
  delayMs: (retry: number) => retry * retry * 1000,
  /** Statuses never retried as a 5xx: client errors, and the rate limits the rate-limit hook owns. */
  doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
} as const

export const RATE_LIMIT = {
  retries: 3,
  /** A longer wait than this is not waited for: the error goes to the caller. */
  maxWaitMs: 120_000,
  /** The wait when GitHub names none (a 403/429 without retry-after or x-ratelimit-reset). */
  defaultWaitMs: 60_000,
} as const

export interface Backoff {
  /** Attempts in all, the first included. */
  readonly attempts: number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  readonly sleep?: Sleep
  readonly random?: () => number
}

export const COMPARE_AND_SWAP: Backoff = { attempts: 40, baseDelayMs: 20, maxDelayMs: 1000 }

/** The wait after the attempt-th lost compare-and-swap: full jitter below min(max, base · 2^attempt). */
export function backoffDelay(policy: Backoff, attempt: number, random = policy.random ?? Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt, 10))
  return Math.floor(random() * ceiling)
}

/** What one attempt of a compare-and-swap loop gives: a result, or `lost` to read again and retry. */
export const LOST = Symbol('lost the compare-and-swap')

/**
 * Run attempt (1, 2, …) until it returns something other than LOST, backing off between attempts; after
 * policy.attempts lost ones, throw what giveUp makes.
 */
export async function withBackoff<T>(
  policy: Backoff,
  attempt: (n: number) => Promise<T | typeof LOST>,
  giveUp: (attempts: number) => Error,
): Promise<T> {
  const sleep = policy.sleep ?? realSleep
  for (let n = 1; n <= policy.attempts; n++) {
    const result = await attempt(n)
    if (result !== LOST) return result
    if (n < policy.attempts) await sleep(backoffDelay(policy, n))
  }
  throw giveUp(policy.attempts)
}

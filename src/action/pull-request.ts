/** The pull request a run is about: its number, base and head, and whether it comes from a fork. */
import type { Api } from '../github/client.js'
import { getPull } from '../github/pulls.js'
import type { ActionContext } from './context.js'

export interface PullRequestInfo {
  readonly number: number
  readonly baseSha: string
  readonly headSha: string
  readonly fork: boolean
}

/** The pull request of a pull_request or pull_request_target payload. */
export function pullRequestOf(ctx: ActionContext): PullRequestInfo {
  const pr = ctx.payload.pull_request as
    | {
        number?: number
        base?: { sha?: string }
        head?: { sha?: string; repo?: { full_name?: string } | null }
      }
    | undefined
  if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha) {
    throw new Error(`the ${ctx.eventName} payload has no pull_request with number, base.sha and head.sha`)
  }
  return {
    number: pr.number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    fork: isFork(ctx, pr.head.repo?.full_name),
  }
}

/** The pull request as it is now, asked of the API (the payload of a comment carries no head SHA). */
export async function currentPull(api: Api, ctx: ActionContext, number: number): Promise<PullRequestInfo> {
  const pull = await getPull(api, ctx.repo, number)
  return {
    number,
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    fork: isFork(ctx, pull.head.repo?.full_name),
  }
}

/** A head repository other than this one: a fork. */
function isFork(ctx: ActionContext, headRepository: string | undefined): boolean {
  return headRepository !== undefined && headRepository !== `${ctx.repo.owner}/${ctx.repo.repo}`
}

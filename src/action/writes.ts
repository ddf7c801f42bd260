/**
 * Writes to GitHub that must not crash the run: a 403 (the read-only token of a fork's pull request on
 * `pull_request`) becomes one clear warning; any other failure is reported and fails the job, since a result
 * that could not be posted must not look like a pass.
 */
import * as runner from './runner.js'
import { errorMessage } from '../core/diagnostics.js'
import { statusOf } from '../github/client.js'
import type { ActionContext } from './context.js'

/** How the writes are named in a message, whatever order they were made in. */
const NAMED_ORDER = ['check run', 'comment', 'job summary']

export class Writes {
  readonly forbidden: string[] = []
  readonly failed: string[] = []

  constructor(
    private readonly ctx: ActionContext,
    private readonly pr: { readonly fork: boolean },
  ) {}

  async attempt<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn()
    } catch (error) {
      if (statusOf(error) === 403) {
        add(this.forbidden, what)
        return undefined
      }
      add(this.failed, what)
      runner.error(`Model Gate could not write the ${what}: ${errorMessage(error)}`)
      return undefined
    }
  }

  finish(): void {
    if (this.forbidden.length) {
      const fork = this.pr.fork && this.ctx.eventName === 'pull_request'
      runner.warning(
        `Model Gate could not write the ${inNamedOrder(this.forbidden).join(' and the ')}: the token is read-only` +
          (fork ? ' (a pull request from a fork, on the pull_request event)' : '') +
          '. The result is in this job summary, and the job still fails when the gate fails. To comment and ' +
          'create the check on pull requests from forks, run Model Gate on pull_request_target: it reads files ' +
          'through the API and runs no code of the pull request, so it needs no checkout (see the README). ' +
          'Otherwise grant the job pull-requests: write and checks: write.',
      )
    }
    if (this.failed.length) {
      runner.setFailed(`Model Gate could not post its result (${inNamedOrder(this.failed).join(', ')})`)
    }
  }
}

/** Each write once: a check run that failed, then failed to be stopped, is one write that failed. */
function add(list: string[], what: string): void {
  if (!list.includes(what)) list.push(what)
}

function inNamedOrder(list: readonly string[]): string[] {
  const rank = (what: string) => {
    const i = NAMED_ORDER.indexOf(what)
    return i < 0 ? NAMED_ORDER.length : i
  }
  return [...list].sort((a, b) => rank(a) - rank(b))
}

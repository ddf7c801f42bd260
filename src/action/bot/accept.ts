/**
 * `/model-gate accept <model> <reason>`: record an accepted regression for the pull request's head, then
 * publish the check again. Permission is asked of the API; the maintainer accepts the head the report showed.
 */
import * as runner from '../runner.js'
import { nameProblem } from '../../core/names.js'
import { NO_PRODUCTION } from '../../core/registry.js'
import { escapeMarkdown as esc } from '../../core/report/escape.js'
import type { ModelReport, RunReport } from '../../core/report/types.js'
import { findComment } from '../../github/comments.js'
import { canWrite, roleOf } from '../../github/permissions.js'
import { GitHubSource } from '../../github/source.js'
import { evaluatePullRequest } from '../check-pull-request.js'
import { jobFails } from '../outcome.js'
import { openProduction } from '../production.js'
import { publish } from '../publish.js'
import { currentPull, type PullRequestInfo } from '../pull-request.js'
import { COMMENT_MARKER, stampedHead } from '../sticky-comment.js'
import { reactTo, rejectCommand, reply, type BotResult, type CommandComment } from './reply.js'

export async function accept(
  c: CommandComment,
  command: { model: string; reason: string },
): Promise<BotResult> {
  const role = await roleOf(c.api, c.ctx.repo, c.login)
  if (!canWrite(role)) {
    await reply(
      c,
      `Model Gate: only people with write, maintain or admin permission on this repository can accept a regression; ${esc(c.login, 60)} has ${role}. Nothing was recorded.`,
    )
    await reactTo(c, '-1')
    return { outcome: 'refused', failed: false }
  }
  const problem = nameProblem(command.model)
  const pr = await currentPull(c.api, c.ctx, c.issue)
  const before = await evaluatePullRequest(c.api, c.ctx, c.inputs, pr)
  const model = problem ? undefined : before.report.models.find((m) => m.name === command.model)
  const refusal = notAcceptable(command.model, model, before.report)
  if (refusal) return rejectCommand(c, refusal)
  if (!model) return { outcome: 'invalid', failed: false } // notAcceptable refused it already
  // The maintainer accepts what they saw: the head the sticky comment showed when they commented.
  const changed = await changedSinceCommand(c, pr)
  if (changed) return rejectCommand(c, `Model Gate: ${changed} Nothing was recorded.`)
  if (model.gateVerdict === 'pass') {
    await reply(
      c,
      `Model Gate: ${esc(model.name)} passes at ${pr.headSha.slice(0, 12)}; there is nothing to accept.`,
    )
    return { outcome: 'invalid', failed: false }
  }
  return record(c, pr, model, command.reason)
}

/** Why the named model cannot be accepted (invalid, or not a model this pull request changes), or undefined. */
function notAcceptable(name: string, model: ModelReport | undefined, report: RunReport): string | undefined {
  if (model?.status === 'invalid') {
    const errors = model.errors.map((e) => `- ${esc(e.message, 300)}`).join('\n')
    return `Model Gate: ${esc(model.name)} cannot be accepted:\n\n${errors}\n\nNothing was recorded.`
  }
  if (!model || model.status === 'removed') {
    const names = report.models.filter((m) => m.status !== 'invalid').map((m) => esc(m.name))
    return `Model Gate: ${esc(name, 80)} is not a model this pull request changes${names.length ? ` (it changes: ${names.join(', ')})` : ''}. Nothing was recorded.`
  }
  return undefined
}

/** Record the acceptance, check again and publish: the check passes unless something else fails. */
async function record(
  c: CommandComment,
  pr: PullRequestInfo,
  model: ModelReport,
  reason: string,
): Promise<BotResult> {
  const production = openProduction(c.api, c.ctx, c.inputs, new GitHubSource(c.api, c.ctx.repo), pr.baseSha)
  await production.accept({
    name: model.name,
    version: model.candidateVersion ?? '',
    sha: pr.headSha,
    against: model.baselineDigest ?? NO_PRODUCTION,
    pr: pr.number,
    actor: c.login,
    reason,
    at: new Date().toISOString(),
    run: c.ctx.runUrl,
  })
  const after = await evaluatePullRequest(c.api, c.ctx, c.inputs, pr)
  await publish(c.api, c.ctx, c.inputs, pr, after.report, new Set(after.changed.map((f) => f.path)))
  await reactTo(c, '+1')
  runner.info(`Model Gate: ${c.login} accepted ${model.name} ${model.candidateVersion} at ${pr.headSha}`)
  return { outcome: 'accepted', failed: jobFails(after.report.verdict, c.inputs.failOn) }
}

/**
 * Why the head the maintainer saw is not the head to accept, or undefined when it is: the sticky comment
 * must have been stamped with the pull request's current head, and not written again after the command
 * (GitHub's timestamps have whole seconds: a comment written in the same second counts as after).
 */
async function changedSinceCommand(c: CommandComment, pr: PullRequestInfo): Promise<string | undefined> {
  const head = pr.headSha.slice(0, 12)
  const sticky = await findComment(c.api, c.ctx.repo, pr.number, COMMENT_MARKER)
  const shown = sticky ? stampedHead(sticky.body) : undefined
  if (!sticky || !shown)
    return `there is no Model Gate report on this pull request yet. Wait for the check of ${head}, review its comment, then accept.`
  const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000)
  if (!(seconds(sticky.updatedAt) < seconds(c.createdAt)))
    return `the report changed after your command (it now shows ${shown.slice(0, 12)}). Review it, then accept again.`
  if (shown !== pr.headSha)
    return `when you commented, the report showed ${shown.slice(0, 12)}; the pull request's head is now ${head}. Review the report for ${head}, then accept again.`
  return undefined
}

/**
 * The bot on `issue_comment`: commands in pull-request comments. Permission to accept is asked of the API,
 * never read from the payload; bots' comments and edited comments are ignored.
 */
import * as core from '@actions/core'
import { nameProblem } from '../core/names.js'
import { escapeMarkdown as esc } from '../core/report/escape.js'
import { accept } from '../gate/lifecycle.js'
import { NO_PRODUCTION } from '../core/registry.js'
import type { Api } from '../github/client.js'
import { createComment, findComment } from '../github/comments.js'
import { canWrite, roleOf } from '../github/permissions.js'
import { getPull } from '../github/pulls.js'
import { react } from '../github/reactions.js'
import {
  evaluatePullRequest,
  isFork,
  publish,
  registryOf,
  type PullRequestInfo,
} from './check-pull-request.js'
import { parseCommand, HELP } from './commands.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'
import { jobFails } from './outcome.js'
import { COMMENT_MARKER, stampedHead } from './sticky-comment.js'

interface CommentPayload {
  readonly action?: string
  readonly issue?: { readonly number?: number; readonly pull_request?: unknown }
  readonly comment?: {
    readonly id?: number
    readonly created_at?: string
    readonly body?: string
    readonly user?: { readonly login?: string; readonly type?: string }
  }
}

export type BotOutcome = 'ignored' | 'help' | 'refused' | 'accepted' | 'rechecked' | 'invalid'

export async function handleComment(
  api: Api,
  ctx: ActionContext,
  inputs: Inputs,
): Promise<{ outcome: BotOutcome; failed: boolean }> {
  const payload = ctx.payload as CommentPayload
  const login = payload.comment?.user?.login ?? ''
  const commentId = payload.comment?.id
  const issue = payload.issue?.number
  const ignore = (why: string) => {
    core.info(`Model Gate: comment ignored (${why})`)
    return { outcome: 'ignored' as const, failed: false }
  }
  if (payload.action !== 'created')
    return ignore(`action '${payload.action ?? ''}': only new comments are read`)
  if (payload.comment?.user?.type === 'Bot' || login.endsWith('[bot]'))
    return ignore(`written by the bot ${login}`)
  if (!payload.issue?.pull_request || issue === undefined || commentId === undefined)
    return ignore('not on a pull request')
  const command = parseCommand(payload.comment?.body ?? '')
  if (!command) return ignore('no /model-gate command')

  const reply = (body: string) => createComment(api, ctx.repo, issue, body)
  switch (command.kind) {
    case 'help':
      await reply(HELP)
      return { outcome: 'help', failed: false }
    case 'invalid':
      await reply(`Model Gate: ${command.problem}.\n\n${HELP}`)
      await react(api, ctx.repo, commentId, 'confused')
      return { outcome: 'invalid', failed: false }
    case 'recheck': {
      await react(api, ctx.repo, commentId, 'eyes')
      const pr = await currentPull(api, ctx, issue)
      const { report, changed } = await evaluatePullRequest(api, ctx, inputs, pr)
      await publish(api, ctx, inputs, pr, report, new Set(changed.map((f) => f.path)))
      return { outcome: 'rechecked', failed: jobFails(report.verdict, inputs.failOn) }
    }
    case 'accept': {
      const role = await roleOf(api, ctx.repo, login)
      if (!canWrite(role)) {
        await reply(
          `Model Gate: only people with write, maintain or admin permission on this repository can accept a regression; ${esc(login, 60)} has ${role}. Nothing was recorded.`,
        )
        await react(api, ctx.repo, commentId, '-1')
        return { outcome: 'refused', failed: false }
      }
      const problem = nameProblem(command.model)
      const pr = await currentPull(api, ctx, issue)
      const before = await evaluatePullRequest(api, ctx, inputs, pr)
      const model = problem ? undefined : before.report.models.find((m) => m.name === command.model)
      if (model?.status === 'invalid') {
        const errors = model.errors.map((e) => `- ${esc(e.message, 300)}`).join('\n')
        await reply(
          `Model Gate: ${esc(model.name)} cannot be accepted:\n\n${errors}\n\nNothing was recorded.`,
        )
        await react(api, ctx.repo, commentId, 'confused')
        return { outcome: 'invalid', failed: false }
      }
      if (!model || model.status === 'removed') {
        const names = before.report.models.filter((m) => m.status !== 'invalid').map((m) => esc(m.name))
        await reply(
          `Model Gate: ${esc(command.model, 80)} is not a model this pull request changes${names.length ? ` (it changes: ${names.join(', ')})` : ''}. Nothing was recorded.`,
        )
        await react(api, ctx.repo, commentId, 'confused')
        return { outcome: 'invalid', failed: false }
      }
      // The maintainer accepts what they saw: the head the sticky comment showed when they commented.
      const changed = await changedSinceCommand(api, ctx, pr, payload.comment?.created_at ?? '')
      if (changed) {
        await reply(`Model Gate: ${changed} Nothing was recorded.`)
        await react(api, ctx.repo, commentId, 'confused')
        return { outcome: 'invalid', failed: false }
      }
      if (model.gateLevel === 'pass') {
        await reply(
          `Model Gate: ${esc(model.name)} passes at ${pr.headSha.slice(0, 12)}; there is nothing to accept.`,
        )
        return { outcome: 'invalid', failed: false }
      }
      await accept(registryOf(api, ctx, inputs), {
        name: model.name,
        version: model.candidateVersion ?? '',
        sha: pr.headSha,
        against: model.baselineDigest ?? NO_PRODUCTION,
        pr: pr.number,
        actor: login,
        reason: command.reason,
        at: new Date().toISOString(),
        run: ctx.runUrl,
      })
      const after = await evaluatePullRequest(api, ctx, inputs, pr)
      await publish(api, ctx, inputs, pr, after.report, new Set(after.changed.map((f) => f.path)))
      await react(api, ctx.repo, commentId, '+1')
      core.info(`Model Gate: ${login} accepted ${model.name} ${model.candidateVersion} at ${pr.headSha}`)
      return { outcome: 'accepted', failed: jobFails(after.report.verdict, inputs.failOn) }
    }
  }
}

/**
 * Why the head the maintainer saw is not the head to accept, or undefined when it is: the sticky comment
 * must have been stamped with the pull request's current head, and not written again after the command
 * (GitHub's timestamps have whole seconds: a comment written in the same second counts as after).
 */
async function changedSinceCommand(
  api: Api,
  ctx: ActionContext,
  pr: PullRequestInfo,
  commandAt: string,
): Promise<string | undefined> {
  const head = pr.headSha.slice(0, 12)
  const sticky = await findComment(api, ctx.repo, pr.number, COMMENT_MARKER)
  const shown = sticky ? stampedHead(sticky.body) : undefined
  if (!sticky || !shown)
    return `there is no Model Gate report on this pull request yet. Wait for the check of ${head}, review its comment, then accept.`
  const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000)
  if (!(seconds(sticky.updatedAt) < seconds(commandAt)))
    return `the report changed after your command (it now shows ${shown.slice(0, 12)}). Review it, then accept again.`
  if (shown !== pr.headSha)
    return `when you commented, the report showed ${shown.slice(0, 12)}; the pull request's head is now ${head}. Review the report for ${head}, then accept again.`
  return undefined
}

/** The pull request as it is now (the payload of a comment carries no head SHA). */
async function currentPull(api: Api, ctx: ActionContext, number: number): Promise<PullRequestInfo> {
  const pull = await getPull(api, ctx.repo, number)
  return {
    number,
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    fork: isFork(ctx, pull.head.repo?.full_name),
  }
}

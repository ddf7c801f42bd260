/**
 * The bot on `issue_comment`: commands in pull-request comments (src/action/bot/, one file per command).
 * Permission to accept is asked of the API, never read from the payload; bots' comments and edited comments
 * are ignored.
 */
import * as runner from './runner.js'
import type { Api } from '../github/client.js'
import { accept } from './bot/accept.js'
import { help, invalidCommand } from './bot/help.js'
import { parseCommand } from './bot/parse.js'
import { recheck } from './bot/recheck.js'
import type { BotResult, CommandComment } from './bot/reply.js'
import type { ActionContext } from './context.js'
import type { Inputs } from './inputs.js'

export type { BotOutcome } from './bot/reply.js'

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

export async function handleComment(api: Api, ctx: ActionContext, inputs: Inputs): Promise<BotResult> {
  const payload = ctx.payload as CommentPayload
  const login = payload.comment?.user?.login ?? ''
  const commentId = payload.comment?.id
  const issue = payload.issue?.number
  if (payload.action !== 'created')
    return ignore(`action '${payload.action ?? ''}': only new comments are read`)
  if (payload.comment?.user?.type === 'Bot' || login.endsWith('[bot]'))
    return ignore(`written by the bot ${login}`)
  if (!payload.issue?.pull_request || issue === undefined || commentId === undefined)
    return ignore('not on a pull request')
  const command = parseCommand(payload.comment?.body ?? '')
  if (!command) return ignore('no /model-gate command')
  const createdAt = payload.comment?.created_at ?? ''
  const comment: CommandComment = { api, ctx, inputs, issue, commentId, login, createdAt }
  switch (command.kind) {
    case 'help':
      return help(comment)
    case 'invalid':
      return invalidCommand(comment, command.problem)
    case 'recheck':
      return recheck(comment)
    case 'accept':
      return accept(comment, command)
  }
}

function ignore(why: string): BotResult {
  runner.info(`Model Gate: comment ignored (${why})`)
  return { outcome: 'ignored', failed: false }
}

/** What a bot command is handed: the comment it answers, and how to reply to it. */
import type { Api } from '../../github/client.js'
import { createComment } from '../../github/comments.js'
import { react, type Reaction } from '../../github/reactions.js'
import type { ActionContext } from '../context.js'
import type { Inputs } from '../inputs.js'

export type BotOutcome = 'ignored' | 'help' | 'refused' | 'accepted' | 'rechecked' | 'invalid'

export interface BotResult {
  readonly outcome: BotOutcome
  readonly failed: boolean
}

export interface CommandComment {
  readonly api: Api
  readonly ctx: ActionContext
  readonly inputs: Inputs
  /** The pull request's number. */
  readonly issue: number
  readonly commentId: number
  /** Who wrote the command. */
  readonly login: string
  /** When the command was written (ISO 8601). */
  readonly createdAt: string
}

export function reply(c: CommandComment, body: string): Promise<unknown> {
  return createComment(c.api, c.ctx.repo, c.issue, body)
}

export function reactTo(c: CommandComment, reaction: Reaction): Promise<void> {
  return react(c.api, c.ctx.repo, c.commentId, reaction)
}

/** Reply, mark the command as not understood, and record nothing. */
export async function rejectCommand(c: CommandComment, body: string): Promise<BotResult> {
  await reply(c, body)
  await reactTo(c, 'confused')
  return { outcome: 'invalid', failed: false }
}

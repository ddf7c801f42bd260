/** `/model-gate help`, and a command that did not parse: the commands, as a reply. */
import { HELP } from './parse.js'
import { rejectCommand, reply, type BotResult, type CommandComment } from './reply.js'

export async function help(c: CommandComment): Promise<BotResult> {
  await reply(c, HELP)
  return { outcome: 'help', failed: false }
}

export function invalidCommand(c: CommandComment, problem: string): Promise<BotResult> {
  return rejectCommand(c, `Model Gate: ${problem}.\n\n${HELP}`)
}

/** The bot's commands in a pull-request comment: `/model-gate accept <model> <reason>`, `recheck`, `help`. */
import { reasonProblem } from '../../core/reason.js'

export type Command =
  | { readonly kind: 'accept'; readonly model: string; readonly reason: string }
  | { readonly kind: 'recheck' }
  | { readonly kind: 'help' }
  | { readonly kind: 'invalid'; readonly problem: string }

const PREFIX = '/model-gate'

export const HELP = `Model Gate commands, in a comment on a pull request:

| command | what it does | who |
| --- | --- | --- |
| \`/model-gate accept <model> <reason>\` | accepts the regression of \`<model>\` at the pull request's current head commit, records who and why in the registry history, and passes the check | write, maintain or admin permission |
| \`/model-gate recheck\` | runs the check again | anyone who can comment |
| \`/model-gate help\` | this help | anyone who can comment |

An acceptance holds for one head commit, the one the report above showed when you commented: a new push needs a new acceptance. A reason has at most 500 characters.`

/**
 * The lines of a comment a command may be on: not inside fenced code, indented code (four spaces or a tab),
 * a block quote or an HTML comment. A quoted or pasted command is never run.
 */
export function proseLines(body: string): string[] {
  const out: string[] = []
  let fence: RegExp | undefined
  let inComment = false
  for (const raw of body.split(/\r?\n/)) {
    let line = raw
    if (fence) {
      if (fence.test(line)) fence = undefined
      continue
    }
    if (inComment) {
      const end = line.indexOf('-->')
      if (end < 0) continue
      line = line.slice(end + 3)
      inComment = false
    }
    line = line.replace(/<!--[\s\S]*?-->/g, '')
    const open = line.indexOf('<!--')
    if (open >= 0) {
      line = line.slice(0, open)
      inComment = true
    }
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (opening) {
      fence = new RegExp(`^ {0,3}${opening[0] === '`' ? '`' : '~'}{${opening.length},}\\s*$`)
      continue
    }
    if (/^ {0,3}>/.test(line) || /^( {4}|\t)/.test(line)) continue
    out.push(line)
  }
  return out
}

/** The command in a comment, or undefined when the comment holds none (an ordinary comment). */
export function parseCommand(body: string): Command | undefined {
  const line = proseLines(body)
    .map((l) => l.trim())
    .find((l) => l === PREFIX || l.startsWith(`${PREFIX} `))
  if (line === undefined) return undefined
  const [, verb = '', ...rest] = line.split(/\s+/)
  switch (verb) {
    case 'accept': {
      const [model, ...words] = rest
      if (!model)
        return {
          kind: 'invalid',
          problem: 'accept needs a model and a reason: `/model-gate accept <model> <reason>`',
        }
      const reason = words.join(' ').trim()
      if (!reason) {
        // The name is echoed in the reply: only the characters a model name may have.
        const shown = model.replace(/[^a-z0-9/-]/gi, '').slice(0, 100)
        return { kind: 'invalid', problem: `accept needs a reason: \`/model-gate accept ${shown} <reason>\`` }
      }
      const tooLong = reasonProblem(reason)
      if (tooLong) return { kind: 'invalid', problem: `${tooLong}: shorten it and accept again` }
      return { kind: 'accept', model, reason }
    }
    case 'recheck':
      return { kind: 'recheck' }
    case 'help':
    case '':
      return { kind: 'help' }
    default:
      return { kind: 'invalid', problem: `unknown command \`${verb.replace(/[^a-z0-9-]/gi, '')}\`` }
  }
}

/**
 * Which flags each command takes, and its help. A flag a command does not take is refused with one line
 * (`--to is not a flag of check`), and so is a flag given twice: nothing is silently ignored or overridden.
 */
export const GLOBAL_FLAGS = ['directory', 'help', 'version'] as const

interface CommandSpec {
  readonly synopsis: string
  readonly summary: string
  readonly flags: readonly string[]
}

const REGISTRY = ['registry', 'registry-branch', 'manifests', 'production-stage']

export const COMMAND_SPECS: Readonly<Record<string, CommandSpec>> = {
  check: {
    synopsis: 'check [--base REF] [--head REF] [--format text|markdown|json] [--markdown FILE]',
    summary: 'compare the manifests changed between two refs with production',
    flags: ['base', 'head', 'format', 'markdown', 'policy', 'fail-on', ...REGISTRY],
  },
  diff: {
    synopsis: 'diff A B [--head REF | --worktree] [--format text|markdown|json]',
    summary: 'compare two manifests (paths at --head, default HEAD, or git REF:path)',
    flags: ['head', 'worktree', 'format', 'policy'],
  },
  validate: {
    synopsis: 'validate FILE... [--head REF | --worktree]',
    summary:
      'validate manifests (and a policy file) as committed at --head (default HEAD), without comparing',
    flags: ['head', 'worktree', 'policy'],
  },
  promote: {
    synopsis: 'promote FILE... [--head REF] [--reason TEXT]',
    summary:
      'register manifests, as committed at --head (default HEAD), as production in the registry, in one commit',
    flags: ['head', 'reason', ...REGISTRY],
  },
  rollback: {
    synopsis: 'rollback NAME [--to VERSION] --reason TEXT',
    summary: 'move production back to an earlier version',
    flags: ['to', 'reason', ...REGISTRY],
  },
  history: {
    synopsis: 'history NAME [--all] [--format text|markdown|json]',
    summary: "show the model's production history (markdown: with its trend)",
    flags: ['all', 'format', 'policy', ...REGISTRY],
  },
  status: {
    synopsis: 'status [REF] [--format text|markdown|json]',
    summary: "every model's production version, since when, by whom (like gto show)",
    flags: ['format', ...REGISTRY],
  },
  adopt: {
    synopsis: 'adopt [REF] [--reason TEXT]',
    summary: "register today's production of every model at REF (default: the default branch) in one commit",
    flags: ['reason', 'registry', 'registry-branch', 'manifests'],
  },
}

/** One line per flag, for the help of the commands that take it. */
export const FLAG_HELP: Readonly<Record<string, string>> = {
  base: '--base REF               base of the comparison (default: origin/HEAD, else main, else master)',
  head: '--head REF               the commit read (default: HEAD); check: head of the comparison',
  worktree:
    '--worktree               read paths from the work tree, unsaved edits included, instead of a commit',
  all: "--all                    every event, from the registry branch's git log (an entry keeps the newest 50)",
  format:
    '--format FORMAT          text | markdown | json (default: text; colour on a terminal unless NO_COLOR)',
  markdown: '--markdown FILE          also write the markdown report (the pull-request comment) to FILE',
  policy:
    '--policy PATH            policy file (default: .github/model-gate.yml, or .github/model-gate.yaml)',
  'fail-on': '--fail-on LEVEL          fail (default) | warn | never, optionally ",missing-registry:warn"',
  registry: '--registry KIND          branch | base | gto (default: branch)',
  'registry-branch': '--registry-branch NAME   registry branch (default: model-registry)',
  manifests:
    "--manifests GLOB         manifest glob, newline-separated, '!' excludes (default: **/model.{yaml,yml,json})",
  'production-stage': "--production-stage NAME  the gto backend's production stage (default: prod)",
  to: '--to VERSION             the version to roll back to (default: the production before the current one)',
  reason: '--reason TEXT            why: recorded in the registry history',
  directory: '-C, --directory DIR      run in DIR instead of the current directory',
  help: '-h, --help               show this help',
  version: '-V, --version            show the version',
}

export function commandHelp(command: string): string | undefined {
  const spec = Object.hasOwn(COMMAND_SPECS, command) ? COMMAND_SPECS[command] : undefined
  if (!spec) return undefined
  const flags = [...spec.flags, 'directory', 'help'].map((f) => `  ${FLAG_HELP[f] ?? `--${f}`}`)
  return `Usage: model-gate ${spec.synopsis}\n\n${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.\n\nOptions:\n${flags.join('\n')}\n`
}

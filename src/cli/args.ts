/** Command-line flags, parsed once into a typed object. Flags mirror the action's inputs. */
import { parseArgs } from 'node:util'
import { DEFAULT_MANIFESTS, DEFAULT_POLICY_PATH } from '../core/defaults.js'
import type { RegistryKind } from '../gate/ports.js'
import { DEFAULT_FAIL_ON, parseFailOn, type FailOnRule } from '../core/fail-on.js'
import { errorMessage } from '../core/diagnostics.js'
import { pathMatcher } from '../core/glob.js'
import { COMMAND_SPECS, GLOBAL_FLAGS } from './command-flags.js'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

export const REGISTRIES: readonly RegistryKind[] = ['branch', 'base', 'gto']
export const FORMATS = ['text', 'markdown', 'json'] as const
export type Format = (typeof FORMATS)[number]

export interface CliOptions {
  readonly command: string
  readonly positionals: readonly string[]
  readonly cwd: string
  readonly base?: string
  readonly head?: string
  readonly format: Format
  readonly registry: RegistryKind
  readonly registryBranch: string
  readonly policy: string
  readonly manifests: string
  readonly productionStage: string
  readonly failOn: FailOnRule
  readonly to?: string
  readonly reason?: string
  /** check: also write the markdown report (the pull-request comment) to this file. */
  readonly markdownFile?: string
  /** validate, diff: read the files from the work tree (unsaved edits included) instead of a commit. */
  readonly worktree: boolean
  /** history: every event, from the registry branch's git log, not only those the entry keeps. */
  readonly all: boolean
  readonly help: boolean
  readonly version: boolean
}

const OPTIONS = {
  base: { type: 'string' },
  head: { type: 'string' },
  format: { type: 'string', short: 'f' },
  registry: { type: 'string' },
  'registry-branch': { type: 'string' },
  policy: { type: 'string' },
  manifests: { type: 'string' },
  'production-stage': { type: 'string' },
  'fail-on': { type: 'string' },
  to: { type: 'string' },
  reason: { type: 'string' },
  markdown: { type: 'string' },
  directory: { type: 'string', short: 'C' },
  worktree: { type: 'boolean' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const

export function parseCli(argv: readonly string[], cwd: string): CliOptions {
  checkFlags(argv)
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new UsageError(message.split('\n')[0] ?? message)
  }
  const v = parsed.values
  const [command = '', ...positionals] = parsed.positionals
  const format = oneOf('--format', v.format ?? 'text', FORMATS)
  const registry = oneOf('--registry', v.registry ?? 'branch', REGISTRIES)
  return {
    command,
    positionals,
    cwd: v.directory ?? cwd,
    ...(v.base !== undefined ? { base: v.base } : {}),
    ...(v.head !== undefined ? { head: v.head } : {}),
    format,
    registry,
    registryBranch: v['registry-branch'] ?? 'model-registry',
    policy: v.policy ?? DEFAULT_POLICY_PATH,
    manifests: v.manifests === undefined ? DEFAULT_MANIFESTS : manifestGlob(v.manifests),
    productionStage: v['production-stage'] ?? 'prod',
    failOn: failOnRule(v['fail-on']),
    ...(v.to !== undefined ? { to: v.to } : {}),
    ...(v.reason !== undefined ? { reason: v.reason } : {}),
    ...(v.markdown !== undefined ? { markdownFile: v.markdown } : {}),
    worktree: v.worktree ?? false,
    all: v.all ?? false,
    help: v.help ?? false,
    version: v.version ?? false,
  }
}

/** --manifests, compiled once here: a glob that does not compile is a usage error, as the action's input is. */
function manifestGlob(text: string): string {
  try {
    pathMatcher(text)
  } catch (error) {
    throw new UsageError(`--manifests is not a valid glob ('${text}'): ${errorMessage(error)}`)
  }
  return text
}

/**
 * Our own one-line messages for flags no command knows, flags the command does not take, and flags given
 * twice (parseArgs would keep the last one silently).
 */
function checkFlags(argv: readonly string[]): void {
  const { tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  })
  const command = tokens.find((t) => t.kind === 'positional')?.value ?? ''
  const spec = Object.hasOwn(COMMAND_SPECS, command) ? COMMAND_SPECS[command] : undefined
  const seen = new Set<string>()
  for (const t of tokens) {
    if (t.kind !== 'option') continue
    if (!Object.hasOwn(OPTIONS, t.name)) throw new UsageError(`unknown flag '${t.rawName}'`)
    const flag = `--${t.name}`
    if (seen.has(t.name)) throw new UsageError(`${flag} is given twice: give it once`)
    seen.add(t.name)
    if (spec && !(GLOBAL_FLAGS as readonly string[]).includes(t.name) && !spec.flags.includes(t.name)) {
      const why =
        t.name === 'format'
          ? `: ${command} prints one line per result, with no other format`
          : t.name === 'worktree'
            ? `: ${command} reads committed files only`
            : ''
      throw new UsageError(`${flag} is not a flag of '${command}'${why} (see model-gate ${command} --help)`)
    }
  }
}

function failOnRule(text: string | undefined): FailOnRule {
  if (text === undefined) return DEFAULT_FAIL_ON
  const rule = parseFailOn(text)
  if ('error' in rule) throw new UsageError(`--fail-on ${rule.error}`)
  return rule
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not '${value}'`)
}

export const USAGE = `Usage: model-gate <command> [options]

Commands:
  check [--base REF] [--head REF] [--markdown FILE]
                                        compare the manifests changed between two refs with production
  diff A B [--head REF | --worktree]    compare two manifests (paths at --head, or git's REF:path)
  validate FILE... [--head REF | --worktree]
                                        validate manifests (and a policy file) without comparing
  promote FILE... [--reason TEXT]       register manifests as production in the registry (one commit)
  rollback NAME [--to VERSION] --reason TEXT
                                        move production back to an earlier version
  history NAME [--all]                  show the model's production history (markdown: with its trend)
  status [REF]                          every model's production version, since when, by whom (like gto show)
  adopt [REF] [--reason TEXT]           register today's production of every model at REF in one commit

Options:
  --base REF               base of the comparison (default: origin/HEAD, else main, else master)
  --head REF               head of the comparison; validate, diff: the commit paths are read at
                           (default: HEAD)
  --worktree               validate, diff: read paths from the work tree, unsaved edits included,
                           instead of the commit (promote and check always read commits)
  --all                    history: every event, from the registry branch's git log (an entry keeps
                           the newest 50)
  --format FORMAT          text | markdown | json (default: text; text is in colour on a terminal
                           unless NO_COLOR is set)
  --markdown FILE          check: also write the markdown report (the pull-request comment) to FILE
  --registry KIND          branch | base | gto (default: branch)
  --registry-branch NAME   registry branch (default: model-registry)
  --policy PATH            policy file, read at the base ref (default: .github/model-gate.yml)
  --manifests GLOB         manifest glob, newline-separated, '!' excludes
                           (default: **/model.{yaml,yml,json})
  --production-stage NAME  the gto backend's production stage (default: prod)
  --fail-on LEVEL          check: fail (default) | warn | never, optionally ",missing-registry:warn"
  -C, --directory DIR      run in DIR instead of the current directory
  -h, --help               show this help
  -V, --version            show the version

'model-gate <command> --help' shows the flags of one command.

Exit status: 0 pass or warn; 1 fail (or an invalid manifest); 2 usage error or no readable repository.
`

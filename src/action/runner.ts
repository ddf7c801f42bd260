/**
 * The runner's protocol for a JavaScript action, the part this action uses: inputs from INPUT_*, outputs
 * appended to $GITHUB_OUTPUT, the job summary appended to $GITHUB_STEP_SUMMARY, workflow commands on stdout
 * (::error::, ::warning::, ::notice::, ::debug::, ::add-mask::, ::group::) and the exit code. It writes what
 * @actions/core writes for the same calls, byte for byte (test/unit/runner.test.ts runs both), without
 * loading @actions/core: its OIDC client pulls an HTTP stack into every run that the action never uses.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 */
import { randomBytes } from 'node:crypto'
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs'

/** os.EOL, without loading node:os (about 5 ms at start-up). */
const EOL = process.platform === 'win32' ? '\r\n' : '\n'

/**
 * A random version 4 UUID, as crypto.randomUUID writes it, from 16 random bytes: randomUUID's first call fills
 * a pool of entropy for 128 of them, about 12 ms at start-up for the two or three an action run needs.
 */
export function randomUuid(): string {
  const b = randomBytes(16)
  b[6] = ((b[6] as number) & 0x0f) | 0x40
  b[8] = ((b[8] as number) & 0x3f) | 0x80
  const h = b.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** Where an annotation points: a file and its lines or columns, and a title. */
export interface AnnotationProperties {
  readonly title?: string
  readonly file?: string
  readonly startLine?: number
  readonly endLine?: number
  readonly startColumn?: number
  readonly endColumn?: number
}

/** A value as a command or a file carries it: a string as is, nothing as '', anything else as JSON. */
function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' || value instanceof String) return String(value)
  return JSON.stringify(value)
}

const escapeData = (value: unknown) =>
  commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')

const escapeProperty = (value: unknown) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')

/**
 * `::command key=value,key=value::message`. Properties without a value are left out; the space after the
 * command comes with any property key, as the toolkit writes it (the runner reads `::error ::message` too).
 */
export function workflowCommand(
  command: string,
  properties: Readonly<Record<string, unknown>>,
  message: unknown,
): string {
  const keys = Object.keys(properties)
  const props = keys
    .filter((key) => properties[key])
    .map((key) => `${key}=${escapeProperty(properties[key])}`)
  return `::${command}${keys.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`
}

function issue(command: string, properties: Readonly<Record<string, unknown>>, message: unknown): void {
  process.stdout.write(workflowCommand(command, properties, message) + EOL)
}

/** The runner's names of an annotation's properties. */
function annotation(p: AnnotationProperties): Record<string, unknown> {
  if (!Object.keys(p).length) return {}
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  }
}

/** An input as the runner passes it (INPUT_ and the name upper-cased, spaces as '_'), trimmed. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/**
 * `name<<DELIMITER`, the value, `DELIMITER`: a multi-line value in an environment file. The delimiter is
 * random, and neither the name nor the value may contain it.
 */
export function keyValueMessage(name: string, value: unknown, delimiter = `ghadelimiter_${randomUuid()}`) {
  const text = commandValue(value)
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (text.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  return `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`
}

/** A step output: appended to $GITHUB_OUTPUT (or, without one, the old ::set-output:: command). */
export function setOutput(name: string, value: unknown): void {
  const path = process.env.GITHUB_OUTPUT || ''
  if (!path) {
    process.stdout.write(EOL)
    issue('set-output', { name }, commandValue(value))
    return
  }
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`)
  appendFileSync(path, `${keyValueMessage(name, value)}${EOL}`, { encoding: 'utf8' })
}

/** Markdown appended to the job summary ($GITHUB_STEP_SUMMARY), which must exist and be writable. */
export async function appendSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY
  if (!path) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    )
  }
  try {
    accessSync(path, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(
      `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
    )
  }
  appendFileSync(path, markdown, { encoding: 'utf8' })
}

/** The runner masks this value in every later line of the log. */
export function setSecret(secret: string): void {
  issue('add-mask', {}, secret)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}

export function debug(message: string): void {
  issue('debug', {}, message)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', annotation(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', annotation(properties), message)
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issue('notice', annotation(properties), message)
}

/** An error annotation, and the step fails (exit code 1) when the run ends. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

export function startGroup(name: string): void {
  issue('group', {}, name)
}

export function endGroup(): void {
  issue('endgroup', {}, '')
}

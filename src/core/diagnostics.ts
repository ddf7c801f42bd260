/**
 * Errors about user input. Every one carries where it came from (file:line:col) so that a person can
 * jump straight to it; none of them is ever shown with a stack trace.
 */
import { clip } from './text.js'

export interface SourcePosition {
  readonly file: string
  readonly line?: number
  readonly col?: number
}

export function formatPosition(pos: SourcePosition): string {
  if (pos.line === undefined) return pos.file
  return pos.col === undefined ? `${pos.file}:${pos.line}` : `${pos.file}:${pos.line}:${pos.col}`
}

/** A problem with input that the user can fix. Its message is one line, prefixed with file:line:col. */
export class InputError extends Error {
  readonly position: SourcePosition
  readonly detail: string

  constructor(position: SourcePosition, detail: string) {
    super(`${formatPosition(position)}: ${oneLine(detail)}`)
    this.name = 'InputError'
    this.position = position
    this.detail = oneLine(detail)
  }
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}

/** Quote a user-supplied token for an error message: bounded length, no control characters. */
export function quote(value: unknown, max = 60): string {
  let text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u001f\u007f]/g, '?')
  return `'${clip(text, max)}'`
}

/** The message of anything thrown, without a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return oneLine(error.message)
  return oneLine(String(error))
}

/** Any error as an input error about a file: an InputError as it is, anything else with its message. */
export function asInputError(error: unknown, where: SourcePosition): InputError {
  return error instanceof InputError ? error : new InputError(where, errorMessage(error))
}

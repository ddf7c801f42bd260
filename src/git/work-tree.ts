/** Reading a checkout's files (the CLI's --worktree, the action's `source: workspace`), inside the repository only. */
import { readFile, realpath, stat } from 'node:fs/promises'
import { sep } from 'node:path'
import { InputError } from '../core/diagnostics.js'
import { DOCUMENT_LIMITS, oversizeError } from '../core/document.js'

/**
 * A file of the work tree. A symlink is followed only while it stays inside the repository (top), as
 * GitHub's contents API resolves them; one that leaves it is an error, and nothing outside is read.
 */
export async function readWorkTreeFile(
  absolute: string,
  shown: string,
  top: string,
): Promise<string | undefined> {
  const [real, root] = await Promise.all([
    realpath(absolute).catch(() => undefined),
    realpath(top).catch(() => top),
  ])
  if (real === undefined) return undefined
  if (real !== root && !real.startsWith(`${root}${sep}`)) {
    throw new InputError({ file: shown }, 'is a symlink that leaves the repository: it is not read')
  }
  const info = await stat(real).catch(() => undefined)
  if (!info || !info.isFile()) return undefined
  if (info.size > DOCUMENT_LIMITS.maxBytes) {
    throw oversizeError(shown, info.size, DOCUMENT_LIMITS.maxBytes)
  }
  return readFile(real, 'utf8')
}

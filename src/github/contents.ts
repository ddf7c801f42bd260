/** Read one file at an exact commit through the contents API. */
import { InputError } from '../core/diagnostics.js'
import { oversizeError } from '../core/document.js'
import { unlessNotFound, type Api } from './client.js'
import type { RepoRef } from './repo.js'

/** As many links in a row as Linux follows (MAXSYMLINKS) before calling it a loop. */
const MAX_LINKS = 40

/**
 * The file's text, or undefined when there is no file at path. GitHub answers a symlink to a file inside
 * the repository with that file; any other symlink as `type: symlink` with its target, which is followed here
 * only while it stays inside the repository. One that leaves it, dangles or loops is an error naming it.
 */
export async function getFileText(
  api: Api,
  repo: RepoRef,
  ref: string,
  path: string,
  maxBytes: number,
  links: readonly string[] = [],
): Promise<string | undefined> {
  const response = await unlessNotFound(api.rest.repos.getContent({ ...repo, path, ref }))
  const data = response?.data
  if (data && !Array.isArray(data) && data.type === 'symlink' && 'target' in data) {
    const first = links[0] ?? path
    const next = linkTarget(path, String(data.target))
    if (next === undefined)
      throw new InputError({ file: path }, 'is a symlink that leaves the repository: it is not read')
    if (links.length >= MAX_LINKS || links.includes(next) || next === path) {
      throw new InputError({ file: first }, 'is a symlink that loops (or has too many levels of links)')
    }
    const text = await getFileText(api, repo, ref, next, maxBytes, [...links, path])
    if (text === undefined)
      throw new InputError({ file: first }, 'is a symlink to a path that does not exist in the commit')
    return text
  }
  if (!data || Array.isArray(data) || data.type !== 'file') return undefined
  if (data.size > maxBytes) throw oversizeError(path, data.size, maxBytes)
  if (!('content' in data) || typeof data.content !== 'string') return undefined
  return Buffer.from(data.content, 'base64').toString('utf8')
}

/** The repository path a link at `path` names, or undefined when it leaves the repository. */
export function linkTarget(path: string, target: string): string | undefined {
  if (target.startsWith('/')) return undefined
  const parts = path.split('/').slice(0, -1)
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue
    if (part !== '..') parts.push(part)
    else if (parts.pop() === undefined) return undefined
  }
  return parts.length ? parts.join('/') : undefined
}

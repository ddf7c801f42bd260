/** Read one file at an exact commit through the contents API. */
import { oversizeError } from '../core/document.js'
import { unlessNotFound, type Api } from './client.js'
import type { RepoRef } from './repo.js'

export async function getFileText(
  api: Api,
  repo: RepoRef,
  ref: string,
  path: string,
  maxBytes: number,
): Promise<string | undefined> {
  const response = await unlessNotFound(api.rest.repos.getContent({ ...repo, path, ref }))
  const data = response?.data
  if (!data || Array.isArray(data) || data.type !== 'file') return undefined
  if (data.size > maxBytes) throw oversizeError(path, data.size, maxBytes)
  if (!('content' in data) || typeof data.content !== 'string') return undefined
  return Buffer.from(data.content, 'base64').toString('utf8')
}

/** Read one file at an exact commit through the contents API. */
import { InputError } from '../core/diagnostics.js'
import { statusOf, type Api } from './client.js'
import type { RepoRef } from './repo.js'

export async function getFileText(
  api: Api,
  repo: RepoRef,
  ref: string,
  path: string,
  maxBytes: number,
): Promise<string | undefined> {
  try {
    const { data } = await api.rest.repos.getContent({ ...repo, path, ref })
    if (Array.isArray(data) || data.type !== 'file') return undefined
    if (data.size > maxBytes) {
      throw new InputError({ file: path }, `file is ${data.size} bytes, over the limit of ${maxBytes} bytes`)
    }
    if (!('content' in data) || typeof data.content !== 'string') return undefined
    return Buffer.from(data.content, 'base64').toString('utf8')
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

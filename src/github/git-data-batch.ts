/**
 * Many files in one commit through the Git Data API, in three requests whatever the number of files: the
 * parent's tree, one tree with base_tree that carries the files' content inline, one commit. A file too large
 * to inline gets its own blob first. Like createFileCommit, it does not move the ref (swapRef does).
 */
import type { Api } from './client.js'
import { commitTree } from './git-data.js'
import type { RepoRef } from './repo.js'

/** Inline a file's content in the tree request up to this size, and up to this much in one request. */
export const INLINE_LIMITS = { fileBytes: 1024 * 1024, requestBytes: 8 * 1024 * 1024 } as const

type TreeEntry =
  | { path: string; mode: '100644'; type: 'blob'; content: string }
  | { path: string; mode: '100644'; type: 'blob'; sha: string }

export async function createFilesCommit(
  api: Api,
  repo: RepoRef,
  parent: string | undefined,
  files: ReadonlyMap<string, string>,
  message: string,
): Promise<string> {
  const tree: TreeEntry[] = []
  let inline = 0
  for (const [path, content] of files) {
    const bytes = Buffer.byteLength(content)
    if (bytes <= INLINE_LIMITS.fileBytes && inline + bytes <= INLINE_LIMITS.requestBytes) {
      inline += bytes
      tree.push({ path, mode: '100644', type: 'blob', content })
    } else {
      const blob = await api.rest.git.createBlob({
        ...repo,
        content: Buffer.from(content).toString('base64'),
        encoding: 'base64',
      })
      tree.push({ path, mode: '100644', type: 'blob', sha: blob.data.sha })
    }
  }
  const baseTree = parent ? await commitTree(api, repo, parent) : undefined
  const created = await api.rest.git.createTree({
    ...repo,
    ...(baseTree ? { base_tree: baseTree } : {}),
    tree,
  })
  const commit = await api.rest.git.createCommit({
    ...repo,
    message,
    tree: created.data.sha,
    parents: parent ? [parent] : [],
  })
  return commit.data.sha
}

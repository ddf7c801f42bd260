/** The Git Data API calls the registry branch needs: refs, blobs, trees, commits. */
import { statusOf, unlessNotFound, type Api } from './client.js'
import type { RepoRef } from './repo.js'

export async function getRefSha(api: Api, repo: RepoRef, ref: string): Promise<string | undefined> {
  return (await unlessNotFound(api.rest.git.getRef({ ...repo, ref })))?.data.object.sha
}

export async function getRawFile(
  api: Api,
  repo: RepoRef,
  ref: string,
  path: string,
): Promise<string | undefined> {
  const response = await unlessNotFound(
    api.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } }),
  )
  return typeof response?.data === 'string' ? response.data : undefined
}

export async function commitTree(api: Api, repo: RepoRef, commit: string): Promise<string> {
  return (await api.rest.git.getCommit({ ...repo, commit_sha: commit })).data.tree.sha
}

export async function createFileCommit(
  api: Api,
  repo: RepoRef,
  parent: string | undefined,
  path: string,
  content: string,
  message: string,
): Promise<string> {
  const blob = (
    await api.rest.git.createBlob({
      ...repo,
      content: Buffer.from(content).toString('base64'),
      encoding: 'base64',
    })
  ).data.sha
  const baseTree = parent ? await commitTree(api, repo, parent) : undefined
  const tree = (
    await api.rest.git.createTree({
      ...repo,
      ...(baseTree ? { base_tree: baseTree } : {}),
      tree: [{ path, mode: '100644', type: 'blob', sha: blob }],
    })
  ).data.sha
  return (await api.rest.git.createCommit({ ...repo, message, tree, parents: parent ? [parent] : [] })).data
    .sha
}

/** Create the ref, or move it without force. False when someone else moved it first. */
export async function swapRef(
  api: Api,
  repo: RepoRef,
  ref: string,
  expected: string | undefined,
  next: string,
): Promise<boolean> {
  try {
    if (expected === undefined) await api.rest.git.createRef({ ...repo, ref: `refs/${ref}`, sha: next })
    else await api.rest.git.updateRef({ ...repo, ref, sha: next, force: false })
    return true
  } catch (error) {
    if (statusOf(error) === 422 || statusOf(error) === 409) return false
    throw error
  }
}

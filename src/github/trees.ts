/** Whole trees and merge bases, for pull requests larger than the files endpoint lists. */
import type { Api } from './client.js'
import type { RepoRef } from './repo.js'

export async function mergeBase(api: Api, repo: RepoRef, base: string, head: string): Promise<string> {
  const { data } = await api.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1,
  })
  return data.merge_base_commit.sha
}

/**
 * path -> blob SHA of every file in the commit's tree. The trees endpoint takes any tree-ish, a commit's SHA
 * too (it lists the commit's tree): one request, not the commit's and then its tree's.
 */
export async function treeBlobs(api: Api, repo: RepoRef, commit: string): Promise<Map<string, string>> {
  const { data } = await api.rest.git.getTree({ ...repo, tree_sha: commit, recursive: 'true' })
  if (data.truncated) throw new Error(`the tree of ${commit} is too large for the GitHub API to list`)
  const out = new Map<string, string>()
  for (const entry of data.tree)
    if (entry.type === 'blob' && entry.path && entry.sha) out.set(entry.path, entry.sha)
  return out
}

/** True when `commit` is already contained in `other` (an ancestor of it, or the same commit). */
export async function containedIn(api: Api, repo: RepoRef, commit: string, other: string): Promise<boolean> {
  const { data } = await api.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${commit}...${other}`,
    per_page: 1,
  })
  return data.status === 'ahead' || data.status === 'identical'
}

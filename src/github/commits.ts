/** The pull request a pushed commit came from (merge, squash or rebase), if any. */
import type { Api } from './client.js'
import type { RepoRef } from './repo.js'

export interface AssociatedPull {
  readonly number: number
  readonly headSha: string
}

export async function pullForCommit(
  api: Api,
  repo: RepoRef,
  sha: string,
): Promise<AssociatedPull | undefined> {
  const { data } = await api.rest.repos.listPullRequestsAssociatedWithCommit({
    ...repo,
    commit_sha: sha,
    per_page: 10,
  })
  // Only a merged pull request: a direct push must not borrow an open one's acceptances.
  const merged = data.find((p) => p.merge_commit_sha === sha) ?? data.find((p) => p.merged_at)
  return merged ? { number: merged.number, headSha: merged.head.sha } : undefined
}

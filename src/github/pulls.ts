/** Pull requests: the current head, and every changed file (GitHub lists at most 3,000). */
import type { Api } from './client.js'
import type { RepoRef } from './repo.js'

/** GitHub's documented cap on the files the pull request files endpoint lists. */
export const PULL_FILES_CAP = 3000

export interface PullFile {
  readonly filename: string
  readonly status: string
  readonly previous_filename?: string
}

export async function getPull(api: Api, repo: RepoRef, pull: number) {
  return (await api.rest.pulls.get({ ...repo, pull_number: pull })).data
}

export async function listPullFiles(api: Api, repo: RepoRef, pull: number): Promise<PullFile[]> {
  const files: PullFile[] = []
  for await (const page of api.paginate.iterator(api.rest.pulls.listFiles, {
    ...repo,
    pull_number: pull,
    per_page: 100,
  })) {
    for (const f of page.data) {
      files.push({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      })
    }
  }
  return files
}

/** Check runs: create one completed run, then send the rest of the annotations 50 at a time. */
import type { Api } from './client.js'
import type { RepoRef } from './repo.js'

/** GitHub accepts at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50

export interface Annotation {
  readonly path: string
  readonly start_line: number
  readonly end_line: number
  readonly annotation_level: 'notice' | 'warning' | 'failure'
  readonly message: string
  readonly title?: string
}

export interface CheckRun {
  readonly name: string
  readonly headSha: string
  readonly conclusion: 'success' | 'neutral' | 'failure'
  readonly title: string
  readonly summary: string
  readonly text?: string
  readonly detailsUrl?: string
  readonly annotations: readonly Annotation[]
}

export async function createCheckRun(api: Api, repo: RepoRef, run: CheckRun): Promise<number> {
  const batches: Annotation[][] = []
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  const output = (annotations: Annotation[] | undefined) => ({
    title: run.title,
    summary: run.summary,
    ...(run.text ? { text: run.text } : {}),
    ...(annotations ? { annotations } : {}),
  })
  const { data } = await api.rest.checks.create({
    ...repo,
    name: run.name,
    head_sha: run.headSha,
    status: 'completed',
    conclusion: run.conclusion,
    completed_at: new Date().toISOString(),
    ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
    output: output(batches[0]),
  })
  for (const batch of batches.slice(1)) {
    await api.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch) })
  }
  return data.id
}

/** The check runs of this name on a commit, newest first as GitHub lists them. */
export async function listCheckRuns(api: Api, repo: RepoRef, ref: string, name: string) {
  const { data } = await api.rest.checks.listForRef({ ...repo, ref, check_name: name, per_page: 100 })
  return data.check_runs.map((r) => ({ id: r.id, conclusion: r.conclusion, completedAt: r.completed_at }))
}

/**
 * Check runs: create one (completed, or in progress to be completed last), then send the rest of the
 * annotations 50 at a time.
 */
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

export type Conclusion = 'success' | 'neutral' | 'failure'

export interface CheckRun {
  readonly name: string
  readonly headSha: string
  /** Without a conclusion the run is created in progress; completeCheckRun gives it one. */
  readonly conclusion?: Conclusion
  readonly title: string
  readonly summary: string
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
    ...(annotations ? { annotations } : {}),
  })
  const { data } = await api.rest.checks.create({
    ...repo,
    name: run.name,
    head_sha: run.headSha,
    ...(run.conclusion
      ? { status: 'completed' as const, conclusion: run.conclusion, completed_at: new Date().toISOString() }
      : { status: 'in_progress' as const }),
    ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
    output: output(batches[0]),
  })
  for (const batch of batches.slice(1)) {
    await api.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch) })
  }
  return data.id
}

/** The last write to a run: its conclusion, and (when given) a new title and summary. */
export async function completeCheckRun(
  api: Api,
  repo: RepoRef,
  id: number,
  conclusion: Conclusion,
  output?: { readonly title: string; readonly summary: string },
): Promise<void> {
  await api.rest.checks.update({
    ...repo,
    check_run_id: id,
    status: 'completed',
    conclusion,
    completed_at: new Date().toISOString(),
    ...(output ? { output } : {}),
  })
}

/** The check runs of this name on a commit, newest first as GitHub lists them. */
export async function listCheckRuns(api: Api, repo: RepoRef, ref: string, name: string) {
  const { data } = await api.rest.checks.listForRef({ ...repo, ref, check_name: name, per_page: 100 })
  return data.check_runs.map((r) => ({ id: r.id, conclusion: r.conclusion, completedAt: r.completed_at }))
}

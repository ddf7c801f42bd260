/**
 * Check runs, written once their conclusion is known: one request creates the run completed, with its
 * report and up to 50 annotations. More annotations than 50 (GitHub's most per request) make the run start
 * in progress with the first 50, take the rest 50 at a time, and get the conclusion with the last 50, so the
 * conclusion is always the last write to the run.
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
  readonly conclusion: Conclusion
  readonly title: string
  readonly summary: string
  readonly detailsUrl?: string
  readonly annotations: readonly Annotation[]
}

/**
 * Creates the run and returns its id: ceil(annotations / 50) requests, at least one. `created` learns the id
 * as soon as the run exists, so that a caller can still conclude a run whose later annotations failed.
 */
export async function createCheckRun(
  api: Api,
  repo: RepoRef,
  run: CheckRun,
  created: (id: number) => void = () => undefined,
): Promise<number> {
  const batches: Annotation[][] = []
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  }
  const output = (annotations: Annotation[] | undefined) => ({
    title: run.title,
    summary: run.summary,
    ...(annotations ? { annotations } : {}),
  })
  const completed = () => ({
    status: 'completed' as const,
    conclusion: run.conclusion,
    completed_at: new Date().toISOString(),
  })
  const { data } = await api.rest.checks.create({
    ...repo,
    name: run.name,
    head_sha: run.headSha,
    ...(batches.length > 1 ? { status: 'in_progress' as const } : completed()),
    ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
    output: output(batches[0]),
  })
  created(data.id)
  for (const [i, batch] of batches.entries()) {
    if (i === 0) continue
    const last = i === batches.length - 1
    await api.rest.checks.update({
      ...repo,
      check_run_id: data.id,
      ...(last ? completed() : {}),
      output: output(batch),
    })
  }
  return data.id
}

/** Ends a run that is still in progress: its conclusion, and (when given) a new title and summary. */
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

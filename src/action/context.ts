/** The run's context, from the environment a runner sets: event, payload, repository, run URL. */
import { readFileSync } from 'node:fs'
import type { RepoRef } from '../github/repo.js'

export interface ActionContext {
  readonly eventName: string
  readonly payload: Record<string, unknown>
  readonly repo: RepoRef
  readonly serverUrl: string
  readonly apiUrl: string
  readonly runUrl: string
  readonly actor: string
  readonly sha: string
  readonly ref: string
}

export class ContextError extends Error {}

export function readContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!eventName || !owner || !repo) {
    throw new ContextError(
      'GITHUB_EVENT_NAME and GITHUB_REPOSITORY are not set: is this running in GitHub Actions?',
    )
  }
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
    } catch (error) {
      throw new ContextError(
        `cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`,
      )
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '')
  const runId = env.GITHUB_RUN_ID ?? ''
  const attempt = env.GITHUB_RUN_ATTEMPT
  return {
    eventName,
    payload,
    repo: { owner, repo },
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    runUrl: runId
      ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
      : `${serverUrl}/${owner}/${repo}/actions`,
    actor: env.GITHUB_ACTOR ?? 'unknown',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
  }
}

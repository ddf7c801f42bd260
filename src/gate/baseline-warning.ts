/**
 * Production that exists but has nothing to compare with (a repository adopting Model Gate: GTO's production
 * commit has no manifest, or a DVC project's metrics are not in git): a warning, with the command that fixes
 * it, never an error on the candidate.
 */
import { isImplicitPath } from './implicit-manifest.js'

export type Backend = 'gto' | 'base' | 'branch'

export function backendOf(description: string): Backend {
  if (description.startsWith('GTO')) return 'gto'
  if (description.startsWith('the base commit')) return 'base'
  return 'branch'
}

/** "production v3.0.0 has no recorded metrics (why): no metric is compared; how to fix it". */
export function noRecordedMetrics(
  version: string,
  why: string,
  candidatePath: string,
  backend: Backend,
): string {
  return `production ${version} has no recorded metrics (${why}): no metric is compared; ${fixFor(candidatePath, backend)}`
}

function fixFor(path: string, backend: Backend): string {
  if (isImplicitPath(path)) {
    return `write a model.yaml for it beside ${path.slice(0, path.lastIndexOf(':'))} with its metrics (docs/dvc-and-gto.md), then promote it`
  }
  if (backend === 'base') return `production gets metrics once ${path} with metrics is merged`
  const registry = backend === 'gto' ? ' --registry gto' : ''
  return `after merging, \`model-gate promote ${path}${registry}\` records this version, with its metrics, as production`
}

/** The fixtures the integration and end-to-end tests share: manifests, and commits on branches of a test repository. */
import type { TestRepo } from './git-repo.js'

/**
 * A model.yaml: metrics as YAML lines (`  accuracy: 0.9\n`) or one accuracy; extra lines (`hyperparameters:
 * …\n`) go before the metrics.
 */
export function manifest(name: string, version: string, metrics: string | number, extra = ''): string {
  const lines = typeof metrics === 'number' ? `  accuracy: ${metrics}\n` : metrics
  return `name: ${name}\nversion: ${version}\n${extra}metrics:\n${lines}`
}

/**
 * A new branch from `from` with one commit of these files; the work tree goes back to main. The commit's SHA.
 */
export function commitOnBranch(
  repo: TestRepo,
  branch: string,
  files: Record<string, string>,
  options: { readonly from?: string; readonly message?: string } = {},
): string {
  repo.git('checkout', '--quiet', '-b', branch, options.from ?? 'main')
  const head = repo.commit(options.message ?? branch, files)
  repo.git('checkout', '--quiet', 'main')
  return head
}

/**
 * What the gate needs from the outside world, as interfaces. The CLI implements them with local git
 * (src/git/), the action with the GitHub API (src/github/). The gate itself never touches either.
 */
import type { InputError } from '../core/diagnostics.js'
import type { RegistryEntry } from '../core/registry.js'
import type { Baseline } from '../core/compare.js'

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed'

export interface ChangedFile {
  readonly path: string
  readonly status: ChangeStatus
  readonly previousPath?: string
}

/** Files of the repository at exact commits. */
export interface SourceReader {
  /** The file's text at ref, or undefined when it does not exist there. */
  readFile(ref: string, path: string): Promise<string | undefined>
  /** Files changed between base and head (three-dot: since their merge base). */
  changedFiles(base: string, head: string): Promise<readonly ChangedFile[]>
  /** Every file path at ref. */
  listFiles(ref: string): Promise<readonly string[]>
}

export type BaselineLookup =
  /** No production; `warning` when there is one but it cannot be compared (it has no manifest). */
  | { readonly kind: 'none'; readonly warning?: string }
  | { readonly kind: 'found'; readonly baseline: Baseline }
  | { readonly kind: 'error'; readonly error: InputError }

/** Where production comes from: the registry branch, GTO tags, or the base commit. */
export interface BaselineSource {
  readonly description: string
  baseline(name: string, candidatePath: string, previousPath?: string): Promise<BaselineLookup>
}

/** Where accepted regressions are recorded: the registry branch's history, whatever the baseline backend. */
export interface AcceptanceSource {
  entry(name: string): Promise<RegistryEntry | undefined>
}

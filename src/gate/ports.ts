/**
 * What the gate needs from the outside world, as interfaces (ports). The gate itself never touches git,
 * the GitHub API or a registry backend: src/gate/ imports only from src/core/ and from itself.
 *
 * - SourceReader: files of the repository at exact commits. The CLI implements it with local git
 *   (src/git/source.ts), the action with the GitHub API (src/github/source.ts).
 * - Production: where production lives. Three backends implement it in src/registry/: the registry
 *   branch (branch-production.ts, over the compare-and-swap branch-registry.ts and a BranchStore of local git
 *   or the API), GTO tags (gto-production.ts, over gto-registry.ts and a TagStore of local git or the API)
 *   and the base commit (base-baselines.ts). Acceptances live on the registry branch for every backend.
 *   Each shell picks one backend in a single factory (src/cli/production.ts, src/action/production.ts);
 *   everything else, the use cases of src/gate/ (check.ts, promotion.ts) included, depends on this
 *   interface only.
 */
import type { InputError } from '../core/diagnostics.js'
import type { PlainMap } from '../core/document.js'
import type { GtoModelState } from '../core/gto/state.js'
import type { RegistryEntry, RollbackRequest } from '../core/registry.js'
import type { Baseline, ModelVersion } from '../core/compare.js'
import type { PromotionWrite } from '../core/report/promotion.js'
import type { RollbackOutcome } from '../core/report/rollback.js'

/** The backends of production: the registry branch, GTO tags, or the base commit. */
export type RegistryKind = 'branch' | 'gto' | 'base'

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
  /**
   * Files about to be read at ref, announced together so a reader over the network fetches them in a few
   * requests. Resolves once they are in; never fails (a failure shows on the read itself).
   */
  prefetch?(ref: string, paths: readonly string[]): Promise<void>
}

export type BaselineLookup =
  /** No production; `warning` when there is one but it cannot be compared (it has no manifest). */
  | { readonly kind: 'none'; readonly warning?: string }
  | { readonly kind: 'found'; readonly baseline: Baseline }
  | { readonly kind: 'error'; readonly error: InputError }

/** What production is for one model: the registry branch, GTO tags, or the base commit. */
export interface BaselineSource {
  readonly description: string
  baseline(name: string, candidatePath: string, previousPath?: string): Promise<BaselineLookup>
  /** The baselines (and acceptances) of these models are about to be read: fetch them together. Never fails. */
  prefetch?(names: readonly string[]): Promise<void>
}

/** Where accepted regressions are recorded: the registry branch's history, whatever the baseline backend. */
export interface AcceptanceSource {
  entry(name: string): Promise<RegistryEntry | undefined>
}

/** Who moved production, when, and from which commit, pull request and run. */
export interface Provenance {
  readonly actor: string
  readonly at: string
  readonly commit?: string
  readonly pr?: number
  readonly run?: string
  readonly reason?: string
}

/** True when `commit` is already contained in `other` (the same commit, or one of its ancestors). */
export type ContainedIn = (commit: string, other: string) => Promise<boolean>

/** A promotion: what was written (the registry branch's commit, or tags), or why nothing was. */
export interface Promoted extends PromotionWrite {
  /** The model as production knows it (GTO: its artifact name, `dir:name` in a monorepo). */
  readonly model: string
  /** The version as production records it (GTO: `v` and SemVer). */
  readonly version: string
}

/**
 * One model of a batch promotion: what was written for it (the batch's one registry commit, or its tags), or
 * the error that kept it out of production while the others of the batch went on.
 */
export type BatchPromoted =
  | ({ readonly ok: true } & Promoted)
  | { readonly ok: false; readonly model: string; readonly version: string; readonly error: unknown }

/** A rollback: rolled back now, replayed (this run did it already), or current (nothing to do). */
export interface RolledBack extends RollbackOutcome {
  readonly model: string
  /** The manifest snapshot of the version production is now, where the backend records it. */
  readonly snapshot?: PlainMap
  /** The version production is now and the version it left, read when asked (for the side-by-side summary). */
  versions(): Promise<RollbackVersions>
}

export interface RollbackVersions {
  readonly restored?: ModelVersion
  readonly left?: Baseline
}

export interface AcceptRequest extends Provenance {
  readonly name: string
  readonly version: string
  readonly sha: string
  readonly reason: string
  /** The production it is accepted against (`version#digest`, or 'none'): it lapses when production moves. */
  readonly against: string
}

/** The history of production: the registry entry's events, or GTO's versions and stage events. */
export type ProductionHistory =
  | { readonly kind: 'events'; readonly entry: RegistryEntry }
  | { readonly kind: 'stages'; readonly model: GtoModelState }

/**
 * Where production lives: read a baseline, promote, roll back, record and read acceptances, history.
 * Acceptances live on the registry branch for every backend.
 */
export interface Production extends BaselineSource, AcceptanceSource {
  /** Production is a fixed commit (the base commit): it is never promoted or rolled back, and has no history. */
  readonly fixed?: boolean
  /** Production is a stage of GTO's, which keeps tags (no metrics, no accepted regressions). */
  readonly stage?: string
  /**
   * Register versions of distinct models as production, all from one commit (who.commit): the registry branch
   * writes one commit for them all (one compare-and-swap), GTO its tags model by model. With containedIn,
   * production never moves back to an older commit: for each model the decision is taken inside the
   * compare-and-swap loop, against what is read in that attempt, so a push that finishes late loses to a newer
   * one that landed meanwhile. A model already production from that commit writes nothing (a re-run). One
   * model's failure (its entry unreadable, too large) is its result; the others are still promoted. The
   * results are in the order of versions.
   */
  promoteAll(
    versions: readonly ModelVersion[],
    who: Provenance,
    containedIn?: ContainedIn,
  ): Promise<BatchPromoted[]>
  /**
   * Move production back, exactly once per run (a re-run of the same run finds what it wrote and writes
   * nothing): to request.to, by default to the version that held it before.
   */
  rollback(name: string, request: RollbackRequest): Promise<RolledBack>
  /** Record an accepted regression for a pull request's head. */
  accept(request: AcceptRequest): Promise<void>
  /** The model's history, or undefined when production knows nothing of it. */
  history(name: string): Promise<ProductionHistory | undefined>
  /**
   * The registry branch the baselines come from, when it does not exist: every model would look new, so the
   * run says so (core/fail-on.ts). Undefined when it exists, or production is not kept on a branch.
   */
  missingRegistry?(): Promise<string | undefined>
}

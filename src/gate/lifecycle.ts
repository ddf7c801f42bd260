/**
 * Changes of production, the same for the CLI (local git) and the action (GitHub API): each is one
 * compare-and-swap update of the model's registry entry, with an event appended to its history.
 */
import type { ModelVersion } from '../core/compare.js'
import {
  applyAccept,
  applyPromote,
  applyRollback,
  rollbackByRun,
  rollbackTarget,
  type Production,
  type RegistryEvent,
  type RollbackRequest,
} from '../core/registry.js'
import type { BranchRegistry, UpdateResult } from '../registry/branch-registry.js'
import { metricValues } from '../core/metrics.js'

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

export interface PromoteResult extends UpdateResult {
  /** Production was not moved: it comes from a commit that already contains this one. */
  readonly superseded?: Production
}

/**
 * Register a version as production. With containedIn, production never moves back to an older commit: the
 * decision is taken inside the compare-and-swap loop, against the entry read in that attempt, so a push that
 * finishes late loses to a newer one that landed meanwhile.
 */
export async function promote(
  registry: BranchRegistry,
  version: ModelVersion,
  who: Provenance,
  containedIn?: ContainedIn,
): Promise<PromoteResult> {
  const { manifest } = version
  const event: RegistryEvent = {
    type: 'promote',
    version: manifest.version,
    ...who,
    path: manifest.file,
    manifest: manifest.snapshot,
    metrics: metricValues(version.metrics),
  }
  let superseded: Production | undefined
  const result = await registry.update(
    manifest.name,
    async (entry) => {
      superseded = undefined
      const production = entry?.production
      if (
        entry &&
        production?.commit &&
        who.commit &&
        production.commit !== who.commit &&
        containedIn &&
        (await containedIn(who.commit, production.commit))
      ) {
        superseded = production
        return entry
      }
      return applyPromote(entry, manifest.name, event)
    },
    `promote ${manifest.name} ${manifest.version}`,
  )
  return superseded ? { ...result, superseded } : result
}

export interface RollbackResult extends UpdateResult {
  /**
   * rolled-back: this call wrote the rollback. replayed: the same run (an earlier attempt) already did, and
   * nothing was written. current: the target is already production, and nothing was written.
   */
  readonly outcome: 'rolled-back' | 'replayed' | 'current'
  /** The rollback event: the one written now, or the one this run wrote the first time. */
  readonly event?: RegistryEvent
}

/**
 * Move production back, exactly once per run: a re-run of the same workflow run (a later attempt) finds
 * the event it wrote and writes nothing. The default target is computed once, on the first attempt of
 * the compare-and-swap loop, and kept for the others.
 */
export async function rollback(
  registry: BranchRegistry,
  name: string,
  request: RollbackRequest,
): Promise<RollbackResult> {
  let outcome: RollbackResult['outcome'] = 'rolled-back'
  let target = request.to
  let replayed: RegistryEvent | undefined
  const result = await registry.update(
    name,
    (entry) => {
      replayed = rollbackByRun(entry, request.run)
      outcome = replayed ? 'replayed' : 'rolled-back'
      if (replayed && entry) return entry
      target ??= rollbackTarget(entry, name)
      const next = applyRollback(entry, name, { ...request, to: target })
      if (next === entry) outcome = 'current'
      return next
    },
    `rollback ${name}${request.to ? ` to ${request.to}` : ''}: ${request.reason}`,
  )
  const event = replayed ?? (outcome === 'rolled-back' ? result.entry.history.at(-1) : undefined)
  return { ...result, outcome, ...(event ? { event } : {}) }
}

export interface AcceptRequest extends Provenance {
  readonly name: string
  readonly version: string
  readonly sha: string
  readonly reason: string
  /** The production it is accepted against (`version#digest`, or 'none'): it lapses when production moves. */
  readonly against: string
}

export function accept(registry: BranchRegistry, request: AcceptRequest): Promise<UpdateResult> {
  const { name, ...rest } = request
  const event: RegistryEvent = { type: 'accept', ...rest }
  return registry.update(
    name,
    (entry) => applyAccept(entry, name, event),
    `accept ${name} ${request.version} at ${request.sha.slice(0, 12)}`,
  )
}

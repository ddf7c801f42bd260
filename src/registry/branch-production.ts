/**
 * Production on the registry branch: each promotion, rollback and acceptance is one compare-and-swap update
 * of the model's entry (registry/<name>.json), with an event appended to its history.
 */
import type { Baseline, ModelVersion } from '../core/compare.js'
import { metricValues } from '../core/metrics.js'
import {
  applyAccept,
  applyPromote,
  applyRollback,
  RegistryError,
  registryPath,
  rollbackByRun,
  rollbackTarget,
  type Production as Held,
  type RegistryEntry,
  type RegistryEvent,
  type RollbackRequest,
} from '../core/registry.js'
import { manifestFromSnapshot, metricsFromRecord } from '../gate/model-version.js'
import type {
  AcceptRequest,
  BaselineLookup,
  ContainedIn,
  Production,
  ProductionHistory,
  Promoted,
  Provenance,
  RolledBack,
  RollbackVersions,
} from '../gate/ports.js'
import type { BranchRegistry } from './branch-registry.js'

export class BranchProduction implements Production {
  readonly description: string

  constructor(private readonly registry: BranchRegistry) {
    this.description = registry.description
  }

  get branch(): string {
    return this.registry.branch
  }

  entry(name: string): Promise<RegistryEntry | undefined> {
    return this.registry.entry(name)
  }

  async missingRegistry(): Promise<string | undefined> {
    return (await this.registry.exists()) ? undefined : this.registry.branch
  }

  baseline(name: string): Promise<BaselineLookup> {
    return this.registry.baseline(name)
  }

  prefetch(names: readonly string[]): Promise<void> {
    return this.registry.prefetch(names)
  }

  async history(name: string): Promise<ProductionHistory | undefined> {
    const entry = await this.registry.entry(name)
    return entry ? { kind: 'events', entry } : undefined
  }

  async promote(version: ModelVersion, who: Provenance, containedIn?: ContainedIn): Promise<Promoted> {
    const { manifest } = version
    const event: RegistryEvent = {
      type: 'promote',
      version: manifest.version,
      ...who,
      path: manifest.file,
      manifest: manifest.snapshot,
      metrics: metricValues(version.metrics),
    }
    let superseded: Held | undefined
    const result = await this.registry.update(
      manifest.name,
      async (entry) => {
        superseded = undefined
        const production = entry?.production
        if (entry && production?.commit && who.commit && production.commit !== who.commit) {
          if (await containedIn?.(who.commit, production.commit)) {
            superseded = production
            return entry
          }
        }
        return applyPromote(entry, manifest.name, event)
      },
      `promote ${manifest.name} ${manifest.version}`,
    )
    return {
      model: manifest.name,
      version: manifest.version,
      written: result.commit ? [result.commit] : [],
      attempts: result.attempts,
      ...(superseded ? { superseded: { version: superseded.version, commit: superseded.commit } } : {}),
    }
  }

  /**
   * The default target is computed once, on the first attempt of the compare-and-swap loop, and kept for
   * the others; a re-run of the same workflow run finds the event it wrote and writes nothing.
   */
  async rollback(name: string, request: RollbackRequest): Promise<RolledBack> {
    let outcome = 'rolled-back' as RolledBack['outcome']
    let target = request.to
    let replayed: RegistryEvent | undefined
    const result = await this.registry.update(
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
    const production = result.entry.production
    if (outcome === 'current' && production) return this.current(name, request, production)
    const event = replayed ?? (outcome === 'rolled-back' ? result.entry.history.at(-1) : undefined)
    if (!event?.manifest) throw new RegistryError(`the rollback of '${name}' was not recorded`)
    const { history } = result.entry
    return {
      model: name,
      outcome,
      version: event.version,
      ...(event.from ? { from: event.from } : {}),
      ...(event.commit ? { commit: event.commit } : {}),
      written: result.commit ? [result.commit] : [],
      actor: event.actor,
      reason: event.reason ?? '',
      at: event.at,
      snapshot: event.manifest,
      versions: async () => this.rollbackVersions(name, event, history),
    }
  }

  private current(name: string, request: RollbackRequest, production: Held): RolledBack {
    return {
      model: name,
      outcome: 'current',
      version: production.version,
      ...(production.commit ? { commit: production.commit } : {}),
      written: [],
      actor: request.actor,
      reason: request.reason,
      snapshot: production.manifest,
      versions: async () => ({}),
    }
  }

  /** The version a rollback event restored, and the one it left, as the history recorded them. */
  private rollbackVersions(
    name: string,
    event: RegistryEvent,
    history: readonly RegistryEvent[],
  ): RollbackVersions {
    const at = history.indexOf(event)
    const left = history
      .slice(0, at < 0 ? history.length : at)
      .reverse()
      .find((e) => e.type !== 'accept' && e.manifest && e.version === event.from)
    const file = `${this.registry.branch}:${registryPath(name)}`
    const restored = {
      manifest: manifestFromSnapshot(event.manifest ?? {}, file),
      metrics: metricsFromRecord(event.metrics ?? {}, file),
    }
    if (!left?.manifest) return { restored }
    const baseline: Baseline = {
      manifest: manifestFromSnapshot(left.manifest, file),
      metrics: metricsFromRecord(left.metrics ?? {}, file),
      source: 'registry',
    }
    return { restored, left: baseline }
  }

  async accept(request: AcceptRequest): Promise<void> {
    const { name, ...rest } = request
    const event: RegistryEvent = { type: 'accept', ...rest }
    await this.registry.update(
      name,
      (entry) => applyAccept(entry, name, event),
      `accept ${name} ${request.version} at ${request.sha.slice(0, 12)}`,
    )
  }
}

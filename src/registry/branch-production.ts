/**
 * Production on the registry branch: each rollback and acceptance is one compare-and-swap update of the
 * model's entry (registry/<name>.json), with an event appended to its history; a promotion of many models
 * (a push) is one compare-and-swap update of all their entries, in one commit.
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
  BatchPromoted,
  Production,
  ProductionHistory,
  Provenance,
  RolledBack,
  RollbackVersions,
} from '../gate/ports.js'
import type { BranchRegistry, EntryChange } from './branch-registry.js'

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

  /**
   * Every version in one commit of the registry branch: one compare-and-swap for the batch, in which each
   * model's decision (superseded by a newer production, already production from this commit, promoted) is
   * taken against its entry as that attempt reads it.
   */
  async promoteAll(
    versions: readonly ModelVersion[],
    who: Provenance,
    containedIn?: ContainedIn,
  ): Promise<BatchPromoted[]> {
    const superseded = new Map<string, Held>()
    const seen = new Set<string>()
    const twice = new Set<number>()
    const changes: EntryChange[] = []
    for (const [i, version] of versions.entries()) {
      const { manifest } = version
      if (seen.has(manifest.name)) twice.add(i)
      else {
        seen.add(manifest.name)
        changes.push({
          name: manifest.name,
          change: (entry) => this.promotion(entry, version, who, superseded, containedIn),
        })
      }
    }
    const result = changes.length
      ? await this.registry.updateMany(changes, promotionMessage(versions, who))
      : { results: [], attempts: 0 }
    const byName = new Map(result.results.map((r) => [r.name, r]))
    return versions.map((version, i): BatchPromoted => {
      const { name: model, version: v } = version.manifest
      const outcome = byName.get(model)
      if (twice.has(i) || !outcome) {
        return {
          ok: false,
          model,
          version: v,
          error: new RegistryError(`'${model}' is promoted twice in one batch`),
        }
      }
      if (!outcome.ok) return { ok: false, model, version: v, error: outcome.error }
      const held = superseded.get(model)
      return {
        ok: true,
        model,
        version: v,
        written: outcome.changed && result.commit ? [result.commit] : [],
        attempts: result.attempts,
        ...(held ? { superseded: { version: held.version, commit: held.commit } } : {}),
      }
    })
  }

  /** One model's promotion against its entry as an attempt reads it; the entry itself when nothing changes. */
  private async promotion(
    entry: RegistryEntry | undefined,
    version: ModelVersion,
    who: Provenance,
    superseded: Map<string, Held>,
    containedIn?: ContainedIn,
  ): Promise<RegistryEntry> {
    const { manifest } = version
    superseded.delete(manifest.name)
    const production = entry?.production
    if (entry && production?.commit && who.commit && production.commit !== who.commit) {
      if (await containedIn?.(who.commit, production.commit)) {
        superseded.set(manifest.name, production)
        return entry
      }
    }
    const event: RegistryEvent = {
      type: 'promote',
      version: manifest.version,
      ...who,
      path: manifest.file,
      manifest: manifest.snapshot,
      metrics: metricValues(version.metrics),
    }
    return applyPromote(entry, manifest.name, event)
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

/** The batch's commit message: the model and version when there is one, else how many. */
function promotionMessage(versions: readonly ModelVersion[], who: Provenance): string {
  const [only] = versions
  if (versions.length === 1 && only) return `promote ${only.manifest.name} ${only.manifest.version}`
  const at = who.commit ? ` at ${who.commit.slice(0, 12)}` : ''
  const names = versions.map((v) => `${v.manifest.name} ${v.manifest.version}`).join('\n')
  return `promote ${versions.length} models${at}\n\n${names}`
}

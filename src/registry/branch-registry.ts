/**
 * The `branch` registry: `registry/<name>.json` files on the `model-registry` branch. Reads are plain
 * reads of the tip; every write is read-modify-write with a compare-and-swap of the branch ref, retried
 * with backoff and jitter, so concurrent promotions never lose an entry.
 */
import { asInputError } from '../core/diagnostics.js'
import {
  compactEntry,
  parseRegistryEntry,
  productionHistory,
  REGISTRY_LIMITS,
  RegistryError,
  registryPath,
  serializeEntry,
  type RegistryEntry,
} from '../core/registry.js'
import type { AcceptanceSource, BaselineLookup, BaselineSource } from '../gate/ports.js'
import { manifestFromSnapshot, metricsFromRecord } from '../gate/model-version.js'
import { mapLimit } from '../gate/concurrency.js'
import { COMPARE_AND_SWAP, LOST, withBackoff, type Backoff } from '../gate/retry.js'
import type { BranchStore, BranchTip } from './branch-store.js'

export class RegistryConflictError extends Error {
  constructor(branch: string, attempts: number) {
    super(`gave up after ${attempts} attempts: ${branch} kept moving under concurrent writes`)
    this.name = 'RegistryConflictError'
  }
}

export interface UpdateResult {
  readonly entry: RegistryEntry
  /** The new tip, or undefined when the update changed nothing and nothing was written. */
  readonly commit?: string
  readonly attempts: number
}

export class BranchRegistry implements BaselineSource, AcceptanceSource {
  readonly description: string
  readonly branch: string
  /** Reads within one run see one tip of the branch; writes always read it afresh. */
  private readTip?: Promise<BranchTip>
  /**
   * The entries read at readTip, each read and parsed once however often it is asked for (a check asks for
   * the baseline and the acceptances of every model). Dropped with readTip when a write moves the branch.
   */
  private entries = new Map<string, Promise<RegistryEntry | undefined>>()

  constructor(
    private readonly store: BranchStore,
    private readonly retry: Backoff = COMPARE_AND_SWAP,
  ) {
    this.branch = store.branch
    this.description = `the ${store.branch} registry branch`
  }

  /** Whether the branch exists (for the CLI, locally or as origin's), as this run reads it. */
  async exists(): Promise<boolean> {
    this.readTip ??= this.store.tip()
    return (await this.readTip).parent !== undefined
  }

  /** The model's entry at the tip; undefined when the model or the branch does not exist yet. */
  entry(name: string): Promise<RegistryEntry | undefined> {
    let entry = this.entries.get(name)
    if (!entry) {
      this.readTip ??= this.store.tip()
      const tip = this.readTip
      entry = tip.then(({ parent }) => (parent ? this.readAt(parent, name) : undefined))
      this.entries.set(name, entry)
    }
    return entry
  }

  /** The entries of these models are about to be read: the store fetches them together, if it can. */
  async prefetch(names: readonly string[]): Promise<void> {
    if (!this.store.prefetch) return
    this.readTip ??= this.store.tip()
    const parent = await this.readTip.then((t) => t.parent).catch(() => undefined)
    if (parent) await this.store.prefetch(parent, names.map(registryPath))
  }

  private async readAt(commit: string, name: string): Promise<RegistryEntry | undefined> {
    const path = registryPath(name)
    const text = await this.store.readFile(commit, path)
    if (text === undefined) return undefined
    return parseRegistryEntry(text, `${this.store.branch}:${path}`)
  }

  async baseline(name: string): Promise<BaselineLookup> {
    const file = `${this.store.branch}:${registryPath(name)}`
    try {
      const entry = await this.entry(name)
      const production = entry?.production
      if (!entry || !production) return { kind: 'none' }
      return {
        kind: 'found',
        baseline: {
          manifest: manifestFromSnapshot(production.manifest, file),
          metrics: metricsFromRecord(production.metrics, file),
          source: this.store.branch,
          promoted: { event: production.event, actor: production.actor, at: production.since },
          history: productionHistory(entry),
          ...(production.commit ? { commit: production.commit } : {}),
          ...(production.path ? { path: production.path } : {}),
        },
      }
    } catch (error) {
      const e = asInputError(error, { file })
      return { kind: 'error', error: e }
    }
  }

  /**
   * Apply change to the model's entry and commit it. change is called again on every retry with the
   * entry as it is then, so every decision it takes is taken against the entry of that attempt (it may ask
   * questions, e.g. of commit ancestry, but must not depend on anything read before). Returning the same
   * object writes nothing.
   */
  async update(
    name: string,
    change: (entry: RegistryEntry | undefined) => RegistryEntry | Promise<RegistryEntry>,
    message: string,
  ): Promise<UpdateResult> {
    return withBackoff(
      this.retry,
      async (attempt) => {
        const tip = await this.store.tip()
        const current = tip.parent ? await this.readAt(tip.parent, name) : undefined
        const next = await change(current)
        if (next === current && current !== undefined) return { entry: current, attempts: attempt }
        // The file keeps the newest events (compactEntry); the older ones stay in the branch's git log.
        const text = serializeEntry(compactEntry(next))
        if (Buffer.byteLength(text) > REGISTRY_LIMITS.maxBytes) {
          throw new RegistryError(
            `the registry entry of '${name}' would be ${Buffer.byteLength(text)} bytes, over the limit of ${REGISTRY_LIMITS.maxBytes}: nothing was written`,
          )
        }
        const commit = await this.store.commitFile(tip.parent, registryPath(name), text, message)
        if (!(await this.store.swap(tip.expected, commit))) return LOST
        this.readTip = undefined
        this.entries = new Map()
        return { entry: next, commit, attempts: attempt }
      },
      (attempts) => new RegistryConflictError(this.store.branch, attempts),
    )
  }

  /**
   * update for many models in one commit: one compare-and-swap of the branch for them all. Each change is
   * called again on every attempt with its entry as that attempt reads it, as update does. A model whose
   * entry cannot be read, whose change throws or whose entry would be over the size limit gets its error and
   * is left out of the commit; the others are written. Nothing is written when no entry changed.
   */
  async updateMany(
    changes: readonly EntryChange[],
    message: string,
    concurrency = 8,
  ): Promise<UpdateManyResult> {
    return withBackoff(
      this.retry,
      async (attempt) => {
        const tip = await this.store.tip()
        const read = await this.sameTipAsReads(tip)
        const outcomes = await mapLimit(changes, concurrency, async ({ name, change }) => {
          try {
            const current = !tip.parent
              ? undefined
              : read
                ? await this.entry(name)
                : await this.readAt(tip.parent, name)
            const next = await change(current)
            if (next === current && current !== undefined) return { name, entry: current, changed: false }
            const text = serializeEntry(compactEntry(next))
            if (Buffer.byteLength(text) > REGISTRY_LIMITS.maxBytes) {
              throw new RegistryError(
                `the registry entry of '${name}' would be ${Buffer.byteLength(text)} bytes, over the limit of ${REGISTRY_LIMITS.maxBytes}: nothing was written`,
              )
            }
            return { name, entry: next, changed: true, text }
          } catch (error) {
            return { name, error }
          }
        })
        const files = new Map<string, string>()
        for (const o of outcomes)
          if ('text' in o && o.text !== undefined) files.set(registryPath(o.name), o.text)
        const results = outcomes.map((o): EntryOutcome =>
          'error' in o
            ? { ok: false, name: o.name, error: o.error }
            : { ok: true, name: o.name, entry: o.entry, changed: o.changed },
        )
        if (!files.size) return { results, attempts: attempt }
        const commit = await this.store.commitFiles(tip.parent, files, message)
        if (!(await this.store.swap(tip.expected, commit))) return LOST
        this.readTip = undefined
        this.entries = new Map()
        return { results, commit, attempts: attempt }
      },
      (attempts) => new RegistryConflictError(this.store.branch, attempts),
    )
  }

  /** True when tip is the one this run's reads see, so an entry read there is the entry at tip. */
  private async sameTipAsReads(tip: BranchTip): Promise<boolean> {
    if (!this.readTip || !tip.parent) return false
    const read = await this.readTip.catch(() => undefined)
    return read?.parent === tip.parent
  }
}

/** A change of one model's entry, for updateMany. */
export interface EntryChange {
  readonly name: string
  readonly change: (entry: RegistryEntry | undefined) => RegistryEntry | Promise<RegistryEntry>
}

/** One model of updateMany: its entry as written (changed) or as it was, or why it was left out. */
export type EntryOutcome =
  | { readonly ok: true; readonly name: string; readonly entry: RegistryEntry; readonly changed: boolean }
  | { readonly ok: false; readonly name: string; readonly error: unknown }

export interface UpdateManyResult {
  readonly results: readonly EntryOutcome[]
  /** The new tip, or undefined when no entry changed and nothing was written. */
  readonly commit?: string
  readonly attempts: number
}

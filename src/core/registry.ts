/**
 * The registry's record of one model: an append-only history of events (promotions, rollbacks, accepted
 * regressions), from which production is derived by a fold, as GTO derives stages from its tags.
 * Pure: serialization, validation and the state transitions; the stores live in src/registry/.
 */
import { InputError, quote } from './diagnostics.js'
import { isPlainMap, parseJsonDocument, type Plain, type PlainMap } from './document.js'
import { FieldReader } from './fields.js'
import type { MetricValue } from './metrics.js'
import { normalizeVersion, sameVersion } from './names.js'
import type { AcceptanceLookup } from './report/types.js'
import type { ProductionPoint } from './trend.js'

export const REGISTRY_SCHEMA = 1
export const REGISTRY_DIR = 'registry'
/** Registry entries grow with their history; they get a larger limit than files from a pull request. */
export const REGISTRY_LIMITS = { maxBytes: 32 * 1024 * 1024, maxNodes: 5_000_000 } as const

export type EventType = 'promote' | 'rollback' | 'accept'

export interface RegistryEvent {
  readonly type: EventType
  readonly version: string
  /** ISO 8601 time of the event. */
  readonly at: string
  /** Who did it: the GitHub login or the git user. */
  readonly actor: string
  readonly commit?: string
  readonly path?: string
  readonly pr?: number
  readonly run?: string
  readonly reason?: string
  /** promote and rollback: the full manifest snapshot that became production. */
  readonly manifest?: PlainMap
  /** promote and rollback: the metrics that became production, metrics files merged in. */
  readonly metrics?: Readonly<Record<string, MetricValue>>
  /** accept: the pull request head SHA the acceptance holds for. */
  readonly sha?: string
  /** rollback: the version production moved away from. */
  readonly from?: string
  /**
   * accept: the production version it was accepted against (version#digest of its snapshot and metrics,
   * or 'none' for a model with no production). When production moves, the acceptance lapses.
   */
  readonly against?: string
}

export interface Production {
  readonly version: string
  readonly since: string
  readonly event: 'promote' | 'rollback'
  readonly actor: string
  readonly commit?: string
  readonly path?: string
  readonly pr?: number
  readonly run?: string
  readonly manifest: PlainMap
  readonly metrics: Readonly<Record<string, MetricValue>>
}

export interface RegistryEntry {
  readonly schema: typeof REGISTRY_SCHEMA
  readonly name: string
  /** Derived from history; written out so that people (and other tools) can read it at a glance. */
  readonly production: Production | null
  /**
   * How many older events the file no longer holds (see compactEntry): every one is still in the
   * registry branch's git log, where `model-gate history NAME --all` reads them.
   */
  readonly earlier?: number
  readonly history: readonly RegistryEvent[]
}

/**
 * An entry file keeps the newest REGISTRY_KEEP events, so that it reads as fast after 10,000 promotions as
 * after one. It also keeps what deciding needs beyond them: see compactEntry.
 */
export const REGISTRY_KEEP = 50
/** GitHub re-runs a workflow run up to 30 days after it first ran: its rollback is kept that long. */
const RERUN_DAYS = 31

export function registryPath(name: string): string {
  return `${REGISTRY_DIR}/${name}.json`
}

/** Production is the last promotion or rollback. */
export function productionOf(history: readonly RegistryEvent[]): Production | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]
    if (!e || e.type === 'accept' || !e.manifest) continue
    return {
      version: e.version,
      since: e.at,
      event: e.type,
      actor: e.actor,
      ...(e.commit ? { commit: e.commit } : {}),
      ...(e.path ? { path: e.path } : {}),
      ...(e.pr !== undefined ? { pr: e.pr } : {}),
      ...(e.run ? { run: e.run } : {}),
      manifest: e.manifest,
      metrics: e.metrics ?? {},
    }
  }
  return null
}

/** Every version that became production (promotions and rollbacks), oldest first: the trend's points. */
export function productionHistory(entry: RegistryEntry): ProductionPoint[] {
  return entry.history
    .filter((e) => e.type !== 'accept' && e.manifest)
    .map((e) => ({
      version: e.version,
      at: e.at,
      event: e.type === 'rollback' ? 'rollback' : 'promote',
      metrics: e.metrics ?? {},
    }))
}

export function entryOf(name: string, history: readonly RegistryEvent[], earlier = 0): RegistryEntry {
  const production = productionOf(history)
  return { schema: REGISTRY_SCHEMA, name, production, ...(earlier > 0 ? { earlier } : {}), history }
}

/** The same entry with an event appended (the count of earlier events carried over). */
function appended(entry: RegistryEntry | undefined, name: string, event: RegistryEvent): RegistryEntry {
  return entryOf(name, [...(entry?.history ?? []), event], entry?.earlier)
}

/**
 * The entry as it is written: the newest `keep` events, plus the older ones deciding still reads, in their
 * order. Those are production's event; the event of the version production was before it (a rollback's
 * default target, with the snapshot it restores); every acceptance recorded since production's event (an
 * acceptance holds only against it); and every rollback made by a run in the last 31 days (a re-run of
 * that run must find it). The rest stays in the branch's git log, counted in `earlier`.
 */
export function compactEntry(entry: RegistryEntry, keep = REGISTRY_KEEP): RegistryEntry {
  const { history } = entry
  if (history.length <= keep) return entry
  const productionAt = lastIndex(history, (e) => e.type !== 'accept' && e.manifest !== undefined)
  const previous = previousProductionVersion(entry)
  const previousAt =
    previous === undefined
      ? -1
      : lastIndex(history, (e) => e.type !== 'accept' && !!e.manifest && sameVersion(e.version, previous))
  const newest = Date.parse(history.at(-1)?.at ?? '')
  const recentRun = (e: RegistryEvent) =>
    e.type === 'rollback' && !!e.run && newest - Date.parse(e.at) <= RERUN_DAYS * 86_400_000
  const kept = history.filter(
    (e, i) =>
      i >= history.length - keep ||
      i === productionAt ||
      i === previousAt ||
      (e.type === 'accept' && i > productionAt) ||
      recentRun(e),
  )
  return entryOf(entry.name, kept, (entry.earlier ?? 0) + history.length - kept.length)
}

function lastIndex(history: readonly RegistryEvent[], test: (e: RegistryEvent) => boolean): number {
  for (let i = history.length - 1; i >= 0; i--) if (test(history[i] as RegistryEvent)) return i
  return -1
}

export function serializeEntry(entry: RegistryEntry): string {
  return JSON.stringify(entry, null, 2) + '\n'
}

/**
 * Parse and validate a registry entry; a damaged one is an error, never silently replaced. Entries are
 * JSON as serializeEntry writes them, read through JSON.parse; anything the fast path cannot vouch for
 * (broken JSON, a possible duplicate key, ...) goes through the position-tracking parser, so every error
 * still names its file:line (see parseJsonDocument).
 */
export function parseRegistryEntry(text: string, file: string): RegistryEntry {
  const doc = parseJsonDocument(text, file, REGISTRY_LIMITS)
  const r = new FieldReader(doc)
  const root = r.map(doc.value, [])
  if (!root) throw new InputError(doc.locate([]), 'a registry entry must be a JSON object')
  if (root.schema !== REGISTRY_SCHEMA) {
    throw new InputError(doc.locate(['schema']), `unsupported registry schema ${quote(root.schema ?? null)}`)
  }
  const name = r.string(root.name, ['name'])
  const items = r.list(root.history, ['history']) ?? []
  const history: RegistryEvent[] = []
  items.forEach((item, i) => {
    const event = readEvent(r, item, i)
    if (event) history.push(event)
  })
  if (name === undefined) r.fail(['name'], "missing required key 'name'")
  const earlier = r.number(root.earlier, ['earlier']) ?? 0
  if (!Number.isSafeInteger(earlier) || earlier < 0) r.fail(['earlier'], 'earlier must be a count of events')
  const first = r.errors[0]
  if (first) throw first
  return entryOf(name as string, history, earlier)
}

function readEvent(r: FieldReader, item: Plain, i: number): RegistryEvent | undefined {
  const path = ['history', i]
  const e = r.map(item, path)
  if (!e) return undefined
  const type = r.string(e.type, [...path, 'type'])
  if (type !== 'promote' && type !== 'rollback' && type !== 'accept') {
    return r.fail([...path, 'type'], `history[${i}].type must be promote, rollback or accept`)
  }
  const version = r.string(e.version, [...path, 'version'])
  const at = r.string(e.at, [...path, 'at'])
  const actor = r.string(e.actor, [...path, 'actor'])
  if (version === undefined || at === undefined || actor === undefined) {
    return r.fail(path, `history[${i}] needs version, at and actor`)
  }
  const manifest = r.map(e.manifest, [...path, 'manifest'])
  if (type !== 'accept' && !manifest) return r.fail(path, `history[${i}] (${type}) has no manifest snapshot`)
  const metrics = readMetrics(r, e.metrics, [...path, 'metrics'])
  const pr = r.number(e.pr, [...path, 'pr'])
  const optional: Record<string, string | undefined> = {}
  for (const key of ['commit', 'path', 'run', 'reason', 'sha', 'from', 'against'] as const) {
    optional[key] = r.string(e[key], [...path, key])
  }
  return {
    type,
    version,
    at,
    actor,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    ...(pr !== undefined ? { pr } : {}),
    ...(manifest ? { manifest } : {}),
    ...(metrics ? { metrics } : {}),
  }
}

function readMetrics(r: FieldReader, value: Plain | undefined, path: (string | number)[]) {
  const map = r.map(value, path)
  if (!map) return undefined
  const out: Record<string, MetricValue> = {}
  for (const [name, v] of Object.entries(map)) {
    if (!isPlainMap(v) || typeof v.value !== 'number') {
      r.fail([...path, name], `metric ${quote(name)} must be {value, n?, std?, ci?}`)
      continue
    }
    out[name] = v as unknown as MetricValue
  }
  return out
}

export class RegistryError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RegistryError'
  }
}

/**
 * Append a promotion. Promoting what is already production from the same commit changes nothing, and so
 * does promoting again a version from a commit that was promoted before.
 */
export function applyPromote(
  entry: RegistryEntry | undefined,
  name: string,
  event: RegistryEvent,
): RegistryEntry {
  const history = entry?.history ?? []
  const current = entry?.production
  if (current && sameVersion(current.version, event.version) && current.commit === event.commit) {
    return entry ?? entryOf(name, history)
  }
  // A re-run of a push that was promoted before (and since superseded) must not move production back.
  if (
    event.commit &&
    history.some(
      (e) => e.type === 'promote' && e.commit === event.commit && sameVersion(e.version, event.version),
    )
  ) {
    return entry ?? entryOf(name, history)
  }
  return appended(entry, name, event)
}

/**
 * The version that was production immediately before the current one: what an "undo" returns to.
 */
export function previousProductionVersion(entry: RegistryEntry): string | undefined {
  const current = entry.production?.version
  const changes = entry.history.filter((e) => e.type !== 'accept')
  for (let i = changes.length - 2; i >= 0; i--) {
    const v = changes[i]?.version
    if (v !== undefined && (current === undefined || !sameVersion(v, current))) return v
  }
  return undefined
}

export interface RollbackRequest {
  readonly to?: string
  readonly reason: string
  readonly actor: string
  readonly at: string
  readonly run?: string
}

/** The run a URL names, without its attempt: a re-run ("Re-run jobs") is the same run, a later attempt. */
export function runOf(url: string): string {
  return url.replace(/\/attempts\/\d+\/?$/, '')
}

/** The rollback this run already recorded for the model, when the run is a re-run of one that did. */
export function rollbackByRun(entry: RegistryEntry | undefined, run: string | undefined) {
  if (!entry || !run) return undefined
  return [...entry.history]
    .reverse()
    .find((e) => e.type === 'rollback' && e.run && runOf(e.run) === runOf(run))
}

/**
 * The version a rollback moves production to: the one asked for, else the production version before the
 * current one. Computed once per rollback, before its first attempt, and recorded in its event.
 */
export function rollbackTarget(entry: RegistryEntry | undefined, name: string, to?: string): string {
  if (!entry || !entry.production)
    throw new RegistryError(`model ${quote(name)} has no production version to roll back`)
  const target = to ?? previousProductionVersion(entry)
  if (target === undefined) {
    throw new RegistryError(`model ${quote(name)} has no earlier production version to roll back to`)
  }
  return target
}

/**
 * Move production back to `target`, a version from the model's own history; the history only grows. A
 * target that is already production changes nothing (the same entry is returned).
 */
export function applyRollback(
  entry: RegistryEntry | undefined,
  name: string,
  req: RollbackRequest,
): RegistryEntry {
  const target = rollbackTarget(entry, name, req.to)
  if (!entry?.production || sameVersion(target, entry.production.version)) return entry as RegistryEntry
  const source = [...entry.history]
    .reverse()
    .find((e) => e.type !== 'accept' && e.manifest && sameVersion(e.version, target))
  if (!source || !source.manifest) {
    const known = [
      ...new Set(entry.history.filter((e) => e.type !== 'accept').map((e) => normalizeVersion(e.version))),
    ]
    const kept = entry.earlier
      ? ` among the events its entry keeps (${entry.earlier} older ones are in the registry branch's git log: history --all)`
      : ''
    throw new RegistryError(
      `version ${quote(target)} of ${quote(name)} was never production${kept} (known: ${known.join(', ') || 'none'})`,
    )
  }
  const event: RegistryEvent = {
    type: 'rollback',
    version: source.version,
    at: req.at,
    actor: req.actor,
    reason: req.reason,
    from: entry.production.version,
    ...(source.commit ? { commit: source.commit } : {}),
    ...(source.path ? { path: source.path } : {}),
    ...(req.run ? { run: req.run } : {}),
    manifest: source.manifest,
    ...(source.metrics ? { metrics: source.metrics } : {}),
  }
  return appended(entry, name, event)
}

export function applyAccept(
  entry: RegistryEntry | undefined,
  name: string,
  event: RegistryEvent,
): RegistryEntry {
  return appended(entry, name, event)
}

/** What an acceptance is recorded against when the model has no production version. */
export const NO_PRODUCTION = 'none'

/**
 * The latest acceptance recorded for a pull request's head SHA and version, if any. It holds only while
 * production is still the version (and content) it was accepted against; otherwise it lapsed, and says why.
 */
export function acceptanceFor(
  entry: RegistryEntry | undefined,
  sha: string | undefined,
  version: string,
  production: string,
): AcceptanceLookup | undefined {
  if (!entry || !sha) return undefined
  const e = [...entry.history]
    .reverse()
    .find((x) => x.type === 'accept' && x.sha === sha && sameVersion(x.version, version))
  if (!e) return undefined
  const acceptance = { actor: e.actor, reason: e.reason ?? '', at: e.at }
  if (e.against === production) return { kind: 'held', acceptance }
  const then = e.against === undefined ? 'an unrecorded production' : describeAgainst(e.against)
  return {
    kind: 'lapsed',
    acceptance,
    why: `accepted by ${e.actor} against ${then}; production is now ${describeAgainst(production)}, so the regression must be reviewed again`,
  }
}

function describeAgainst(against: string): string {
  if (against === NO_PRODUCTION) return 'no production version'
  const [version, digest] = against.split('#')
  return `${version ?? against}${digest ? ` (content ${digest.slice(0, 8)})` : ''}`
}

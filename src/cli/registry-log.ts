/**
 * A model's whole history, from the registry branch's git log: the entry file keeps only its newest events
 * (compactEntry), and every write is a commit on the branch, so every event is in some earlier version of
 * the file. Each version holds its newest REGISTRY_KEEP events in a row; reading one version in every
 * REGISTRY_KEEP - 1 commits, and joining them where they overlap, recovers them all, oldest first.
 */
import {
  parseRegistryEntry,
  REGISTRY_KEEP,
  registryPath,
  type RegistryEntry,
  type RegistryEvent,
} from '../core/registry.js'
import { registryStore } from './production.js'
import type { Context } from './context.js'

export interface FullHistory {
  readonly history: readonly RegistryEvent[]
  /** Events the log no longer holds either (a shallow clone, or a branch rewritten): counted, not shown. */
  readonly missing: number
}

export async function fullHistory(ctx: Context, entry: RegistryEntry): Promise<FullHistory> {
  if (!entry.earlier) return { history: entry.history, missing: 0 }
  const store = registryStore(ctx)
  const { parent } = await store.tip()
  const path = registryPath(entry.name)
  const log = parent ? await ctx.git.text(['log', '--format=%H', parent, '--', `:(literal)${path}`]) : ''
  const commits = log.split('\n').filter(Boolean)
  const read = async (commit: string) => {
    const text = await store.readFile(commit, path)
    return text === undefined ? undefined : parseRegistryEntry(text, `${commit.slice(0, 12)}:${path}`)
  }
  let known = entry.history.slice(-REGISTRY_KEEP)
  let at = 0
  let step = REGISTRY_KEEP - 1
  while (step > 0 && at + 1 < commits.length) {
    const next = Math.min(at + step, commits.length - 1)
    const version = await read(commits[next] as string)
    const older = version ? olderThan(version, known[0]) : undefined
    if (older === undefined) {
      step = next === at + 1 ? 0 : Math.floor(step / 2)
      continue
    }
    known = [...older.events, ...known]
    if (older.complete) return { history: known, missing: 0 }
    at = next
    step = REGISTRY_KEEP - 1
  }
  return { history: known, missing: Math.max(0, entry.history.length + (entry.earlier ?? 0) - known.length) }
}

/**
 * The events of an older version of the file that come just before `first`, in a row; complete when that
 * version was never compacted (it holds everything before). Undefined when `first` is not in it.
 */
function olderThan(
  version: RegistryEntry,
  first: RegistryEvent | undefined,
): { events: RegistryEvent[]; complete: boolean } | undefined {
  const key = first ? JSON.stringify(first) : undefined
  const events = version.history
  const index = key === undefined ? events.length : events.findIndex((e) => JSON.stringify(e) === key)
  if (index < 0) return undefined
  if (!version.earlier) return { events: events.slice(0, index), complete: true }
  const windowStart = Math.max(0, events.length - REGISTRY_KEEP)
  if (index < windowStart) return undefined
  return { events: events.slice(windowStart, index), complete: false }
}

/** The order of the gate's levels, in a module of its own: the CLI's flag parsing needs it, not the comparison. */
import type { Level } from './report/types.js'

export const LEVEL_RANK: Record<Level, number> = { pass: 0, warn: 1, fail: 2 }

export function worst(levels: Iterable<Level>): Level {
  let out: Level = 'pass'
  for (const l of levels) if (LEVEL_RANK[l] > LEVEL_RANK[out]) out = l
  return out
}

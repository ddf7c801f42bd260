/** The order of levels: a model's or a run's verdict is the worst of its parts. */
import type { Level } from './report/types.js'

export const LEVEL_RANK: Record<Level, number> = { pass: 0, warn: 1, fail: 2 }

export function worst(levels: Iterable<Level>): Level {
  let out: Level = 'pass'
  for (const l of levels) if (LEVEL_RANK[l] > LEVEL_RANK[out]) out = l
  return out
}

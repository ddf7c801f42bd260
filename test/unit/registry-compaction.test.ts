import { describe, expect, it } from 'vitest'
import {
  acceptanceFor,
  applyAccept,
  applyPromote,
  applyRollback,
  compactEntry,
  entryOf,
  parseRegistryEntry,
  previousProductionVersion,
  REGISTRY_KEEP,
  rollbackByRun,
  serializeEntry,
  type RegistryEntry,
  type RegistryEvent,
} from '../../src/core/registry.js'

const minute = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
const promote = (version: string, i: number): RegistryEvent => ({
  type: 'promote',
  version,
  at: minute(i),
  actor: 'ci',
  commit: `c${i}`,
  manifest: { name: 'churn', version },
  metrics: { accuracy: { value: 0.9 } },
})
const accept = (sha: string, i: number): RegistryEvent => ({
  type: 'accept',
  version: '9.9.9',
  at: minute(i),
  actor: 'carol',
  sha,
  reason: 'ok',
  against: 'none',
})

/** Events promoted one after another, each write compacted as the registry writes it. */
function promoted(count: number, start?: RegistryEntry): RegistryEntry {
  let entry = start
  for (let i = 0; i < count; i++) {
    entry = compactEntry(applyPromote(entry, 'churn', promote(`1.${i}.0`, i)))
  }
  return entry as RegistryEntry
}

describe('a registry entry keeps its newest events', () => {
  it(`keeps the newest ${REGISTRY_KEEP} and counts the others as earlier`, () => {
    const entry = promoted(200)
    expect(REGISTRY_KEEP).toBe(50)
    expect(entry.history).toHaveLength(50)
    expect(entry.earlier).toBe(150)
    expect(entry.history[0]?.version).toBe('1.150.0')
    expect(entry.production?.version).toBe('1.199.0')
    expect(previousProductionVersion(entry)).toBe('1.198.0')
  })

  it('an entry that is short enough is written as it is', () => {
    const entry = promoted(50)
    expect(compactEntry(entry)).toBe(entry)
    expect(entry.earlier).toBeUndefined()
    expect(serializeEntry(entry)).not.toContain('earlier')
  })

  it('round-trips the earlier count through the file, and refuses a damaged one with file:line', () => {
    const entry = promoted(60)
    const text = serializeEntry(entry)
    expect(text.split('\n').slice(0, 4)).toEqual([
      '{',
      '  "schema": 1,',
      '  "name": "churn",',
      '  "production": {',
    ])
    expect(parseRegistryEntry(text, 'f.json')).toEqual(entry)
    const bad = text.replace('"earlier": 10', '"earlier": -3')
    expect(() => parseRegistryEntry(bad, 'model-registry:registry/churn.json')).toThrow(
      /^model-registry:registry\/churn\.json:\d+:\d+: earlier must be a count of events$/,
    )
  })

  it("keeps production's event, and the version before it, past any number of acceptances", () => {
    let entry = promoted(3)
    for (let i = 0; i < 120; i++) entry = compactEntry(applyAccept(entry, 'churn', accept(`s${i}`, 10 + i)))
    // Every acceptance since production's promotion is kept: an acceptance holds only against it.
    expect(entry.history.map((e) => e.type)).toEqual(['promote', 'promote', ...Array(120).fill('accept')])
    expect(entry.earlier).toBe(1)
    expect(entry.production?.version).toBe('1.2.0')
    expect(acceptanceFor(entry, 's0', '9.9.9', 'none')?.kind).toBe('held')
    const back = applyRollback(entry, 'churn', { reason: 'r', actor: 'a', at: minute(500) })
    expect([back.production?.version, back.production?.manifest]).toEqual([
      '1.1.0',
      { name: 'churn', version: '1.1.0' },
    ])
  })

  it('keeps acceptances older than production only within the newest events', () => {
    let entry = compactEntry(applyAccept(promoted(1), 'churn', accept('old', 5)))
    entry = promoted(60, entry)
    expect(entry.history.some((e) => e.type === 'accept')).toBe(false)
    expect(acceptanceFor(entry, 'old', '9.9.9', 'none')).toBeUndefined()
  })

  it('keeps a rollback made by a run for 31 days, so a re-run of that run finds it', () => {
    const run = 'https://github.com/acme/models/actions/runs/77'
    let entry = promoted(3)
    entry = applyRollback(entry, 'churn', { reason: 'r', actor: 'a', at: minute(5), run })
    // 200 promotions in the next minutes: the rollback is far from the newest events, and still kept.
    for (let i = 0; i < 200; i++)
      entry = compactEntry(applyPromote(entry, 'churn', promote(`2.${i}.0`, 6 + i)))
    expect(rollbackByRun(entry, `${run}/attempts/2`)?.at).toBe(minute(5))
    // 31 days and a minute after it, the next write lets it go.
    const later = 31 * 24 * 60 + 6
    entry = compactEntry(applyPromote(entry, 'churn', promote('3.0.0', later)))
    expect(rollbackByRun(entry, run)).toBeUndefined()
    expect(entry.history).toHaveLength(50)
  })

  it('an explicit rollback to a version no longer kept says where the older events are', () => {
    const entry = promoted(120)
    expect(() => applyRollback(entry, 'churn', { to: '1.3.0', reason: 'r', actor: 'a', at: 't' })).toThrow(
      /^version '1\.3\.0' of 'churn' was never production among the events its entry keeps \(70 older ones are in the registry branch's git log: history --all\) \(known: 1\.70\.0, /,
    )
  })

  it('an entry written before compaction reads as it is and is compacted by its next write', () => {
    const history = Array.from({ length: 10_000 }, (_, i) => promote(`1.${i}.0`, i))
    const legacy = serializeEntry(entryOf('churn', history))
    const read = parseRegistryEntry(legacy, 'f.json')
    expect([read.history.length, read.earlier, read.production?.version]).toEqual([
      10_000,
      undefined,
      '1.9999.0',
    ])
    const next = compactEntry(applyPromote(read, 'churn', promote('2.0.0', 20_000)))
    expect([next.history.length, next.earlier, next.history[0]?.version]).toEqual([50, 9951, '1.9951.0'])
  })
})

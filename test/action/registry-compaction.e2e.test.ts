/**
 * The registry stays small through the action: a write through the Git Data API keeps the newest 50 events,
 * and what deciding reads survives it. A re-run of a rollback dispatch still finds its own rollback after
 * more than 50 newer events, and writes nothing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  applyPromote,
  compactEntry,
  entryOf,
  parseRegistryEntry,
  serializeEntry,
} from '../../src/core/registry.js'
import type { RegistryEntry, RegistryEvent } from '../../src/core/registry.js'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { dispatchPayload, runAction } from '../helpers/action.js'
import { makeRepo, type TestRepo } from '../helpers/git-repo.js'
import { commitEntryVersions } from '../helpers/registry-versions.js'

let repo: TestRepo
let emulator: Emulator

const promote = (version: string, at: string): RegistryEvent => ({
  type: 'promote',
  version,
  at,
  actor: 'ci',
  commit: 'a'.repeat(40),
  manifest: { name: 'churn', version, metrics: { accuracy: 0.9 } },
  metrics: { accuracy: { value: 0.9 } },
})
const file = () => repo.git('show', 'model-registry:registry/churn.json')
const tip = () => repo.git('rev-parse', 'refs/heads/model-registry')

beforeAll(async () => {
  repo = makeRepo()
  repo.commit('v1', { 'models/churn/model.yaml': 'name: churn\nversion: 1.0.0\nmetrics: {accuracy: 0.9}\n' })
  // An entry written before compaction: 200 promotions in one history.
  const start = Date.UTC(2026, 0, 1)
  const history = Array.from({ length: 200 }, (_, i) =>
    promote(`0.${i}.0`, new Date(start + i * 60_000).toISOString()),
  )
  commitEntryVersions(repo, [serializeEntry(entryOf('churn', history))])
  emulator = await startEmulator({ repoDir: repo.dir, owner: 'acme', repo: 'models' })
})
afterAll(async () => {
  await emulator.close()
  repo.remove()
})
afterEach(() => expect(emulator.violations).toEqual([]))

const dispatch = (attempt: number) =>
  runAction({
    apiUrl: emulator.url,
    event: 'workflow_dispatch',
    payload: dispatchPayload({ model: 'churn', reason: 'bad latency' }),
    actor: 'oncall',
    runId: '4001',
    runAttempt: String(attempt),
  })

describe('the action writes registry entries compacted', () => {
  it('a rollback compacts an entry written before, and its re-run still finds it after 60 newer events', async () => {
    const first = await dispatch(1)
    expect([first.code, first.stderr, first.outputs.version]).toEqual([0, '', '0.198.0'])
    const written = JSON.parse(file())
    expect([written.earlier, written.history.length, written.production.version]).toEqual([
      151,
      50,
      '0.198.0',
    ])

    // 60 promotions after it, each written compacted, as the registry writes them.
    let entry: RegistryEntry = parseRegistryEntry(file(), 'registry/churn.json')
    const texts: string[] = []
    for (let i = 0; i < 60; i++) {
      entry = compactEntry(
        applyPromote(entry, 'churn', promote(`2.${i}.0`, new Date(Date.now() + i).toISOString())),
      )
      texts.push(serializeEntry(entry))
    }
    const before = commitEntryVersions(repo, texts, { from: tip() })
    expect(JSON.parse(file()).history.map((e: RegistryEvent) => e.type)).toEqual([
      'rollback',
      ...Array(50).fill('promote'),
    ])

    const again = await dispatch(2)
    expect([again.code, again.stderr, again.outputs.version]).toEqual([0, '', '0.198.0'])
    expect(again.summary).toContain('this attempt wrote nothing and reports that rollback.')
    expect(tip()).toBe(before)
    expect(JSON.parse(file()).production.version).toBe('2.59.0')
  })
})

import { describe, expect, it } from 'vitest'
import {
  acceptanceFor,
  applyAccept,
  applyPromote,
  applyRollback,
  entryOf,
  parseRegistryEntry,
  previousProductionVersion,
  serializeEntry,
  type RegistryEvent,
} from '../../src/core/registry.js'

const promote = (version: string, commit: string, at: string): RegistryEvent => ({
  type: 'promote',
  version,
  at,
  actor: 'ci',
  commit,
  manifest: { name: 'churn', version },
  metrics: { accuracy: { value: 0.9 } },
})

describe('registry entries', () => {
  const e1 = applyPromote(undefined, 'churn', promote('1.0.0', 'c1', 't1'))
  const e2 = applyPromote(e1, 'churn', promote('2.0.0', 'c2', 't2'))
  const e3 = applyPromote(e2, 'churn', promote('3.0.0', 'c3', 't3'))

  it('derive production from the history', () => {
    expect(e3.production).toMatchObject({ version: '3.0.0', since: 't3', event: 'promote', commit: 'c3' })
    expect(e3.history.map((e) => e.version)).toEqual(['1.0.0', '2.0.0', '3.0.0'])
  })

  it('promoting what is already production from the same commit writes nothing', () => {
    expect(applyPromote(e3, 'churn', promote('v3.0.0', 'c3', 't4'))).toBe(e3)
  })

  it('roll back by default to the version before the current one, appending to the history', () => {
    expect(previousProductionVersion(e3)).toBe('2.0.0')
    const r = applyRollback(e3, 'churn', { reason: 'latency spike', actor: 'alice', at: 't5' })
    expect(r.production).toMatchObject({ version: '2.0.0', event: 'rollback', commit: 'c2', actor: 'alice' })
    expect(r.history.at(-1)).toMatchObject({
      type: 'rollback',
      version: '2.0.0',
      from: '3.0.0',
      reason: 'latency spike',
    })
    expect(r.history).toHaveLength(4)
    // after the rollback, "previous" is the version just left
    expect(previousProductionVersion(r)).toBe('3.0.0')
  })

  it('roll back to an explicit version, with or without the v', () => {
    expect(
      applyRollback(e3, 'churn', { to: 'v1.0.0', reason: 'r', actor: 'a', at: 't' }).production?.version,
    ).toBe('1.0.0')
  })

  it('a rollback to the current version returns the same entry: nothing to write', () => {
    expect(applyRollback(e3, 'churn', { to: '3.0.0', reason: 'r', actor: 'a', at: 't' })).toBe(e3)
  })

  it('refuse unknown versions and models without history', () => {
    expect(() => applyRollback(e3, 'churn', { to: '9.9.9', reason: 'r', actor: 'a', at: 't' })).toThrow(
      "version '9.9.9' of 'churn' was never production (known: 1.0.0, 2.0.0, 3.0.0)",
    )
    expect(() => applyRollback(undefined, 'churn', { reason: 'r', actor: 'a', at: 't' })).toThrow(
      "model 'churn' has no production version to roll back",
    )
    expect(() => applyRollback(e1, 'churn', { reason: 'r', actor: 'a', at: 't' })).toThrow(
      "model 'churn' has no earlier production version to roll back to",
    )
  })

  it('record acceptances per head SHA without changing production', () => {
    const a = applyAccept(e3, 'churn', {
      type: 'accept',
      version: '3.1.0',
      at: 't6',
      actor: 'bob',
      sha: 'abc',
      pr: 7,
      reason: 'ok',
      against: '3.0.0#00ff',
    })
    expect(a.production?.version).toBe('3.0.0')
    const acceptance = { actor: 'bob', reason: 'ok', at: 't6' }
    expect(acceptanceFor(a, 'abc', '3.1.0', '3.0.0#00ff')).toEqual({ kind: 'held', acceptance })
    expect(acceptanceFor(a, 'def', '3.1.0', '3.0.0#00ff')).toBeUndefined()
    expect(acceptanceFor(a, 'abc', '3.2.0', '3.0.0#00ff')).toBeUndefined()
    // Production moved since: the acceptance lapses and says against what it was given.
    expect(acceptanceFor(a, 'abc', '3.1.0', '3.0.5#abcd')).toEqual({
      kind: 'lapsed',
      acceptance,
      why: 'accepted by bob against 3.0.0 (content 00ff); production is now 3.0.5 (content abcd), so the regression must be reviewed again',
    })
  })

  it('round-trip through JSON', () => {
    expect(parseRegistryEntry(serializeEntry(e3), 'model-registry:registry/churn.json')).toEqual(e3)
    expect(entryOf('x', []).production).toBeNull()
  })

  it.each([
    [
      'broken JSON',
      '{"schema": 1,',
      'model-registry:registry/churn.json:1:14: invalid JSON: Expected double-quoted property name',
    ],
    [
      'a newer schema',
      '{"schema": 2, "name": "churn", "history": []}',
      "model-registry:registry/churn.json:1:2: unsupported registry schema '2'",
    ],
    [
      'an event without a snapshot',
      '{"schema": 1, "name": "churn", "history": [{"type": "promote", "version": "1.0.0", "at": "t", "actor": "a"}]}',
      'model-registry:registry/churn.json:1:44: history[0] (promote) has no manifest snapshot',
    ],
  ])('reject %s with file:line:col', (_what, text, message) => {
    expect(() => parseRegistryEntry(text, 'model-registry:registry/churn.json')).toThrow(message)
  })
})

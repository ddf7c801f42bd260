import { describe, expect, it } from 'vitest'
import { gtoState, previousStageVersion, productionVersion } from '../../src/core/gto/state.js'
import type { GtoTag } from '../../src/core/gto/tags.js'

const tag = (name: string, commit: string, createdAt: string, message = ''): GtoTag => ({
  name,
  commit,
  createdAt,
  message,
  annotated: true,
})

describe('the GTO state is one fold per list of tags', () => {
  it('asking again with the same list reuses the fold; a changed list is folded again', () => {
    const tags = [
      tag('churn@v1.0.0', 'a'.repeat(40), '2026-01-01T00:00:00Z'),
      tag('churn#prod#1', 'a'.repeat(40), '2026-01-01T00:00:01Z'),
      tag('churn@v1.1.0', 'b'.repeat(40), '2026-01-02T00:00:00Z'),
      tag('churn#prod#2', 'b'.repeat(40), '2026-01-02T00:00:01Z'),
    ]
    const state = gtoState(tags)
    expect(gtoState(tags)).toBe(state)
    expect(productionVersion(tags, 'churn')?.version).toBe('v1.1.0')
    expect(previousStageVersion(tags, 'churn', 'prod')?.version).toBe('v1.0.0')
    expect(gtoState(tags)).toBe(state)
    tags.push(tag('churn#prod#3', 'a'.repeat(40), '2026-01-03T00:00:00Z'))
    expect(gtoState(tags)).not.toBe(state)
    expect(productionVersion(tags, 'churn')?.version).toBe('v1.0.0')
  })
})

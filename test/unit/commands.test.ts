import { describe, expect, it } from 'vitest'
import { parseCommand } from '../../src/action/bot/parse.js'

describe('commands in a comment', () => {
  const hidden = [
    '```',
    '/model-gate accept churn in a fence',
    '```',
    '~~~~',
    '/model-gate accept churn in a tilde fence',
    '~~~ (shorter: does not close it)',
    '~~~~',
    '> /model-gate accept churn in a quote',
    '    /model-gate accept churn in indented code',
    '\t/model-gate accept churn in indented code',
    '<!-- /model-gate accept churn in a comment -->',
    '<!--',
    '/model-gate accept churn in a comment over lines',
    '-->',
  ]

  it('are never read from fenced or indented code, block quotes or HTML comments', () => {
    expect(parseCommand(hidden.join('\n'))).toBeUndefined()
  })

  it('are read from prose lines, after any of those', () => {
    expect(parseCommand([...hidden, '   /model-gate accept churn the real one'].join('\n'))).toEqual({
      kind: 'accept',
      model: 'churn',
      reason: 'the real one',
    })
    expect(parseCommand('<!-- a note --> /model-gate recheck')).toEqual({ kind: 'recheck' })
  })
})

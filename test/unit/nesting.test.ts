import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/core/document.js'

/** The error a document gets, or undefined. (How fast it is refused is measured by the bench, not here.) */
function attempt(text: string, file: string): { error?: string } {
  try {
    parseDocument(text, file)
    return {}
  } catch (error) {
    return { error: (error as Error).message }
  }
}

const block = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${' '.repeat(i)}a:\n`).join('') + `${' '.repeat(levels)}a: 1\n`

describe('nesting depth is checked while parsing, with file:line, before anything can overflow', () => {
  it('deep YAML flow brackets are refused at the first bracket too deep, fast', () => {
    const text = `name: x\nhyperparameters: ${'['.repeat(400_000)}${']'.repeat(400_000)}\n`
    const { error } = attempt(text, 'model.yaml')
    expect(error).toBe('model.yaml:2:82: nesting deeper than 64 levels')
  })

  it('deep JSON is refused the same way', () => {
    const text = `{"a":\n${'{"b":'.repeat(150_000)}1${'}'.repeat(150_000)}}\n`
    const { error } = attempt(text, 'metrics.json')
    expect(error).toBe('metrics.json:2:316: nesting deeper than 64 levels')
  })

  it('deep YAML block nesting (no brackets) is refused on the line that is too deep', () => {
    // the value of the key on line 65 is the 65th level: the mapping that starts on line 66
    expect(attempt(block(1400), 'model.yaml').error).toBe('model.yaml:66:66: nesting deeper than 64 levels')
  })

  it('64 levels are allowed, 65 are not, in block and flow style alike', () => {
    expect(attempt(block(63), 'a.yaml').error).toBeUndefined()
    expect(attempt(block(64), 'a.yaml').error).toBe('a.yaml:65:68: nesting deeper than 64 levels')
    expect(attempt(`${'['.repeat(64)}${']'.repeat(64)}\n`, 'a.yaml').error).toBeUndefined()
    expect(attempt(`${'['.repeat(65)}${']'.repeat(65)}\n`, 'a.yaml').error).toBe(
      'a.yaml:1:65: nesting deeper than 64 levels',
    )
  })

  it('brackets inside quoted strings, comments and block scalars do not count', () => {
    const text = `a: '${'['.repeat(100)}'\nb: "${'{'.repeat(100)}" # ${'['.repeat(100)}\nc: |\n  ${'['.repeat(100)}\n`
    expect(attempt(text, 'a.yaml').error).toBeUndefined()
  })

  it('deep TOML, by brackets or by dotted table headers, is refused with its line', () => {
    expect(attempt(`x = 1\na = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, 'm.toml').error).toMatch(
      /^m\.toml:2:\d+: nesting deeper than 64 levels$/,
    )
    expect(attempt(`x = 1\n[${Array(70).fill('t').join('.')}]\nb = 1\n`, 'm.toml').error).toBe(
      'm.toml:2: nesting deeper than 64 levels',
    )
  })

  it('a second document is still an error', () => {
    expect(attempt('a: 1\n---\nb: 2\n', 'a.yaml').error).toBe(
      'a.yaml:2:1: invalid YAML: Source contains multiple documents; please use YAML.parseAllDocuments()',
    )
  })
})

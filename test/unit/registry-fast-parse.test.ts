import { describe, expect, it } from 'vitest'
import { parseDocument, parseJsonDocument } from '../../src/core/document.js'
import {
  entryOf,
  parseRegistryEntry,
  REGISTRY_LIMITS,
  serializeEntry,
  type RegistryEvent,
} from '../../src/core/registry.js'

const FILE = 'model-registry:registry/churn.json'

const promote: RegistryEvent = {
  type: 'promote',
  version: '1.0.0',
  at: '2026-01-01T00:00:00.000Z',
  actor: 'ci',
  commit: 'a'.repeat(40),
  path: 'models/churn/model.yaml',
  manifest: { name: 'churn', version: '1.0.0', data: [{ name: 'eval', uri: 's3://x "quoted" \\ path' }] },
  metrics: { accuracy: { value: 0.91, n: 1000 }, 'slices.eu.auc': { value: 0.8 } },
}
const entry = entryOf('churn', [promote])

/** The message the position-tracking parser gives for text (what registry entries got before the fast path). */
function fullParserError(text: string): string {
  try {
    parseDocument(text, FILE, { format: 'json', ...REGISTRY_LIMITS })
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the full parser accepted it')
}

describe('registry entries through JSON.parse', () => {
  it('reads an entry serializeEntry wrote, with the value the full parser gives', () => {
    const text = serializeEntry(entry)
    expect(parseRegistryEntry(text, FILE)).toEqual(entry)
    expect(parseJsonDocument(text, FILE, REGISTRY_LIMITS).value).toEqual(
      parseDocument(text, FILE, { format: 'json', ...REGISTRY_LIMITS }).value,
    )
  })

  it('still rejects a duplicate key, with the line-numbered error of the full parser', () => {
    const text = serializeEntry(entry).replace('"name": "churn",', '"name": "churn",\n  "name": "other",')
    expect(JSON.parse(text)).toMatchObject({ name: 'other' }) // JSON.parse alone would take the last one
    const message = `${FILE}:4:3: duplicate key 'name'`
    expect(fullParserError(text)).toBe(message)
    expect(() => parseRegistryEntry(text, FILE)).toThrow(message)
  })

  it('finds a duplicate key nested deep, and not a key-like string inside a value', () => {
    const nested = serializeEntry(entry).replace('"n": 1000', '"n": 1000, "value": 0.5')
    expect(() => parseRegistryEntry(nested, FILE)).toThrow(`${FILE}:`)
    expect(() => parseRegistryEntry(nested, FILE)).toThrow("duplicate key 'value'")
    const tricky = serializeEntry(
      entryOf('churn', [{ ...promote, reason: 'says "a": 1, and \\" then "b": 2' }]),
    )
    expect(parseRegistryEntry(tricky, FILE).history[0]?.reason).toBe('says "a": 1, and \\" then "b": 2')
  })

  it('reports broken JSON with file:line:col', () => {
    const text = serializeEntry(entry).replace('"schema": 1,', '"schema": 1,,')
    const message = `${FILE}:2:15: invalid JSON: Expected double-quoted property name`
    expect(() => parseRegistryEntry(text, FILE)).toThrow(message)
    expect(fullParserError(text)).toContain(message)
  })

  it('locates a validation error of an entry JSON.parse accepted', () => {
    const text = serializeEntry(entry).replace('"schema": 1', '"schema": 2')
    expect(() => parseRegistryEntry(text, FILE)).toThrow(`${FILE}:2:3: unsupported registry schema '2'`)
    const badType = serializeEntry(entry).replace('"type": "promote"', '"type": "promoted"')
    expect(() => parseRegistryEntry(badType, FILE)).toThrow(
      `${FILE}:33:7: history[0].type must be promote, rollback or accept`,
    )
  })

  it.each([
    ['a key that reaches a prototype', '{"schema": 1, "__proto__": {}}'],
    ['a number that is not finite', '{"schema": 1e999}'],
    ['nesting past the limit', `${'['.repeat(70)}${']'.repeat(70)}`],
  ])('leaves %s to the full parser, which decides as before', (_what, text) => {
    expect(() => parseRegistryEntry(text, FILE)).toThrow(fullParserError(text))
  })

  it('leaves text with tabs to the full parser (YAML and JSON treat tabs differently)', () => {
    const text = serializeEntry(entry).replace(/^ {2}/gm, '\t')
    expect(parseRegistryEntry(text, FILE)).toEqual(entry)
  })
})

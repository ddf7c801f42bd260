/**
 * Nesting depth, checked while parsing and before anything recurses. The YAML parser slows down
 * quadratically on deep flow collections (`[[[[...`) and its composer recurses once per level, so a deep
 * document used to end in a stack overflow after seconds. Here flow brackets are counted token by token as
 * the lexer produces them (stopping at the first one too deep), then the parsed token tree is measured
 * without recursion, and only a document within the limit is composed.
 */
import type { CST, Document, LineCounter } from 'yaml'
import { yamlLib } from './lazy-libs.js'

export interface YamlParse {
  readonly doc: Document.Parsed
  readonly lineCounter: LineCounter
}

/** The offset where nesting passes maxDepth, thrown as this error. */
export class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('too deep')
  }
}

export function parseYamlWithinDepth(text: string, maxDepth: number): YamlParse {
  const { LineCounter, Parser, Lexer } = yamlLib()
  const lineCounter = new LineCounter()
  const parser = new Parser(lineCounter.addNewLine)
  const tokens: CST.Token[] = []
  lineCounter.addNewLine(0)
  let flow = 0
  for (const lexeme of new Lexer().lex(text)) {
    if (lexeme === '[' || lexeme === '{') {
      if (++flow > maxDepth) throw new TooDeep(parser.offset)
    } else if (lexeme === ']' || lexeme === '}') flow = Math.max(0, flow - 1)
    for (const token of parser.next(lexeme)) tokens.push(token)
  }
  for (const token of parser.end()) tokens.push(token)
  const deep = deepestOffset(tokens, maxDepth)
  if (deep !== undefined) throw new TooDeep(deep)
  return { doc: compose(tokens, text.length), lineCounter }
}

/** The first token nested deeper than maxDepth (the document's value is at depth 0), walked with a stack. */
function deepestOffset(tokens: readonly CST.Token[], maxDepth: number): number | undefined {
  const stack: [CST.Token | null | undefined, number][] = []
  for (const t of tokens) if (t.type === 'document') stack.push([t.value, 0])
  while (stack.length) {
    const [token, depth] = stack.pop() ?? [undefined, 0]
    if (!token) continue
    if (depth > maxDepth) return token.offset
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if ('key' in item) stack.push([item.key, depth + 1])
        stack.push([item.value, depth + 1])
      }
    }
  }
  return undefined
}

/** As yaml's parseDocument: the first document, and an error when there are more. */
function compose(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const { Composer, YAMLParseError } = yamlLib()
  const composer = new Composer({ uniqueKeys: false, strict: true })
  let first: Document.Parsed | undefined
  for (const doc of composer.compose(tokens, true, length)) {
    if (!first) first = doc
    else {
      const at: [number, number] = [doc.range[0], doc.range[1]]
      first.errors.push(
        new YAMLParseError(
          at,
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      )
      break
    }
  }
  return first as Document.Parsed
}

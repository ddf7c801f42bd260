/**
 * Markdown as GitHub renders it, for tests: micromark with its GFM extensions (tables, autolinks, strikethrough,
 * task lists, tag filter: the CommonMark + GFM spec that cmark-gfm implements), raw HTML passed through as
 * GitHub passes its allowed tags. Plus the checks a reader would make on the result.
 */
import { micromark, parse, postprocess, preprocess } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] })
}

/** What a reader sees: the HTML without its tags and code blocks, entities decoded. */
export function visibleText(html: string): string {
  return decode(html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<[^>]*>/g, ''))
}

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** The tags of the rendered HTML, by name. */
export function tagNames(html: string): Set<string> {
  return new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => (m[1] ?? '').toLowerCase()))
}

/**
 * Cells per row of every table, as written in the source (a row with a cell too many or too few renders
 * padded or cut, silently): [header cells, ...body row cells] per table.
 */
export function tableShapes(markdown: string): number[][] {
  const events = postprocess(
    parse({ extensions: [gfm()] })
      .document()
      .write(preprocess()(markdown, undefined, true)),
  )
  const tables: number[][] = []
  let row = -1
  for (const [kind, { type }] of events as unknown as [string, { type: string }][]) {
    if (kind !== 'enter') continue
    if (type === 'table') tables.push([])
    const current = tables.at(-1)
    if (!current) continue
    if (type === 'tableRow') row = current.push(0) - 1
    if (type === 'tableHeader' || type === 'tableData') current[row] = (current[row] ?? 0) + 1
  }
  return tables
}

/** `<details>` opened and closed in order, never closed before it opens. */
export function detailsBalanced(html: string): boolean {
  let depth = 0
  for (const m of html.matchAll(/<(\/?)details\b/g)) {
    depth += m[1] ? -1 : 1
    if (depth < 0) return false
  }
  return depth === 0
}

/** The body of every ```mermaid block. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1] ?? '')
}

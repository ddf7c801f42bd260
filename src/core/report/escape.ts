/**
 * Untrusted text (names, paths, values, reasons, error messages from a pull request) made inert and
 * visible: one line, bounded, invisible and direction-changing characters shown as `\uXXXX`, and truncation
 * only between whole graphemes. For GitHub markdown, also HTML and markdown escaped, no @mentions, no issue
 * references (`#12`, `GH-12`), no autolinks, and a `|` that cannot break a table.
 */
const ZWSP = '&#8203;'

/**
 * C0 and C1 controls, DEL, zero-width characters, bidi marks, embeddings, overrides and isolates (U+202E
 * "Trojan Source"), Arabic letter mark, Mongolian vowel separator, invisible operators and the BOM.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g
const BREAKS = /[\t\n\r\u2028\u2029]+/g
const EMOJI = /\p{Extended_Pictographic}/u
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const SEGMENTER = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

function visible(grapheme: string): string {
  // A zero-width joiner inside an emoji sequence (👩‍💻) is part of the picture; anywhere else it is hidden text.
  const keepJoiner = EMOJI.test(grapheme)
  return grapheme.replace(INVISIBLE, (c) =>
    keepJoiner && c === '\u200d' ? c : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
}

/** One line, invisible characters shown, at most max UTF-16 units, cut only between graphemes. */
export function visibleText(text: string, max = 200): string {
  // Printable ASCII is one grapheme a character, none of them invisible: shown as it is.
  if (PRINTABLE_ASCII.test(text)) return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`
  const parts: string[] = []
  let length = 0
  for (const { segment } of SEGMENTER.segment(text.replace(BREAKS, ' '))) {
    const shown = visible(segment)
    parts.push(shown)
    length += shown.length
  }
  if (length <= max) return parts.join('')
  let out = ''
  for (const part of parts) {
    if (out.length + part.length > max - 1) break
    out += part
  }
  return `${out}…`
}

export function escapeMarkdown(text: string, max = 200): string {
  return visibleText(text, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()|~!#$]/g, '\\$&')
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:/${ZWSP}/`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
    .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
    .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}${ZWSP}-`)
}

/** Untrusted text for a terminal: no control characters (no escape sequences), one line. */
export function escapeTerminal(text: string, max = 200): string {
  return visibleText(text, max)
}

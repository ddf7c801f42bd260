/**
 * Untrusted text (names, paths, values, error messages from a pull request) made inert for GitHub markdown:
 * one line, bounded, HTML and markdown escaped, no @mentions, no issue references, no autolinks, and a
 * `|` that cannot break a table.
 */
const ZWSP = '&#8203;'

export function escapeMarkdown(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  let s = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
  if (s.length > max) s = `${s.slice(0, max - 1)}…`
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()|~!#$]/g, '\\$&')
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:/${ZWSP}/`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
    .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
}

/** Untrusted text for a terminal: no control characters (no escape sequences), one line. */
export function escapeTerminal(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  let s = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
  if (s.length > max) s = `${s.slice(0, max - 1)}…`
  return s
}

/**
 * Untrusted text inside raw HTML (a `<summary>`): markdown is not processed there, so markdown escapes
 * would show as backslashes. HTML-escaped instead, one line, bounded, with mentions, issue references and
 * autolinks broken by a zero-width space, as in escapeMarkdown.
 */
import { clip } from '../text.js'
const ZWSP = '&#8203;'

export function escapeHtmlText(text: string, max = 200): string {
  // eslint-disable-next-line no-control-regex
  const s = clip(text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '), max)
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/#(?=\d)/g, `#${ZWSP}`) // before any ZWSP is written: its own '#' is followed by digits
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:/${ZWSP}/`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
}
